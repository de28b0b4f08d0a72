import type { Changes, HistoryEntry } from "../model.js";
import { formatUkDate } from "../register/calendar.js";
import type { CellStyle, TabCell } from "./tab-spec.js";

/** What the Committee summary says about earlier checks: the changes since the last one and the recorded ratings. */
export interface ChangesSince {
  changes: Changes | null;
  /** Recorded checks, this one last. */
  checks: readonly HistoryEntry[];
}

/** Checks shown in the ratings chart: enough to see a trend and still fit the page. */
export const CHART_CHECKS = 6;
/** Longest bar, in blocks. */
const BAR = 8;

const text = (v: string, style?: CellStyle): TabCell => (style ? { t: "text", v, style } : { t: "text", v });

/** "New / resolved / still open" rows for the section on the changes since the previous check. */
export function changeRows(c: ChangesSince): TabCell[][] {
  if (!c.changes) {
    return [[text("This is the first recorded check: the next one will show what is new and what was resolved.", "muted")]];
  }
  const { changes } = c;
  const since = formatUkDate(changes.since);
  const still = changes.unchanged;
  return [
    [{ t: "number", v: changes.new.length }, text("New findings", changes.new.length > 0 ? "warning" : undefined), text(`Not open at the check of ${since}`, "muted")],
    [{ t: "number", v: changes.resolved.length }, text("Resolved", changes.resolved.length > 0 ? "good" : undefined), text(`Open on ${since}, now cleared or accepted`, "muted")],
    [{ t: "number", v: still }, text("Still open"), text(`Open on ${since} and still open now`, "muted")],
  ];
}

/** A small bar chart, in cells, of partnerships by RAG rating at each recorded check (the latest few). */
export function ragChartRows(checks: readonly HistoryEntry[]): TabCell[][] {
  const shown = checks.slice(-CHART_CHECKS);
  if (shown.length < 2) return [];
  const max = Math.max(1, ...shown.flatMap((c) => [c.red, c.amber, c.green]));
  const bar = (n: number) => `${"▮".repeat(n === 0 ? 0 : Math.max(1, Math.round((n / max) * BAR)))} ${n}`.trim();
  const rows: TabCell[][] = [["Check date", "Red", "Amber", "Green"].map((h) => text(h, "heading"))];
  for (const c of shown) rows.push([{ t: "date", v: c.today }, text(bar(c.red), "red"), text(bar(c.amber), "amber"), text(bar(c.green), "green")]);
  return rows;
}
