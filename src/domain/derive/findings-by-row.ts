import type { Finding, Report } from "../model.js";

/**
 * Each partnership row's open findings. Left out: register-level findings (row null), findings on another sheet
 * (a row of the Accepted exceptions sheet is not a register row) and accepted findings, which an officer has
 * settled: they cost nothing in the scorecards and raise no risk. `only`: just these rows.
 */
export function findingsByRow(report: Report, only?: ReadonlySet<number>): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  const sheet = report.register?.sheet ?? null;
  for (const f of report.findings) {
    if (f.row === null || f.status === "accepted" || (only && !only.has(f.row))) continue;
    if (sheet !== null && f.sheet !== null && f.sheet !== sheet) continue;
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  }
  return byRow;
}
