import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "conduct-standards-missing",
  clause: "2.12",
  severity: "warning",
  field: "conductStandards",
  description: "Standards of conduct or a behaviour protocol are agreed.",
  missing: "No agreed standards of conduct are recorded",
  pending: "Standards of conduct are not yet agreed",
  todo: "agree standards of conduct with the partners and record them",
});
