import type { Report, Severity } from "./model.js";

export interface PartnershipTally {
  row: number;
  ref: string | null;
  partnership: string | null;
  errors: number;
  warnings: number;
  info: number;
}

export interface Summary {
  /** Open findings by severity: accepted ones are counted in `accepted` instead. */
  bySeverity: Record<Severity, number>;
  /** Open findings by rule. */
  byRule: Record<string, number>;
  /** Findings an in-date row of the Accepted exceptions sheet accepts. */
  accepted: number;
  partnershipsWithErrors: number;
  /** Partnerships with the most errors, then warnings; at most `limit`. */
  worst: PartnershipTally[];
  rulesNotRun: Report["rulesNotRun"];
}

export function summarise(report: Report, limit = 5): Summary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  const perRow = new Map<number, PartnershipTally>();
  const registerSheet = report.register?.sheet ?? null;
  let accepted = 0;
  for (const f of report.findings) {
    if (f.status === "accepted") {
      accepted++;
      continue;
    }
    bySeverity[f.severity]++;
    byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    // Only register rows are partnerships (a row of the Accepted exceptions sheet is not).
    if (f.row === null || (registerSheet !== null && f.sheet !== null && f.sheet !== registerSheet)) continue;
    let t = perRow.get(f.row);
    if (!t) {
      t = { row: f.row, ref: f.ref, partnership: f.partnership, errors: 0, warnings: 0, info: 0 };
      perRow.set(f.row, t);
    }
    if (f.severity === "error") t.errors++;
    else if (f.severity === "warning") t.warnings++;
    else t.info++;
  }
  const tallies = [...perRow.values()];
  const worst = tallies
    .filter((t) => t.errors + t.warnings > 0)
    .sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || a.row - b.row)
    .slice(0, limit);
  return {
    bySeverity,
    byRule,
    accepted,
    partnershipsWithErrors: tallies.filter((t) => t.errors > 0).length,
    worst,
    rulesNotRun: report.rulesNotRun,
  };
}
