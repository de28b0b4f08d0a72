import { dueSoonRuleTests } from "./due-soon-cases.js";

dueSoonRuleTests({
  code: "review-due-soon",
  overdue: "annual-review-overdue",
  header: "Date of last review",
  column: "R",
  field: "lastReviewDate",
  period: "annualReviewMonths",
  opening: "The next annual review falls due on",
  todo: "arrange this year's review of objectives and outcomes",
});
