import { overdueDateRule } from "./overdue-date-rule.js";

export default overdueDateRule({
  code: "risk-register-review-overdue",
  clause: "2.6",
  severity: "warning",
  field: "riskRegisterReviewed",
  period: "riskRegisterReviewMonths",
  description: "The risk register was reviewed within the review period (12 months by default).",
  what: "The risk register was last reviewed",
  whatVerb: "on",
  todo: "review the risk register with the partners",
});
