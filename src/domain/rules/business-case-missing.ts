import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "business-case-missing",
  clause: "2.6",
  severity: "warning",
  field: "businessCase",
  description: "A formal business case or evidence base is recorded.",
  missing: "No business case or evidence base is recorded",
  pending: "The business case is not yet in place",
  todo: "record the business case or evidence base behind the partnership's objectives",
});
