import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "approval-missing",
  header: "Approval to participate",
  column: "AB",
  field: "approvalToParticipate",
  severity: "warning",
  clause: "Dudley protocol",
  todo: "record the approval",
  passing: ["Yes", "✓", "Approved by the Leader and Chief Executive, 3 April 2024"],
});
