import { BEHAVIOUR_AREAS, type Scorecard } from "../derive/scorecards.js";
import { DIMENSIONS, type Dimension, type Rag, type ScoringSettings } from "../profile/scoring-settings.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { TabCell, TabSpec } from "./tab-spec.js";

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
];

const NOT_ASSESSED: TabCell = { t: "text", v: "Not assessed", style: "muted" };

/**
 * The Scorecards tab: one row a partnership in scope and not closed, as a filterable table, with
 * a count by RAG rating and one sentence saying how the scores were reached under `scoring`.
 */
export function scorecardsTab(cards: readonly Scorecard[], from: Provenance, scoring: ScoringSettings): TabSpec {
  const rows: TabCell[][] = [
    ...headerRows("Scorecards", from),
    [{ t: "text", v: ragCountLine(cards) }],
    [{ t: "text", v: scoringSentence(scoring), style: "muted" }],
    [],
    HEADERS.map((h) => ({ t: "text", v: h, style: "heading", wrap: true }) as TabCell),
  ];
  const headerRow = rows.length - 1;
  for (const c of cards) rows.push(cardRow(c));
  return {
    key: "scorecards",
    name: "Scorecards",
    widths: [10, 36, 8, 9, 12, 13, 11, 11, 12, 10, 12, 12, 10, 13, 12, 9, 8, 42],
    rows,
    freezeRows: headerRow + 1,
    tables: [{ name: "PRA_Scorecards", headerRow, lastRow: rows.length - 1, columns: HEADERS.length }],
    print: { landscape: true, fitToWidth: true, titleRows: [headerRow + 1, headerRow + 1] },
  };
}

function ragCountLine(cards: readonly Scorecard[]): string {
  if (cards.length === 0) return "No partnership in scope and open to score (out-of-scope and closed partnerships are not scored).";
  const n = (rag: Rag) => cards.filter((c) => c.rag === rag).length;
  const noun = cards.length === 1 ? "partnership" : "partnerships";
  return (
    `${n("green")} green, ${n("amber")} amber, ${n("red")} red, across ${cards.length} ${noun} in scope and not closed ` +
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

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

function num(v: number): TabCell {
  return { t: "number", v };
}

function cardRow(c: Scorecard): TabCell[] {
  return [
    { t: "text", v: c.ref ?? "" },
    { t: "text", v: c.partnership ?? "" },
    num(c.counts.error),
    num(c.counts.warning),
    ...DIMENSIONS.map((d) => num(c.dimensions[d])),
    ...c.behaviours.map((r) => (r === null ? NOT_ASSESSED : num(r))),
    c.behavioursScore === null ? NOT_ASSESSED : num(c.behavioursScore),
    num(c.overall),
    { t: "text", v: RAG_LABEL[c.rag], style: c.rag },
    { t: "text", v: c.recommendation },
  ];
}
