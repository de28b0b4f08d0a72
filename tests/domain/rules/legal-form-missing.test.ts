import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "legal-form-missing",
  header: "Form of partnership",
  column: "D",
  field: "legalForm",
  severity: "warning",
  clause: "Appendix 1 §2",
  todo: "record the legal form",
  passing: ["Joint committee", "Informal arrangement", "Company limited by guarantee", "Charity"],
});
