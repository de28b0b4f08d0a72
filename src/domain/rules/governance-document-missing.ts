import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "governance-document-missing",
  clause: "2.7",
  severity: "error",
  field: "governanceDocument",
  description: "Terms of reference or a partnership agreement are in place.",
  missing: "No terms of reference or partnership agreement is recorded",
  pending: "The terms of reference or agreement are not yet in place",
  todo: "agree a governance document with the partners and record it",
});
