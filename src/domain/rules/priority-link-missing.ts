import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "priority-link-missing",
  clause: "2.5",
  severity: "warning",
  field: "corporatePriority",
  description: "The council priority the partnership serves is recorded.",
  missing: "No council priority is recorded for this partnership",
  pending: "The link to a council priority is not yet set out",
  todo: "record which council priority or plan objective the partnership delivers",
});
