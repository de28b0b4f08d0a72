import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "performance-reporting-missing",
  clause: "2.6",
  severity: "warning",
  field: "reportingTo",
  description: "Performance is reported to a named body at an agreed frequency.",
  missing: "No body or frequency for performance reporting is recorded",
  pending: "Performance reporting is not yet arranged",
  todo: "record the body performance is reported to and how often",
});
