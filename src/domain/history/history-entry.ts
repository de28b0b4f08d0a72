import type { HistoryEntry, Report } from "../model.js";
import type { Rag } from "../profile/scoring-settings.js";
import { openFindings } from "./changes.js";

/** This check as a row of the Check history sheet. */
export function historyEntry(report: Report, rag: Readonly<Record<Rag, number>>): HistoryEntry {
  const open = openFindings(report.findings);
  const of = (s: string) => open.filter((f) => f.severity === s).length;
  return {
    today: report.today,
    profile: report.profile,
    partnerships: report.partnerships.length,
    errors: of("error"),
    warnings: of("warning"),
    info: of("info"),
    accepted: report.findings.length - open.length,
    red: rag.red,
    amber: rag.amber,
    green: rag.green,
  };
}

/** The recorded checks with this one added; a second check on the same date replaces the first. */
export function withEntry(checks: readonly HistoryEntry[], entry: HistoryEntry, max: number): HistoryEntry[] {
  const kept = checks.length > 0 && checks[checks.length - 1]!.today === entry.today ? checks.slice(0, -1) : [...checks];
  kept.push(entry);
  return kept.slice(-max);
}
