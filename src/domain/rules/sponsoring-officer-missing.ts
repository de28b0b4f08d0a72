import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "sponsoring-officer-missing",
  clause: "2.16",
  severity: "error",
  field: "sponsoringOfficer",
  description: "Every partnership has a sponsoring officer, usually a Head of Service.",
  missing: "No sponsoring officer is named",
  pending: "The sponsoring officer is not yet named",
  todo: "name the officer (usually a Head of Service) responsible for applying the protocol to this partnership",
});
