import type { Field, Severity } from "../model.js";
import { addMonths, compareIso, formatUkDate } from "../register/calendar.js";
import { clauseText } from "./clause-text.js";
import type { MonthPeriod, RowRule } from "./rule.js";

export interface OverdueSpec {
  code: string;
  clause: string;
  severity: Severity;
  field: Field;
  period: MonthPeriod;
  description: string;
  /** E.g. "The last annual review". */
  what: string;
  /** Joins `what` to the date; "was on" unless the sentence needs another verb. */
  whatVerb?: string;
  todo: string;
}

/** Fires when a dated event is older than the profile's period before the check date. */
export function overdueDateRule(spec: OverdueSpec): RowRule {
  return {
    kind: "row",
    code: spec.code,
    clause: spec.clause,
    severity: spec.severity,
    group: "governance",
    description: spec.description,
    fields: [spec.field],
    dependsOnlyOn: [spec.field],
    check(p, ctx) {
      const v = p.values[spec.field];
      if (v?.kind !== "date") return null;
      const months = ctx.periods[spec.period];
      const due = addMonths(v.date, months);
      if (compareIso(due, ctx.today) >= 0) return null;
      const where = ctx.columnOf(spec.field);
      return {
        field: spec.field,
        message:
          `${spec.what} ${spec.whatVerb ?? "was on"} ${formatUkDate(v.date)}, more than ${months} months before the check date ` +
          `(due by ${formatUkDate(due)}). ${clauseText(spec.clause)}: ${spec.todo}${where ? ` and update column ${where}` : ""}.`,
      };
    },
  };
}
