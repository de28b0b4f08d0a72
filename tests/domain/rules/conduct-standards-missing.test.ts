import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "conduct-standards-missing",
  header: "Standards of conduct agreed",
  column: "Z",
  field: "conductStandards",
  severity: "warning",
  clause: "Clause 2.12",
  todo: "agree standards of conduct with the partners",
  passing: ["Yes", "✓", "Behaviour protocol signed 2023"],
});
