import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "outcome-measures-missing",
  clause: "2.7 b, Appendix 1 §3",
  severity: "warning",
  field: "outcomeMeasures",
  description: "Outcome indicators or measures of success are agreed.",
  missing: "No outcome measures are recorded",
  pending: "The outcome measures are not yet agreed",
  todo: "agree measures of success with the partners and record them",
});
