import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "information-sharing-missing",
  header: "Information sharing agreement",
  column: "V",
  field: "informationSharing",
  severity: "warning",
  clause: "Clause 2.11",
  todo: "secure an information sharing protocol with the partners",
  passing: ["Yes", "✓", "ISA signed 2023"],
});
