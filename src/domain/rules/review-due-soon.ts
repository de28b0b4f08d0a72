import { dueSoonDateRule } from "./due-soon-date-rule.js";

export default dueSoonDateRule({
  code: "review-due-soon",
  clause: "2.6",
  field: "lastReviewDate",
  period: "annualReviewMonths",
  description: "The next annual review falls due within the due-soon horizon (90 days by default).",
  what: "The next annual review",
  todo: "arrange this year's review of objectives and outcomes",
});
