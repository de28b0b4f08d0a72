import { asWritten, presence } from "./presence.js";
import type { RowRule } from "./rule.js";

const rule: RowRule = {
  kind: "row",
  code: "conflicts-not-recorded",
  clause: "2.13, 2.4 h",
  severity: "warning",
  group: "conflicts",
  description: "Where the council has representatives, their conflicts of interest are declared and recorded.",
  fields: ["representatives", "conflictsDeclared"],
  check(p, ctx) {
    const reps = p.values.representatives;
    if (reps?.kind !== "people" || reps.people.length === 0) return null;
    const declared = p.values.conflictsDeclared;
    const state = presence(declared);
    if (state !== "missing" && state !== "pending") return null;
    const where = ctx.columnOf("conflictsDeclared");
    return {
      field: "conflictsDeclared",
      message:
        `The council has representatives here but no record that conflicts of interest were declared${asWritten(declared)}. ` +
        `Clause 2.13: ask each representative to declare their interests and record it${where ? ` in column ${where}` : ""}.`,
    };
  },
};

export default rule;
