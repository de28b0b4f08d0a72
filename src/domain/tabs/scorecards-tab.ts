import { BEHAVIOUR_AREAS, scorecardTableOf, type Scorecard, type ScorecardSummary, type ScorecardTable } from "../derive/scorecards.js";
import { DISAGREE_SPREAD, disagreements, type EvaluationOverview } from "../evaluation/match-evaluation.js";
import { DIMENSIONS, type Dimension, type Rag, type ScoringSettings } from "../profile/scoring-settings.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { TabCell, TabSpec } from "./tab-spec.js";
import { materialize, rowStream } from "./tab-rows.js";
import { joinAnd } from "../words.js";

/** Column headings of the four governance dimensions, as an officer reads them. */
export const DIMENSION_LABEL: Record<Dimension, string> = {
  governance: "Governance",
  performance: "Performance management",
  finance: "Financial probity",
  riskAndConflicts: "Risk and conflicts",
};

const RAG_LABEL: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };

const HEADERS = [
  "Ref",
  "Partnership",
  "Errors",
  "Warnings",
  ...DIMENSIONS.map((d) => DIMENSION_LABEL[d]),
  ...BEHAVIOUR_AREAS.map((a) => a.label),
  "Behaviours (0-100)",
  "Overall",
  "RAG",
  "Recommendation",
  "Raters",
  "Agreement between partners",
  "Rating notes",
];

const NOT_ASSESSED: TabCell = { t: "text", v: "Not assessed", style: "muted" };

/**
 * The Scorecards tab: one row a partnership in scope and not closed, as a filterable table, with
 * a count by RAG rating and one sentence saying how the scores were reached under `scoring`; and, where the
 * workbook has an Evaluation sheet, one line saying how the partners' ratings were used.
 */
export function scorecardsTab(cards: readonly Scorecard[], from: Provenance, scoring: ScoringSettings, evaluation: EvaluationOverview | null = null): TabSpec {
  return materialize(scorecardsTabStreamed(scorecardTableOf(cards), from, scoring, evaluation));
}

/** The Scorecards tab with its one-row-a-partnership table made while it is written (`more`). */
export function scorecardsTabStreamed(cards: ScorecardTable, from: Provenance, scoring: ScoringSettings, evaluation: EvaluationOverview | null = null): TabSpec {
  const summary = cards.summary;
  const rows: TabCell[][] = [
    ...headerRows("Scorecards", from),
    [{ t: "text", v: ragCountLine(summary) }],
    [{ t: "text", v: scoringSentence(scoring), style: "muted" }],
    ...(evaluation ? [[{ t: "text", v: evaluationLine(summary, evaluation), style: "muted" } as TabCell]] : []),
    [],
    HEADERS.map((h) => ({ t: "text", v: h, style: "heading", wrap: true }) as TabCell),
  ];
  const headerRow = rows.length - 1;
  return {
    key: "scorecards",
    name: "Scorecards",
    widths: [10, 36, 8, 9, 12, 13, 11, 11, 12, 10, 12, 12, 10, 13, 12, 9, 8, 42, 8, 40, 48],
    rows,
    more: rowStream(cards, summary.count, cardRow),
    freezeRows: headerRow + 1,
    tables: [{ name: "PRA_Scorecards", headerRow, lastRow: headerRow + summary.count, columns: HEADERS.length }],
    print: { landscape: true, fitToWidth: true, titleRows: [headerRow + 1, headerRow + 1] },
  };
}

