import type { Changes, ExceptionsSheet, Finding, Report } from "./model.js";
import { summarise, type Summary } from "./summary.js";

export const TOOL_NAME = "partnership-register-assurance";

/** The JSON report: a stable contract shared by the CLI, the add-in and other tools. Extend it; never rename. */
export interface JsonReport {
  tool: string;
  version: string;
  today: string;
  profile: string;
  partnerships: number;
  register: {
    file: string | null;
    sheet: string | null;
    headerRow: number | null;
    rows: number;
    columns: { column: string; header: string; field: string | null; note?: string }[];
  };
  interests: { sheet: string; headerRow: number; declarations: number } | null;
  /** The Accepted exceptions sheet, when the workbook has one: rows read, how many expired and how many matched nothing. */
  exceptions: ExceptionsSheet | null;
  /** Every finding carries `status`: "open", or "accepted" with the `exception` that accepts it. */
  findings: Finding[];
  summary: Summary;
  /** What changed since the previous check (the workbook's Check history, or --since); null when none is known. */
  changes: Changes | null;
}

export function toJsonReport(report: Report, meta: { version: string; file: string | null }): JsonReport {
  const reg = report.register;
  return {
    tool: TOOL_NAME,
    version: meta.version,
    today: report.today,
    profile: report.profile,
    partnerships: report.partnerships.length,
    register: {
      file: meta.file,
      sheet: reg?.sheet ?? null,
      headerRow: reg?.headerRow ?? null,
      rows: reg?.rows ?? 0,
      columns: (reg?.columns ?? []).map((c) => ({ column: c.column, header: c.header, field: c.field, ...(c.note ? { note: c.note } : {}) })),
    },
    interests: report.interests
      ? { sheet: report.interests.sheet, headerRow: report.interests.headerRow, declarations: report.interests.declarations.length }
      : null,
    exceptions: report.exceptions ?? null,
    findings: report.findings.every((f) => f.status) ? report.findings : report.findings.map((f) => (f.status ? f : { ...f, status: "open" })),
    summary: summarise(report),
    changes: report.changes ?? null,
  };
}
