import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "sponsoring-officer-missing",
  header: "Sponsoring officer",
  column: "G",
  field: "sponsoringOfficer",
  severity: "error",
  clause: "Clause 2.16",
  todo: "name the officer (usually a Head of Service) responsible for applying the protocol",
  missing: [null, "", "No", "x", "none", "Vacant"],
  pending: ["tbc", "pending", "Awaiting appointment", "To be appointed"],
  passing: ["Anna Bell", "Anna Bell, Head of Regeneration"],
});
