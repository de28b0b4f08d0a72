import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "performance-reporting-missing",
  header: "Performance reported to",
  column: "Q",
  field: "reportingTo",
  severity: "warning",
  clause: "Clause 2.6",
  todo: "record the body performance is reported to and how often",
  passing: ["Cabinet, quarterly", "Place Scrutiny Committee (six-monthly)"],
});
