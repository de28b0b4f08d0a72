import type { Finding, Report } from "../model.js";

/** Each partnership row's findings; register-level findings (row null) are left out. */
export function findingsByRow(report: Report): Map<number, Finding[]> {
  const byRow = new Map<number, Finding[]>();
  for (const f of report.findings) {
    if (f.row === null) continue;
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  }
  return byRow;
}
