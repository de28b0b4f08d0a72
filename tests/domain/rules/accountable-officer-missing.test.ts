import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "accountable-officer-missing",
  header: "Accountable officer",
  column: "H",
  field: "accountableOfficer",
  severity: "error",
  clause: "Clause 2.6",
  todo: "name the officer who monitors this partnership's performance",
  missing: [null, "", "No", "x", "none", "Vacant"],
  pending: ["tbc", "pending", "Awaiting appointment", "To be appointed"],
  passing: ["Ben Carter", "Ben Carter (Performance Manager)"],
});
