import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "approval-missing",
  clause: "Dudley protocol",
  severity: "warning",
  field: "approvalToParticipate",
  description: "Approval for the representatives to take part is recorded.",
  missing: "No approval for the council's representatives to take part is recorded",
  pending: "Approval for the representatives to take part is still awaited",
  todo: "record the approval (group leader and chief executive or director for councillors, the manager's written approval for officers)",
});
