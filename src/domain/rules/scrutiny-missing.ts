import { requirementRule } from "./requirement-rule.js";

export default requirementRule({
  code: "scrutiny-missing",
  clause: "2.17",
  severity: "warning",
  field: "scrutiny",
  description: "Scrutiny arrangements are clear and referenced.",
  missing: "No scrutiny arrangements are recorded",
  pending: "Scrutiny arrangements are not yet settled",
  todo: "record how overview and scrutiny oversee this partnership",
});
