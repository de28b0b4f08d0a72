import { dueSoonRuleTests } from "./due-soon-cases.js";

dueSoonRuleTests({
  code: "risk-register-review-due-soon",
  overdue: "risk-register-review-overdue",
  header: "Risk register last reviewed",
  column: "T",
  field: "riskRegisterReviewed",
  period: "riskRegisterReviewMonths",
  opening: "The next review of the risk register falls due on",
  todo: "arrange a review of the risk register with the partners",
});
