import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "risk-register-missing",
  header: "Risk register",
  column: "S",
  field: "riskRegister",
  severity: "error",
  clause: "Clause 2.6",
  todo: "set up a risk register with the partners",
  passing: ["Yes", "✓", "Y", "Risk log held on SharePoint"],
});
