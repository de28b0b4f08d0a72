import { presence } from "./presence.js";
import type { RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "liabilities-without-exit",
  clause: "2.4 g",
  severity: "warning",
  group: "finance",
  description: "Continuing liabilities or assets are covered by an exit strategy.",
  fields: ["liabilities", "exitStrategy"],
  check(p, ctx) {
    if (presence(p.values.liabilities) !== "present") return null;
    const exit = presence(p.values.exitStrategy);
    if (exit !== "missing" && exit !== "pending") return null;
    const where = ctx.columnOf("exitStrategy");
    const liab = p.values.liabilities?.kind === "blank" ? "" : ` ("${p.values.liabilities?.text ?? ""}")`;
    return {
      field: "liabilities",
      message:
        `Continuing liabilities or assets are recorded${liab} but there is no exit strategy to deal with them. ` +
        `Clause 2.4 g: agree how liabilities and assets are settled at exit and record it${where ? ` in column ${where}` : ""}.`,
    };
  },
};

export default rule;
