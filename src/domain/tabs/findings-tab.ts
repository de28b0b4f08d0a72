import type { Finding, Report, Severity } from "../model.js";
import { compareIso } from "../register/calendar.js";
import { DUE_SOON_RULES } from "../rules/due-date.js";
import { summarise } from "../summary.js";
import { headerRows, type Provenance } from "./provenance.js";
import { materialize } from "./tab-rows.js";
import type { TabCell, TabSpec, TabTable } from "./tab-spec.js";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };
const HEADERS = ["Severity", "Rule", "Clause", "Partnership", "Ref", "Field", "Cell", "Message"];
/** The Due soon section has the same columns, with the due date where the severity was. */
const DUE_SOON_HEADERS = ["Due by", ...HEADERS.slice(1)];
export const DUE_SOON_TITLE = "Due soon";
/** The Accepted exceptions section: the columns of the main table, then the exception's reason, by and until. */
const ACCEPTED_HEADERS = [...HEADERS, "Reason", "Accepted by", "Until"];
export const ACCEPTED_TITLE = "Accepted exceptions";

/** The findings an in-date exception accepts, in register order. */
export function acceptedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.status === "accepted");
}

/** Findings to be made into rows as the tab is written. */
interface Lazy {
  list: readonly Finding[];
  rowOf: (f: Finding) => TabCell[];
}

/** Findings worst first: severity, then register order. */
export function sortWorstFirst(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0) || a.rule.localeCompare(b.rule));
}

/** The findings of the due-soon rules, soonest first (a finding without a date after those with one), then in register order. */
export function dueSoonFindings(findings: readonly Finding[]): Finding[] {
  const rules = new Set(DUE_SOON_RULES);
  return findings
    .filter((f) => rules.has(f.rule))
    .sort((a, b) => byDue(a, b) || (a.row ?? 0) - (b.row ?? 0) || DUE_SOON_RULES.indexOf(a.rule) - DUE_SOON_RULES.indexOf(b.rule));
}

function byDue(a: Finding, b: Finding): number {
  if (a.due && b.due) return compareIso(a.due, b.due);
  return a.due ? -1 : b.due ? 1 : 0;
}

/**
 * The Findings tab: one row a finding, as a filterable table, each linking back to its cell; then "Due soon":
 * the reviews, end dates and declarations falling due within the profile's horizon, soonest first. Those are
 * info findings and stay in the main table too, so it keeps every finding and filtering by partnership shows
 * everything about it; the section lists them again in date order so they can be planned.
 */
export function findingsTab(report: Report, from: Provenance): TabSpec {
  return materialize(findingsTabStreamed(report, from));
}

/** The Findings tab with its table and sections made while it is written (`more`). */
export function findingsTabStreamed(report: Report, from: Provenance): TabSpec {
  // Accepted findings are settled: listed in their own section at the end, not in the table or under Due soon.
  const open = report.findings.filter((f) => f.status !== "accepted");
  const accepted = acceptedFindings(report.findings);
  const dueSoon = dueSoonFindings(open);
  const top = headerRows("Findings", from);
  const summaryRow = top.length;
  const rows: TabCell[][] = [...top, [], [], heading(HEADERS)];
  const headerRow = rows.length - 1;
  const worstFirst = sortWorstFirst(open);
  const tables: TabTable[] = [{ name: "PRA_Findings", headerRow, lastRow: headerRow + worstFirst.length, columns: HEADERS.length }];

  // The sections follow the table: `after` holds their rows, `at()` the sheet index the next one will have.
  // The rows after the main table: a section's findings are made into rows only while the tab is written.
  const after: (TabCell[] | Lazy)[] = [[]];
  let afterCount = 1;
  const add = (row: TabCell[]) => {
    after.push(row);
    afterCount++;
  };
  const at = () => headerRow + 1 + worstFirst.length + afterCount;
  /** A titled section: a note, then its own table of findings (or only the note when there are none). */
  const section = (title: string, list: readonly Finding[], none: string, note: string, headers: string[], table: string, rowOf: (f: Finding) => TabCell[]): number => {
    const start = at();
    add([{ t: "text", v: title, style: "section" }]);
    add([{ t: "text", v: list.length === 0 ? none : note, style: "muted" }]);
    if (list.length === 0) return start;
    const header = at();
    add(heading(headers));
    after.push({ list, rowOf });
    afterCount += list.length;
    tables.push({ name: table, headerRow: header, lastRow: at() - 1, columns: headers.length, names: headers });
    return start;
  };
  const sectionRow = section(
    DUE_SOON_TITLE,
    dueSoon,
    "Nothing was found falling due within the profile's horizon.",
    "Reviews, risk-register reviews, end dates and declarations of interests that fall due within the profile's horizon, " +
      "soonest first: plan them now. Each is also in the table above, as information.",
    DUE_SOON_HEADERS,
    "PRA_DueSoon",
    dueSoonRow,
  );
  add([]);
  const acceptedRow = section(
    ACCEPTED_TITLE,
    accepted,
    `No finding is accepted. To accept one, add a row to the workbook's "${ACCEPTED_TITLE}" sheet: Rule, Ref, Partnership, Reason, Accepted by, Until.`,
    `Findings an officer has accepted on the "${ACCEPTED_TITLE}" sheet, until the date given: they are not in the table above ` +
      "and do not count in the totals, the scorecards or the risks. Past its Until date an exception no longer applies.",
    ACCEPTED_HEADERS,
    "PRA_Accepted",
    acceptedFindingRow,
  );
  rows[summaryRow] = [{ t: "text", v: summaryLine(report, dueSoon.length, sectionRow + 1, accepted.length, acceptedRow + 1) }];

  return {
    key: "findings",
    name: "Findings",
    widths: [12, 28, 14, 36, 10, 22, 10, 90, 40, 24, 12],
    rows,
    more: {
      count: worstFirst.length + afterCount,
      *rows() {
        for (const f of worstFirst) yield findingRow(f);
        for (const part of after) {
          if (Array.isArray(part)) yield part;
          else for (const f of part.list) yield part.rowOf(f);
        }
      },
    },
    freezeRows: headerRow + 1,
    tables,
  };
}

