// The Check history sheet: one row per check that wrote our tabs, and the open findings of the latest one, so the
// next check can say what is new and what was resolved. It is one of our generated tabs (rebuilt on every run
// from what it held before), and plain cells an auditor can read.
import type { CellValue, FindingKey, Grid, HistoryEntry, PreviousCheck, Report } from "../model.js";
import { compareChecks } from "./changes.js";
import { cellText } from "../register/cell-text.js";
import { parseDate } from "../register/values/parse-date.js";
import { isOurMarker } from "../tabs/tab-spec.js";

export const HISTORY_TITLE = "Check history";
export const CHECKS_HEADERS = ["Check date", "Profile", "Partnerships", "Errors", "Warnings", "Info", "Accepted", "Red", "Amber", "Green"] as const;
export const FINDINGS_HEADERS = ["Fingerprint", "Rule", "Ref", "Partnership"] as const;
/** Older checks drop off the sheet; the chart on the Committee summary shows the latest. */
export const MAX_CHECKS = 100;

export interface RecordedHistory {
  checks: HistoryEntry[];
  /** The open findings of the latest recorded check. */
  last: PreviousCheck | null;
}

/** Whether the first rows of a sheet are our Check history tab's. */
export function isHistorySheet(firstRows: readonly (readonly CellValue[])[]): boolean {
  const a1 = firstRows[0]?.[0];
  const a2 = firstRows[1]?.[0];
  return typeof a1 === "string" && a1.trim() === HISTORY_TITLE && isOurMarker(a2);
}

const count = (cell: CellValue | undefined): number => {
  const n = typeof cell === "number" ? cell : Number(cellText(cell ?? null));
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : 0;
};

function headerIndex(grid: Grid, first: string): number {
  return grid.rows.findIndex((cells) => cellText(cells[0] ?? null) === first);
}

/**
 * The checks recorded in the workbook, oldest first, and the open findings of the last one. Anything unreadable
 * (a row an auditor typed over) is left out rather than stopping the check.
 */
export function readHistory(grids: readonly Grid[]): RecordedHistory {
  const grid = grids.find((g) => isHistorySheet(g.rows.slice(0, 2)));
  if (!grid) return { checks: [], last: null };
  const checks: HistoryEntry[] = [];
  const start = headerIndex(grid, CHECKS_HEADERS[0]);
  if (start >= 0) {
    for (let r = start + 1; r < grid.rows.length; r++) {
      const cells = grid.rows[r] ?? [];
      if (cells.every((c) => cellText(c) === "")) break;
      const date = parseDate(cells[0] ?? null);
      if (date.kind !== "date") continue;
      checks.push({
        today: date.date,
        profile: cellText(cells[1] ?? null),
        partnerships: count(cells[2]),
        errors: count(cells[3]),
        warnings: count(cells[4]),
        info: count(cells[5]),
        accepted: count(cells[6]),
        red: count(cells[7]),
        amber: count(cells[8]),
        green: count(cells[9]),
      });
    }
  }
  const latest = checks[checks.length - 1];
  const fStart = headerIndex(grid, FINDINGS_HEADERS[0]);
  if (!latest || fStart < 0) return { checks, last: null };
  const findings: FindingKey[] = [];
  for (let r = fStart + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    const fp = cellText(cells[0] ?? null);
    if (fp === "") break;
    findings.push({ fingerprint: fp, rule: cellText(cells[1] ?? null), ref: cellText(cells[2] ?? null) || null, partnership: cellText(cells[3] ?? null) || null });
  }
  return { checks, last: { today: latest.today, findings } };
}

/** The report with the recorded checks, and what changed since the last of them. */
export function withHistory(report: Report, history: RecordedHistory): Report {
  report.history = history.checks;
  report.changes = history.last ? compareChecks(history.last, report.findings) : null;
  return report;
}
