import type { Field, Value } from "../model.js";
import { formatPounds } from "./money.js";
import type { Hit, RowRule } from "./rule.js";

/** A council contribution at or above this is taken for a typing slip, not summed. */
export const IMPLAUSIBLE_POUNDS = 1_000_000_000;

const FIELDS: Field[] = ["annualContribution", "approvedAmount"];

const rule: RowRule = {
  kind: "row",
  code: "amount-implausible",
  clause: "2.5",
  severity: "warning",
  group: "finance",
  description: "Amounts are not negative and not implausibly large (£1bn or more); such amounts are left out of the finance totals.",
  fields: ["annualContribution"],
  check(p, ctx) {
    const out: Hit[] = [];
    for (const field of FIELDS) {
      const v: Value | undefined = p.values[field];
      if (v?.kind !== "money" || (v.amount >= 0 && v.amount < IMPLAUSIBLE_POUNDS)) continue;
      const where = ctx.columnOf(field);
      const why = v.amount < 0 ? "is negative" : `is ${formatPounds(v.amount)}, which looks like a typing slip`;
      out.push({
        field,
        message:
          `The amount "${v.text}"${where ? ` in column ${where}` : ""} ${why}, so it is left out of the finance totals. ` +
          `Correct it to the council's yearly commitment in pounds.`,
      });
    }
    return out;
  },
};

export default rule;
