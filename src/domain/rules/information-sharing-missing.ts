import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "information-sharing-missing",
  clause: "2.11",
  severity: "warning",
  field: "informationSharing",
  description: "An information sharing protocol or agreement is in place.",
  missing: "No information sharing agreement is recorded",
  pending: "The information sharing agreement is not yet in place",
  todo: "secure an information sharing protocol with the partners and record it",
});
