import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "exit-strategy-missing",
  clause: "2.1 f, 2.14",
  severity: "error",
  field: "exitStrategy",
  description: "An exit strategy or dissolution provisions are in place.",
  missing: "No exit strategy is recorded",
  pending: "The exit strategy is not yet in place",
  todo: "agree provisions for a planned and an unplanned end with the partners and record them",
});
