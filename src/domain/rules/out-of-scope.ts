import type { RowRule } from "./rule.js";
import { outOfScopeReason } from "./scope.js";

const rule: RowRule = {
  kind: "row",
  code: "out-of-scope",
  clause: "2.2",
  severity: "info",
  group: "scope",
  description: "Contracts for services, consultation groups, outside-body appointments and PFI schemes are listed but not checked.",
  fields: ["legalForm"],
  check(p, ctx) {
    const reason = outOfScopeReason(p);
    if (!reason) return null;
    const where = ctx.columnOf("legalForm");
    return {
      field: "legalForm",
      message:
        `Recorded as ${reason}, which the partnership protocol does not cover, so no other check was applied. ` +
        `If the council does steer it strategically, correct the form of partnership${where ? ` in column ${where}` : ""}.`,
    };
  },
};

export default rule;
