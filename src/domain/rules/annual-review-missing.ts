import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "annual-review-missing",
  clause: "2.6",
  severity: "warning",
  field: "lastReviewDate",
  description: "The date of the last annual review is recorded.",
  missing: "No date of a last annual review is recorded",
  pending: "The annual review has not yet taken place",
  todo: "review the partnership's objectives and outcomes and record the date",
});
