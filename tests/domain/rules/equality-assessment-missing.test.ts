import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "equality-assessment-missing",
  header: "Equality impact assessment",
  column: "W",
  field: "equalityAssessment",
  severity: "warning",
  clause: "Biddulph protocol",
  todo: "agree how the partnership assesses equality impact",
  passing: ["Yes", "✓", "EqIA completed May 2024"],
});
