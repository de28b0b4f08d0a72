import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "risk-register-missing",
  clause: "2.6",
  severity: "error",
  field: "riskRegister",
  description: "The partnership's action plan is supported by a risk register.",
  missing: "No risk register is recorded",
  pending: "The risk register is not yet in place",
  todo: "set up a risk register with the partners and record it",
});
