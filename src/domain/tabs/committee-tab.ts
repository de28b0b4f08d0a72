import type { CommitteeFigures } from "../derive/committee.js";
import { WEAKNESS } from "../derive/risks.js";
import { RECOMMENDATION } from "../derive/scorecards.js";
import { formatUkDate } from "../register/calendar.js";
import { changeRows, ragChartRows, type ChangesSince } from "./committee-changes.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { CellStyle, TabCell, TabMerge, TabSpec } from "./tab-spec.js";
import { BAND_LABEL, BAND_STYLE } from "./risks-tab.js";

/** Lists are cut to keep the summary on one printed page; the other tabs hold the rest. */
const MAX_LIST = 8;
const WIDTH = 6;

const text = (v: string, style?: CellStyle): TabCell => (style ? { t: "text", v, style } : { t: "text", v });
const num = (v: number, style?: CellStyle): TabCell => (style ? { t: "number", v, style } : { t: "number", v });

/** The Committee summary: a one-page printable overview for a committee report. */
export function committeeTab(c: CommitteeFigures, from: Provenance, over: ChangesSince = { changes: null, checks: [] }): TabSpec {
  const rows: TabCell[][] = [...headerRows("Committee summary", from)];
  const merges: TabMerge[] = [];
  const section = (title: string) => {
    rows.push([]);
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: WIDTH - 1 });
    rows.push([text(title, "section"), ...Array.from({ length: WIDTH - 1 }, () => text("", "section"))]);
  };
  const more = (shown: number, all: number, where: string) => {
    if (all > shown) rows.push([text(`… and ${all - shown} more: see the ${where} tab.`, "muted")]);
  };

  section("At a glance");
  const p = c.partnerships;
  const glance: [number, string, CellStyle | undefined, string][] = [
    [p.all, "Partnerships checked", undefined, `${p.inScope} covered by the protocol, ${p.outOfScope} outside it (clause 2.2), ${p.closed} closed`],
    [c.rag.green, "Rated green", "green", RECOMMENDATION.green],
    [c.rag.amber, "Rated amber", "amber", RECOMMENDATION.amber],
    [c.rag.red, "Rated red", "red", RECOMMENDATION.red],
    [c.severity.error, "Errors", "error", "A minimum standard of the protocol is not met"],
    [c.severity.warning, "Warnings", "warning", "A standard is unclear or not evidenced"],
    [c.severity.info, "For information", "info", "For the officer's attention"],
    [
      c.exceptions.accepted,
      "Accepted exceptions",
      undefined,
      `Findings an officer has accepted until a date (not counted above; listed on the Findings tab)` +
        (c.exceptions.expired > 0 ? `; ${c.exceptions.expired} ${c.exceptions.expired === 1 ? "exception has" : "exceptions have"} expired` : ""),
    ],
  ];
  for (const [n, label, style, note] of glance) rows.push([num(n), text(label, style), text(note, "muted")]);

  section(over.changes ? `Since the last check (${formatUkDate(over.changes.since)})` : "Since the last check");
  rows.push(...changeRows(over));
  const chart = ragChartRows(over.checks);
  if (chart.length > 0) {
    rows.push([text("Partnerships by rating at each recorded check", "muted")]);
    rows.push(...chart);
  }

  section("Top risks");
  if (c.topRisks.length === 0) rows.push([text("No risks arise from the findings.", "muted")]);
  else {
    rows.push(["Ref", "Partnership", "Weakness (clause 2.4)", "Score", "Band", "Owner"].map((h) => text(h, "heading")));
    for (const r of c.topRisks) {
      rows.push([
        text(r.ref ?? ""),
        text(r.partnership ?? ""),
        text(`${r.group}) ${WEAKNESS[r.group]}`),
        num(r.score),
        text(BAND_LABEL[r.band], BAND_STYLE[r.band]),
        text(r.owner ?? "No sponsoring officer"),
      ]);
    }
  }

  section("Overdue annual reviews");
  if (c.overdueReviews.length === 0) rows.push([text("None: every review is within its period.", "muted")]);
  else {
    rows.push(["Ref", "Partnership", "Last review", "Due by"].map((h) => text(h, "heading")));
    for (const o of c.overdueReviews.slice(0, MAX_LIST)) {
      rows.push([text(o.ref ?? ""), text(o.partnership ?? ""), { t: "date", v: o.lastReview }, { t: "date", v: o.dueBy, style: "error" }]);
    }
    more(MAX_LIST, c.overdueReviews.length, "Findings");
  }

  section("Recommended for review (rated red)");
  if (c.forReview.length === 0) rows.push([text("None.", "muted")]);
  else {
    rows.push(["Ref", "Partnership", "Recommendation", "Overall", "Errors", "Warnings"].map((h) => text(h, "heading")));
    for (const r of c.forReview.slice(0, MAX_LIST)) {
      rows.push([
        text(r.ref ?? ""),
        text(r.partnership ?? ""),
        text("Review whether the partnership should continue", "red"),
        num(r.overall),
        num(r.errors),
        num(r.warnings),
      ]);
    }
    more(MAX_LIST, c.forReview.length, "Scorecards");
  }

  merges.push({ top: 0, left: 0, bottom: 0, right: WIDTH - 1 }, { top: 1, left: 0, bottom: 1, right: WIDTH - 1 });
  return {
    key: "committee",
    name: "Committee summary",
    widths: [14, 44, 40, 12, 14, 26],
    rows,
    merges,
    print: { landscape: true, fitToWidth: true, fitToOnePage: true, titleRows: [1, 2] },
  };
}
