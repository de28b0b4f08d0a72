import type { IsoDate } from "../model.js";
import { compareIso, daysBetween } from "../register/calendar.js";
import type { RuleContext } from "./rule.js";

/**
 * Days from the check date to `due` when it falls due soon: on the check date itself or within the profile's
 * `dueSoonDays` after it. Null when it is already overdue (before the check date: the overdue rules cover that)
 * or further off than the horizon.
 */
export function daysUntilDueSoon(due: IsoDate, ctx: Pick<RuleContext, "today" | "periods">): number | null {
  if (compareIso(due, ctx.today) < 0) return null;
  const days = daysBetween(ctx.today, due);
  return days <= ctx.periods.dueSoonDays ? days : null;
}

/** "the check date itself", "1 day after the check date", "15 days after the check date". */
export function daysAfterCheck(days: number): string {
  if (days === 0) return "the check date itself";
  return `${days} ${days === 1 ? "day" : "days"} after the check date`;
}

/** The earliest of some dates. */
export function earliest(dates: readonly IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (compareIso(a, b) <= 0 ? a : b));
}

/** The rules that look ahead: what falls due within the profile's `dueSoonDays`, before it becomes overdue. */
export const DUE_SOON_RULES: readonly string[] = ["review-due-soon", "risk-register-review-due-soon", "end-date-approaching", "declaration-due-soon"];
