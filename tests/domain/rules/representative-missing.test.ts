import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "representative-missing",
  header: "Council representatives",
  column: "I",
  field: "representatives",
  severity: "warning",
  clause: "Clause 2.16",
  todo: "record the councillors or officers who represent the council",
  missing: [null, "", "No", "x", "none", "Vacant"],
  pending: ["tbc", "pending", "Awaiting appointment", "To be appointed"],
  passing: ["Cllr Dev Patel", "Cllr Dev Patel; Cllr Sara Jones (observer)"],
});
