import { overdueRuleTests } from "./overdue-cases.js";

overdueRuleTests({
  code: "annual-review-overdue",
  dueSoon: "review-due-soon",
  header: "Date of last review",
  column: "R",
  field: "lastReviewDate",
  severity: "error",
  period: "annualReviewMonths",
  opening: "The last annual review was on",
  todo: "carry out this year's review of objectives and outcomes",
});
