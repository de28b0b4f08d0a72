import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "governance-document-missing",
  header: "Terms of reference",
  column: "N",
  field: "governanceDocument",
  severity: "error",
  clause: "Clause 2.7",
  todo: "agree a governance document with the partners",
  passing: ["Yes", "✓", "ToR agreed March 2024", "Partnership agreement v3"],
});
