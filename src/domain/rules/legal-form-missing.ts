import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "legal-form-missing",
  clause: "Appendix 1 §2",
  severity: "warning",
  field: "legalForm",
  description: "The form of partnership (informal, joint committee, company...) is recorded.",
  missing: "No form of partnership is recorded",
  pending: "The form of partnership is not yet decided",
  todo: "record the legal form (for example informal arrangement, joint committee, company or charity)",
});
