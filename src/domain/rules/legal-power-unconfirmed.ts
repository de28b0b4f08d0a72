import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "legal-power-unconfirmed",
  clause: "Appendix 1 §1",
  severity: "warning",
  field: "legalPower",
  description: "The council's legal power to take part is confirmed.",
  missing: "The council's legal power to take part is not confirmed",
  pending: "The legal power to take part is not yet confirmed",
  todo: "ask legal services to confirm the power and record it",
});
