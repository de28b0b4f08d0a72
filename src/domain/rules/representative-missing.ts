import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "representative-missing",
  clause: "2.16",
  severity: "warning",
  field: "representatives",
  description: "The councillors or officers who represent the council are named.",
  missing: "No council representative is named",
  pending: "The council's representative is not yet named",
  todo: "record the councillors or officers who represent the council on this partnership",
});
