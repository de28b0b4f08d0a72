import { deriveCommittee } from "../derive/committee.js";
import { deriveConflicts } from "../derive/conflicts.js";
import { deriveFinance } from "../derive/finance.js";
import { riskTable } from "../derive/risks.js";
import { scorecardTable } from "../derive/scorecards.js";
import { evaluationOverview } from "../evaluation/match-evaluation.js";
import type { Report } from "../model.js";
import type { Profile } from "../profile/profile.js";
import { committeeTab } from "./committee-tab.js";
import { conflictsTab } from "./conflicts-tab.js";
import { financeTab } from "./finance-tab.js";
import { historyEntry, withEntry } from "../history/history-entry.js";
import { MAX_CHECKS } from "../history/history-sheet.js";
import { historyTabStreamed } from "./history-tab.js";
import { findingsTabStreamed } from "./findings-tab.js";
import type { Provenance } from "./provenance.js";
import { risksTabStreamed } from "./risks-tab.js";
import { scorecardsTabStreamed } from "./scorecards-tab.js";
import { materialize, rowCount } from "./tab-rows.js";
import type { TabCell, TabRowStream, TabSpec } from "./tab-spec.js";
import { safeText } from "../safe-text.js";

/** The generated tabs, in the order they are added to the workbook; register text in them is made safe to show. */
export function reportTabs(report: Report, profile: Profile, from: Provenance): TabSpec[] {
  return [...eachReportTab(report, profile, from)];
}

export interface EachTabOptions {
  /**
   * Leave the long lists in `more`, to be made while the tab is written (the package writer reads them so);
   * otherwise every row is in `rows`.
   */
  streamed?: boolean;
}

/** The tabs one at a time, each built only when asked for, so a writer need hold just one. */
export function* eachReportTab(report: Report, profile: Profile, from: Provenance, options: EachTabOptions = {}): Generator<TabSpec> {
  const risks = riskTable(report, profile.risk);
  const cards = scorecardTable(report, profile.scoring);
  const rag = cards.summary.rag;
  // This check joins the recorded ones: the Committee summary's chart and the Check history show it.
  const checks = withEntry(report.history ?? [], historyEntry(report, rag), MAX_CHECKS);
  const tabs: (() => TabSpec)[] = [
    () => findingsTabStreamed(report, from),
    () => risksTabStreamed(risks, from, profile.risk),
    () => conflictsTab(deriveConflicts(report), from),
    () => scorecardsTabStreamed(cards, from, profile.scoring, evaluationOverview(report)),
    () => financeTab(deriveFinance(report), from),
    () => committeeTab(deriveCommittee(report, profile, risks, cards.summary), from, { changes: report.changes ?? null, checks }),
    () => historyTabStreamed(checks, report.findings, from),
  ];
  for (const build of tabs) {
    const spec = build();
    yield fitExcelRows(safeTab(options.streamed ? spec : materialize(spec)));
  }
}

/** Excel's last row. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** A tab longer than a sheet can hold keeps its first rows, and its title says what was left out. */
export function fitExcelRows(spec: TabSpec, maxRows = EXCEL_MAX_ROWS): TabSpec {
  const total = rowCount(spec);
  if (total <= maxRows) return spec;
  const left = total - maxRows;
  const rows = spec.rows.slice(0, maxRows);
  const title = rows[0]?.[0];
  if (title && title.t === "text") {
    rows[0] = [{ ...title, v: `${title.v}: the first ${(maxRows - 1).toLocaleString("en-GB")} rows; ${left.toLocaleString("en-GB")} more are in the JSON report` }, ...rows[0]!.slice(1)];
  }
  const { more, ...rest } = spec;
  const room = maxRows - rows.length;
  return {
    ...rest,
    rows,
    ...(more && room > 0 ? { more: firstRows(more, room) } : {}),
    tables: spec.tables?.map((t) => ({ ...t, lastRow: Math.min(t.lastRow, maxRows - 1) })).filter((t) => t.headerRow < maxRows),
    merges: spec.merges?.filter((m) => m.bottom < maxRows),
    ...(spec.validations
      ? { validations: spec.validations.filter((v) => v.top < maxRows).map((v) => ({ ...v, bottom: Math.min(v.bottom, maxRows - 1) })) }
      : {}),
  };
}

function firstRows(more: TabRowStream, n: number): TabRowStream {
  return {
    count: Math.min(n, more.count),
    *rows() {
      let left = n;
      for (const row of more.rows()) {
        if (left-- <= 0) return;
        yield row;
      }
    },
  };
}

/** Makes register text in one row safe, in place (rows are built fresh for each write). */
function safeRow(cells: TabCell[]): TabCell[] {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (!cell || (cell.t !== "text" && cell.t !== "link")) continue;
    const v = safeText(cell.v);
    if (v !== cell.v) cells[i] = { ...cell, v };
  }
  return cells;
}

/** Makes register text safe: in place for `rows`; as they are made for `more`. */
function safeTab(spec: TabSpec): TabSpec {
  for (const cells of spec.rows) safeRow(cells);
  const more = spec.more;
  if (more) spec.more = { count: more.count, *rows() { for (const cells of more.rows()) yield safeRow(cells); } };
  return spec;
}