/** "3 errors, 5 warnings, 4 for information, across 12 partnerships. 2 things fall due soon: see "Due soon" at row 23." */
function summaryLine(report: Report, dueSoon: number, sectionSheetRow: number, accepted = 0, acceptedSheetRow = 0): string {
  const s = summarise(report).bySeverity;
  const counts = `${s.error} errors, ${s.warning} warnings, ${s.info} for information, across ${report.partnerships.length} partnerships.`;
  const soon = dueSoon === 0 ? "" : ` ${dueSoon} ${dueSoon === 1 ? "thing falls" : "things fall"} due soon: see "${DUE_SOON_TITLE}" at row ${sectionSheetRow}.`;
  const settled = accepted === 0 ? "" : ` ${accepted} accepted (not counted): see "${ACCEPTED_TITLE}" at row ${acceptedSheetRow}.`;
  return counts + soon + settled;
}

function heading(headers: readonly string[]): TabCell[] {
  return headers.map((h): TabCell => ({ t: "text", v: h, style: "heading" }));
}

function findingRow(f: Finding): TabCell[] {
  const cellRef = cellRefOf(f);
  const link: TabCell =
    f.sheet && f.column && f.row !== null
      ? { t: "link", v: cellRef, sheet: f.sheet, cell: cellRef }
      : { t: "text", v: f.row !== null ? `row ${f.row}` : cellRef };
  return [{ t: "text", v: LABEL[f.severity], style: f.severity }, ...describe(f), link, { t: "text", v: f.message, wrap: true }];
}

/** A due-soon row: where the table above has a link, this names the cell (the table above links to it). */
function dueSoonRow(f: Finding): TabCell[] {
  const cellRef = cellRefOf(f);
  const due: TabCell = f.due ? { t: "date", v: f.due } : { t: "text", v: "" };
  return [due, ...describe(f), { t: "text", v: f.column ? cellRef : f.row !== null ? `row ${f.row}` : "" }, { t: "text", v: f.message, wrap: true }];
}

/** An accepted finding: as in the main table (its severity unstyled: it is settled), then the exception. */
function acceptedFindingRow(f: Finding): TabCell[] {
  const [, ...rest] = findingRow(f);
  const e = f.exception;
  return [
    { t: "text", v: LABEL[f.severity] },
    ...rest,
    { t: "text", v: e?.reason ?? "", wrap: true },
    { t: "text", v: e?.by ?? "" },
    e?.until ? { t: "date", v: e.until } : { t: "text", v: "No end date" },
  ];
}

/** Rule, clause, partnership, ref and field. */
function describe(f: Finding): TabCell[] {
  return [
    { t: "text", v: f.rule },
    { t: "text", v: f.clause },
    { t: "text", v: f.partnership ?? "" },
    { t: "text", v: f.ref ?? "" },
    { t: "text", v: f.field ?? "" },
  ];
}

function cellRefOf(f: Finding): string {
  return f.column ? `${f.column}${f.row ?? ""}` : "";
}
