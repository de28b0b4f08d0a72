import { eachOpenFindingKey } from "../history/changes.js";
import { CHECKS_HEADERS, FINDINGS_HEADERS, HISTORY_TITLE } from "../history/history-sheet.js";
import type { Finding, HistoryEntry } from "../model.js";
import { formatUkDate } from "../register/calendar.js";
import { headerRows, type Provenance } from "./provenance.js";
import { materialize, rowStream } from "./tab-rows.js";
import type { TabCell, TabSpec, TabTable } from "./tab-spec.js";

const text = (v: string): TabCell => ({ t: "text", v });
const num = (v: number): TabCell => ({ t: "number", v });
const headings = (hs: readonly string[]): TabCell[] => hs.map((h) => ({ t: "text", v: h, style: "heading" }));

/**
 * The Check history tab: every recorded check (this one last) and this check's open findings by fingerprint, which
 * the next check compares against. Rebuilt from what it held before on every run.
 */
export function historyTab(checks: readonly HistoryEntry[], findings: readonly Finding[], from: Provenance): TabSpec {
  return materialize(historyTabStreamed(checks, findings, from));
}

/** The Check history tab with its list of open findings made while it is written (`more`). */
export function historyTabStreamed(checks: readonly HistoryEntry[], findings: readonly Finding[], from: Provenance): TabSpec {
  const rows: TabCell[][] = [
    ...headerRows(HISTORY_TITLE, from),
    [text("Each check that writes these tabs adds a row here. The next check compares its findings with the list below to say what is new and what was resolved. Leave this tab as it is: the tool keeps it.")],
    [],
    [{ t: "text", v: "Checks", style: "section" }],
    headings(CHECKS_HEADERS),
  ];
  const checksHeader = rows.length - 1;
  for (const c of checks) {
    rows.push([{ t: "date", v: c.today }, text(c.profile), num(c.partnerships), num(c.errors), num(c.warnings), num(c.info), num(c.accepted), num(c.red), num(c.amber), num(c.green)]);
  }
  const tables: TabTable[] = [{ name: "PRA_Checks", headerRow: checksHeader, lastRow: rows.length - 1, columns: CHECKS_HEADERS.length }];
  rows.push([], [{ t: "text", v: `Open findings at the check of ${formatUkDate(from.today)}`, style: "section" }], headings(FINDINGS_HEADERS));
  const findingsHeader = rows.length - 1;
  const keys = eachOpenFindingKey(findings);
  tables.push({ name: "PRA_CheckFindings", headerRow: findingsHeader, lastRow: findingsHeader + keys.count, columns: FINDINGS_HEADERS.length });
  return {
    key: "history",
    name: HISTORY_TITLE,
    widths: [44, 30, 14, 40, 10, 10, 10, 10, 10, 10],
    rows,
    more: rowStream(keys.keys, keys.count, (k) => [text(k.fingerprint), text(k.rule), text(k.ref ?? ""), text(k.partnership ?? "")]),
    tables,
    print: { landscape: true, fitToWidth: true },
  };
}
