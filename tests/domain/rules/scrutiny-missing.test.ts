import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "scrutiny-missing",
  header: "Scrutiny arrangements",
  column: "X",
  field: "scrutiny",
  severity: "warning",
  clause: "Clause 2.17",
  todo: "record how overview and scrutiny oversee this partnership",
  passing: ["Yes", "✓", "Place Scrutiny Committee"],
});
