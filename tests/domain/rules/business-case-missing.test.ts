import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "business-case-missing",
  header: "Business case",
  column: "O",
  field: "businessCase",
  severity: "warning",
  clause: "Clause 2.6",
  todo: "record the business case or evidence base",
  passing: ["Yes", "✓", "Y", "Cabinet report 14 March 2022"],
});
