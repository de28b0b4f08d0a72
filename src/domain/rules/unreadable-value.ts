import type { Field, Value } from "../model.js";
import type { Hit, RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "unreadable-value",
  clause: "Register",
  severity: "warning",
  group: "structure",
  description: "Every date, amount and yes/no cell can be read.",
  fields: [],
  check(p, ctx) {
    let out: Hit[] | null = null;
    for (const key in p.values) {
      const field = key as Field;
      const v = p.values[field];
      if (v?.kind !== "unreadable") continue;
      const where = ctx.columnOf(field);
      (out ??= []).push({
        field,
        message:
          `"${v.text}"${where ? ` in column ${where}` : ""} cannot be read: ${v.reason}. ` +
          `Correct the cell; until then the checks that need it are skipped for this row.`,
      });
    }
    return out;
  },
};

export default rule;
