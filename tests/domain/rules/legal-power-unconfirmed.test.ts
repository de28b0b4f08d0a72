import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "legal-power-unconfirmed",
  header: "Legal power confirmed",
  column: "Y",
  field: "legalPower",
  severity: "warning",
  clause: "Appendix 1 §1",
  todo: "ask legal services to confirm the power",
  passing: ["Yes", "✓", "General power of competence, Localism Act 2011"],
});
