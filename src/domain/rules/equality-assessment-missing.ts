import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "equality-assessment-missing",
  clause: "Biddulph protocol",
  severity: "warning",
  field: "equalityAssessment",
  description: "Equality impact assessment arrangements are in place.",
  missing: "No equality impact assessment arrangements are recorded",
  pending: "The equality impact assessment is not yet done",
  todo: "agree how the partnership assesses equality impact and record it",
});
