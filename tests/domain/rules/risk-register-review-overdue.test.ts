import { overdueRuleTests } from "./overdue-cases.js";

overdueRuleTests({
  code: "risk-register-review-overdue",
  dueSoon: "risk-register-review-due-soon",
  header: "Risk register last reviewed",
  column: "T",
  field: "riskRegisterReviewed",
  severity: "warning",
  period: "riskRegisterReviewMonths",
  opening: "The risk register was last reviewed on",
  todo: "review the risk register with the partners",
});
