import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "outcome-measures-missing",
  header: "Outcome measures",
  column: "P",
  field: "outcomeMeasures",
  severity: "warning",
  clause: "Clause 2.7 b, Appendix 1 §3",
  todo: "agree measures of success with the partners",
  passing: ["Yes", "✓", "Jobs created; visitor numbers"],
});
