import { overdueDateRule } from "./overdue-date-rule.js";

export default overdueDateRule({
  code: "annual-review-overdue",
  clause: "2.6",
  severity: "error",
  field: "lastReviewDate",
  period: "annualReviewMonths",
  description: "The partnership was reviewed within the review period (12 months by default).",
  what: "The last annual review",
  todo: "carry out this year's review of objectives and outcomes",
});
