import type { Finding, Report, Severity } from "../model.js";
import { summarise } from "../summary.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { TabCell, TabSpec } from "./tab-spec.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
const HEADERS = ["Severity", "Rule", "Clause", "Partnership", "Ref", "Field", "Cell", "Message"];

/** Findings worst first: severity, then register order. */
export function sortWorstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0) || a.rule.localeCompare(b.rule));
}

/** The Findings tab: one row a finding, as a filterable table, each linking back to its cell. */
export function findingsTab(report: Report, from: Provenance): TabSpec {
  const s = summarise(report).bySeverity;
  const rows: TabCell[][] = [
    ...headerRows("Findings", from),
    [{ t: "text", v: `${s.error} errors, ${s.warning} warnings, ${s.info} for information, across ${report.partnerships.length} partnerships.` }],
    [],
    HEADERS.map((h) => ({ t: "text", v: h, style: "heading" }) as TabCell),
  ];
  const headerRow = rows.length - 1;
  for (const f of sortWorstFirst(report.findings)) rows.push(findingRow(f));
  return {
    key: "findings",
    name: "Findings",
    widths: [10, 28, 14, 36, 10, 22, 10, 90],
    rows,
    freezeRows: headerRow + 1,
    tables: [{ name: "PRA_Findings", headerRow, lastRow: rows.length - 1, columns: HEADERS.length }],
  };
}

function findingRow(f: Finding): TabCell[] {
  const cellRef = f.column ? `${f.column}${f.row ?? ""}` : "";
  const link: TabCell =
    f.sheet && f.column && f.row !== null
      ? { t: "link", v: cellRef, sheet: f.sheet, cell: cellRef }
      : { t: "text", v: f.row !== null ? `row ${f.row}` : cellRef };
  return [
    { t: "text", v: LABEL[f.severity], style: f.severity },
    { t: "text", v: f.rule },
    { t: "text", v: f.clause },
    { t: "text", v: f.partnership ?? "" },
    { t: "text", v: f.ref ?? "" },
    { t: "text", v: f.field ?? "" },
    link,
    { t: "text", v: f.message, wrap: true },
  ];
}
