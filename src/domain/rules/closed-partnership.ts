import type { RowRule } from "./rule.js";
import { isClosed } from "./scope.js";

const rule: RowRule = {
  kind: "row",
  code: "closed-partnership",
  clause: "2.14",
  severity: "info",
  group: "scope",
  description: "Closed partnerships are checked only for finance and conflicts of interest.",
  fields: ["status"],
  check(p) {
    if (!isClosed(p)) return null;
    const text = p.values.status?.kind === "status" ? p.values.status.text : "closed";
    return {
      field: "status",
      message:
        `Recorded as closed ("${text}"): only the finance and conflict-of-interest checks were applied. ` +
        `Check that any continuing liabilities and assets have been settled under the exit provisions (clause 2.14).`,
    };
  },
};

export default rule;
