import { requirementRuleTests } from "./requirement-cases.js";

requirementRuleTests({
  code: "priority-link-missing",
  header: "Council priority",
  column: "K",
  field: "corporatePriority",
  severity: "warning",
  clause: "Clause 2.5",
  todo: "record which council priority or plan objective the partnership delivers",
  passing: ["Thriving economy", "Council Plan objective 3"],
});
