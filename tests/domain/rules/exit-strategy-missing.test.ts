import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "exit-strategy-missing",
  header: "Exit strategy",
  column: "U",
  field: "exitStrategy",
  severity: "error",
  clause: "Clause 2.1 f, 2.14",
  todo: "agree provisions for a planned and an unplanned end",
  passing: ["Yes", "✓", "Clause 12 of the partnership agreement"],
});