function ragCountLine(cards: ScorecardSummary): string {
  if (cards.count === 0) return "No partnership in scope and open to score (out-of-scope and closed partnerships are not scored).";
  const n = (rag: Rag) => cards.rag[rag];
  const noun = cards.count === 1 ? "partnership" : "partnerships";
  return (
    `${n("green")} green, ${n("amber")} amber, ${n("red")} red, across ${cards.count} ${noun} in scope and not closed ` +
    `(out-of-scope and closed partnerships are not scored).`
  );
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** One sentence, built from the settings in force, saying how a score is reached. */
export function scoringSentence(s: ScoringSettings): string {
  const losses = [`${fmt(s.penalty.error)} for each error`, `${fmt(s.penalty.warning)} for each warning`];
  if (s.penalty.info > 0) losses.push(`${fmt(s.penalty.info)} for each finding for information`);
  const weights = [
    ...DIMENSIONS.map((d) => `${DIMENSION_LABEL[d].toLowerCase()} ${fmt(s.weights[d])}`),
    `behaviours ${fmt(s.behavioursWeight)}, where assessed`,
  ];
  return (
    `Each dimension starts at 100 and loses ${joinAnd(losses)} on the partnership's row that the profile counts against it ` +
    `(never below 0); each behaviour rating 1-5 counts as 0-100 (1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100) and "Behaviours" is their mean; ` +
    `"Overall" is the weighted mean of the scores shown (weights: ${weights.join("; ")}), to a whole number: ` +
    `${fmt(s.rag.green)} or more is green (continue), ${fmt(s.rag.amber)} or more amber (continue with an improvement plan), ` +
    `below that red (review whether the partnership should continue).`
  );
}

function num(v: number): TabCell {
  return { t: "number", v };
}

/** A rating: a whole number as it is, a partners' mean such as 3.5 with one decimal place shown. */
function rating(v: number): TabCell {
  return Number.isInteger(v) ? num(v) : { t: "number", v, format: "0.0" };
}

/** How the Evaluation sheet fed the scorecards, in one line above the table. */
export function evaluationLine(cards: ScorecardSummary, e: EvaluationOverview): string {
  const { raters, disagree, unreadable } = cards;
  const parts = [
    `Behaviour ratings: where partners rated a partnership on the "${e.sheet}" sheet, each area shows the mean of their ratings, ` +
      `otherwise the register's own rating; ${cards.rated} of ${cards.count} ${cards.count === 1 ? "partnership was" : "partnerships were"} rated, ` +
      `by ${raters} ${raters === 1 ? "rater" : "raters"} in all (one row a rater).`,
  ];
  if (disagree > 0) {
    parts.push(`Partners disagree (ratings ${DISAGREE_SPREAD} or more apart) on ${disagree} ${disagree === 1 ? "partnership" : "partnerships"}: see "Agreement between partners".`);
  }
  if (unreadable > 0) {
    parts.push(`${unreadable} ${unreadable === 1 ? "rating is" : "ratings are"} not a whole number from 1 to 5 and ${unreadable === 1 ? "was" : "were"} left out: see "Rating notes".`);
  }
  if (e.unmatchedRows.length > 0) {
    const shown = e.unmatchedRows.slice(0, 20).join(", ") + (e.unmatchedRows.length > 20 ? ` and ${e.unmatchedRows.length - 20} more` : "");
    parts.push(
      `${e.unmatchedRows.length === 1 ? "Row" : "Rows"} ${shown} of the "${e.sheet}" sheet ` +
        `${e.unmatchedRows.length === 1 ? "names" : "name"} no partnership in the register (by Ref or name) and ${e.unmatchedRows.length === 1 ? "was" : "were"} left out.`,
    );
  }
  return parts.join(" ");
}

function agreement(c: Scorecard): TabCell {
  const e = c.evaluation;
  if (!e || e.raters === 0) return { t: "text", v: "" };
  if (e.raters === 1) return { t: "text", v: "One rater only", style: "muted" };
  const apart = disagreements(e);
  if (apart.length === 0) return { t: "text", v: `Partners agree (no area rated more than ${DISAGREE_SPREAD - 1} point apart)` };
  return {
    t: "text",
    v: `Partners disagree: ${apart.map((d) => `${d.label} (rated ${d.low} to ${d.high})`).join("; ")}`,
    style: "warning",
    wrap: true,
  };
}

function ratingNotes(c: Scorecard): TabCell {
  const e = c.evaluation;
  if (!e) return { t: "text", v: "" };
  const notes: string[] = [];
  const own = BEHAVIOUR_AREAS.filter((_, i) => c.behaviourSources[i] === "register").map((a) => a.label);
  if (own.length > 0) notes.push(`No partner rated ${own.join(", ")}: the register's own rating is shown.`);
  if (e.unreadable.length > 0) {
    const cells = e.unreadable.map((u) => `"${u.text}" (row ${u.row}, column ${u.column})`);
    notes.push(`Left out, not a whole number from 1 to 5: ${cells.join("; ")}.`);
  }
  return notes.length ? { t: "text", v: notes.join(" "), wrap: true } : { t: "text", v: "" };
}

function cardRow(c: Scorecard): TabCell[] {
  return [
    { t: "text", v: c.ref ?? "" },
    { t: "text", v: c.partnership ?? "" },
    num(c.counts.error),
    num(c.counts.warning),
    ...DIMENSIONS.map((d) => num(c.dimensions[d])),
    ...c.behaviours.map((r) => (r === null ? NOT_ASSESSED : rating(r))),
    c.behavioursScore === null ? NOT_ASSESSED : num(c.behavioursScore),
    num(c.overall),
    { t: "text", v: RAG_LABEL[c.rag], style: c.rag },
    { t: "text", v: c.recommendation },
    c.evaluation ? num(c.evaluation.raters) : { t: "text", v: "" },
    agreement(c),
    ratingNotes(c),
  ];
}
