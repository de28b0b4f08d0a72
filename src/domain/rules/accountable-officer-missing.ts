import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "accountable-officer-missing",
  clause: "2.6",
  severity: "error",
  field: "accountableOfficer",
  description: "Every partnership has an officer accountable for monitoring its performance.",
  missing: "No officer is named as accountable for monitoring performance",
  pending: "The officer accountable for monitoring performance is not yet named",
  todo: "name the officer who monitors this partnership's performance",
});
