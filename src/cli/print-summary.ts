import type { Report } from "../domain/model.js";
import { formatUkDate } from "../domain/register/calendar.js";
import { safeText } from "../domain/safe-text.js";
import { summarise } from "../domain/summary.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The few lines a person reads after a check. */
export function summaryLines(report: Report, file: string): string[] {
  const s = summarise(report);
  const reg = report.register;
  const lines: string[] = [];
  if (!reg) return lines;
  lines.push(
    `Checked ${plural(report.partnerships.length, "partnership")} in "${reg.sheet}" of ${file} (header on row ${reg.headerRow}) ` +
      `against the ${report.profile} profile, as at ${formatUkDate(report.today)}.`,
  );
  if (report.interests) lines.push(`Register of interests: "${report.interests.sheet}", ${plural(report.interests.declarations.length, "declaration")}.`);
  lines.push(`Found ${plural(s.bySeverity.error, "error")}, ${plural(s.bySeverity.warning, "warning")} and ${s.bySeverity.info} for information.`);
  if (report.exceptions) {
    const ex = report.exceptions;
    const notes = [
      `${plural(s.accepted, "finding")} accepted (not counted above)`,
      ...(ex.expired > 0 ? [`${plural(ex.expired, "exception")} expired`] : []),
      ...(ex.unused > 0 ? [`${plural(ex.unused, "exception")} matching no finding`] : []),
    ];
    lines.push(`Accepted exceptions ("${safeText(ex.sheet, 80)}"): ${notes.join(", ")}.`);
  }
  if (s.worst.length > 0) {
    lines.push("Most to put right:");
    for (const w of s.worst) {
      const who = safeText([w.ref, w.partnership].filter(Boolean).join(" ") || `row ${w.row}`, 80);
      lines.push(`  ${who} (row ${w.row}): ${plural(w.errors, "error")}, ${plural(w.warnings, "warning")}`);
    }
  }
  const forColumns = s.rulesNotRun.filter((r) => r.reason.startsWith("no column"));
  if (forColumns.length > 0) {
    lines.push(
      `${plural(forColumns.length, "check")} could not run for want of a column (see the required-column-missing findings): ` +
        `${forColumns.map((r) => r.rule).join(", ")}.`,
    );
  }
  for (const r of s.rulesNotRun.filter((x) => !x.reason.startsWith("no column"))) lines.push(`Not checked: ${r.rule} (${r.reason}).`);
  return lines;
}
