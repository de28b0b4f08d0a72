import type { Field } from "../model.js";
import { addMonths, formatUkDate } from "../register/calendar.js";
import { clauseText } from "./clause-text.js";
import { daysAfterCheck, daysUntilDueSoon } from "./due-date.js";
import type { MonthPeriod, RowRule } from "./rule.js";

export interface DueSoonSpec {
  code: string;
  clause: string;
  field: Field;
  period: MonthPeriod;
  description: string;
  /** E.g. "The next annual review". */
  what: string;
  /** What to do before the due date, e.g. "arrange this year's review of objectives and outcomes". */
  todo: string;
}

/**
 * The counterpart of an overdue rule: fires (info) when a dated event falls due again within the profile's
 * `dueSoonDays` of the check date, before it becomes overdue. Never fires on the same date as the overdue rule.
 */
export function dueSoonDateRule(spec: DueSoonSpec): RowRule {
  return {
    kind: "row",
    code: spec.code,
    clause: spec.clause,
    severity: "info",
    group: "governance",
    description: spec.description,
    fields: [spec.field],
    dependsOnlyOn: [spec.field],
    check(p, ctx) {
      const v = p.values[spec.field];
      if (v?.kind !== "date") return null;
      const months = ctx.periods[spec.period];
      const due = addMonths(v.date, months);
      const days = daysUntilDueSoon(due, ctx);
      if (days === null) return null;
      const where = ctx.columnOf(spec.field);
      return {
        field: spec.field,
        due,
        message:
          `${spec.what} falls due on ${formatUkDate(due)}, ${daysAfterCheck(days)}: the last was on ${formatUkDate(v.date)} ` +
          `and one is due every ${months} months. ${clauseText(spec.clause)}: ${spec.todo} before then` +
          `${where ? `, and record its date in column ${where}` : ""}.`,
      };
    },
  };
}
