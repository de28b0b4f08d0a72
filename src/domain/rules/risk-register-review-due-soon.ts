import { dueSoonDateRule } from "./due-soon-date-rule.js";

export default dueSoonDateRule({
  code: "risk-register-review-due-soon",
  clause: "2.6",
  field: "riskRegisterReviewed",
  period: "riskRegisterReviewMonths",
  description: "The next review of the risk register falls due within the due-soon horizon (90 days by default).",
  what: "The next review of the risk register",
  todo: "arrange a review of the risk register with the partners",
});
