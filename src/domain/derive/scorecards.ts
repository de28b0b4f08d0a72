// Scorecards (REQUIREMENTS.md §3): one per partnership in scope and not closed, scoring the four
// governance dimensions from the findings on its row, the six Standards for England behaviour
// areas from the partners' self-assessment (the Evaluation sheet) or else the register's own
// assessment ratings (never invented), and an overall score, RAG rating and recommendation in the
// spirit of Dudley's annual evaluation of key partnerships.
// Every number comes from the profile's ScoringSettings: data a council may change.

import { findingsByRow } from "./findings-by-row.js";
import type { Field, Finding, Partnership, Report, Severity } from "../model.js";
import { DIMENSIONS, type Dimension, type Rag, type ScoringSettings } from "../profile/scoring-settings.js";
import { isClosed, outOfScopeReason } from "../rules/scope.js";
import { BEHAVIOUR_AREAS } from "../evaluation/behaviour-areas.js";
import { disagreements, matchEvaluation, type PartnershipEvaluation } from "../evaluation/match-evaluation.js";

export { BEHAVIOUR_AREAS };

export interface Scorecard {
  /** Sheet row of the partnership, 1-based. */
  row: number;
  ref: string | null;
  partnership: string | null;
  /** All findings on the partnership's row, by severity. */
  counts: { error: number; warning: number; info: number };
  /** 0-100 per governance dimension. */
  dimensions: Record<Dimension, number>;
  /**
   * Ratings 1-5 in BEHAVIOUR_AREAS order: the partners' mean from the Evaluation sheet where any partner rated the
   * area, else the register's own rating; null = not assessed (blank, "not assessed", unreadable or no column), never invented.
   */
  behaviours: (number | null)[];
  /** Where each rating came from, in BEHAVIOUR_AREAS order; null where the area is not assessed. */
  behaviourSources: ("evaluation" | "register" | null)[];
  /** What the Evaluation sheet says of this partnership: raters, ratings, spread; null when no row of it rates the partnership. */
  evaluation: PartnershipEvaluation | null;
  /** Mean of the assessed ratings mapped 1 -> 0 … 5 -> 100, to a whole number; null when none is assessed. */
  behavioursScore: number | null;
  /** Weighted mean of the dimensions (and the behaviours, where assessed), to a whole number. */
  overall: number;
  rag: Rag;
  recommendation: string;
}

/** Dudley's annual evaluation asks whether each key partnership is effective and should continue. */
export const RECOMMENDATION: Record<Rag, string> = {
  green: "Continue",
  amber: "Continue with an improvement plan",
  red: "Review whether the partnership should continue",
};

/** The RAG rating of an overall score: at or above `green` is green, at or above `amber` amber, else red. */
export function ragOf(score: number, rag: { green: number; amber: number }): Rag {
  if (score >= rag.green) return "green";
  if (score >= rag.amber) return "amber";
  return "red";
}

/** A rating 1-5 as a score 0-100. */
export function ratingToScore(rating: number): number {
  return ((rating - 1) / 4) * 100;
}

/** Rounds to a whole number, half up, ignoring floating-point dust (82.4999999 -> 82.5 -> 83). */
function round(x: number): number {
  return Math.round(Math.round(x * 1e6) / 1e6);
}

function ratingOf(p: Partnership, field: Field): number | null {
  const v = p.values[field];
  return v?.kind === "rating" ? v.rating : null;
}

/** One scorecard for each partnership that is in scope and not closed, in register order. */
export function deriveScorecards(report: Report, scoring: ScoringSettings): Scorecard[] {
  return [...eachScorecard(report, scoring)];
}

/** The scorecards deriveScorecards lists, made one at a time. */
export function* eachScorecard(report: Report, scoring: ScoringSettings): Generator<Scorecard> {
  const byRow = findingsByRow(report);
  const evaluated = report.evaluation ? matchEvaluation(report.evaluation, report.partnerships).byRow : new Map<number, PartnershipEvaluation>();
  for (const p of report.partnerships) {
    if (outOfScopeReason(p) !== null || isClosed(p)) continue;
    yield scorecard(p, byRow.get(p.row) ?? [], evaluated.get(p.row) ?? null, scoring);
  }
}

/** A red scorecard in brief: the committee lists these for review. */
export interface RedCard {
  row: number;
  ref: string | null;
  partnership: string | null;
  overall: number;
  errors: number;
  warnings: number;
}

/** What the tabs say about the scorecards as a whole. */
export interface ScorecardSummary {
  count: number;
  rag: Record<Rag, number>;
  /** The red cards, lowest overall score first. */
  red: RedCard[];
  /** Partnerships rated on the Evaluation sheet, their raters in all, those the partners disagree on, and ratings left out. */
  rated: number;
  raters: number;
  disagree: number;
  unreadable: number;
}

/**
 * The scorecards, made again each time they are read, and their summary: a register of a million rows has a
 * scorecard a row, too many to hold as objects while the tabs are written.
 */
export interface ScorecardTable extends Iterable<Scorecard> {
  readonly summary: ScorecardSummary;
}

/** The report's scorecards as a ScorecardTable. */
export function scorecardTable(report: Report, scoring: ScoringSettings): ScorecardTable {
  return { summary: summariseScorecards(eachScorecard(report, scoring)), [Symbol.iterator]: () => eachScorecard(report, scoring) };
}

/** Scorecards already made, as a ScorecardTable. */
export function scorecardTableOf(cards: readonly Scorecard[]): ScorecardTable {
  return { summary: summariseScorecards(cards), [Symbol.iterator]: () => cards[Symbol.iterator]() };
}

function summariseScorecards(cards: Iterable<Scorecard>): ScorecardSummary {
  const s: ScorecardSummary = { count: 0, rag: { green: 0, amber: 0, red: 0 }, red: [], rated: 0, raters: 0, disagree: 0, unreadable: 0 };
  for (const c of cards) {
    s.count++;
    s.rag[c.rag]++;
    if (c.rag === "red") {
      s.red.push({ row: c.row, ref: c.ref, partnership: c.partnership, overall: c.overall, errors: c.counts.error, warnings: c.counts.warning });
    }
    const e = c.evaluation;
    if (!e) continue;
    if (e.raters > 0) {
      s.rated++;
      s.raters += e.raters;
    }
    if (disagreements(e).length > 0) s.disagree++;
    s.unreadable += e.unreadable.length;
  }
  s.red.sort((a, b) => a.overall - b.overall || a.row - b.row);
  return s;
}

/** Each dimension's rules as a Set, made once per scoring settings rather than once per partnership. */
const dimensionRules = new WeakMap<ScoringSettings, Map<Dimension, ReadonlySet<string>>>();
function rulesOf(scoring: ScoringSettings, d: Dimension): ReadonlySet<string> {
  let sets = dimensionRules.get(scoring);
  if (!sets) dimensionRules.set(scoring, (sets = new Map(DIMENSIONS.map((x) => [x, new Set(scoring.dimensions[x])]))));
  return sets.get(d)!;
}

function scorecard(p: Partnership, findings: readonly Finding[], evaluation: PartnershipEvaluation | null, scoring: ScoringSettings): Scorecard {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  const dimensions = {} as Record<Dimension, number>;
  for (const d of DIMENSIONS) {
    const rules = rulesOf(scoring, d);
    const lost = findings.filter((f) => rules.has(f.rule)).reduce((sum, f) => sum + scoring.penalty[f.severity], 0);
    dimensions[d] = Math.max(0, 100 - lost);
  }

  // Area by area: the partners' mean where any partner rated it, else the register's own column.
  const behaviourSources: Scorecard["behaviourSources"] = [];
  const behaviours = BEHAVIOUR_AREAS.map((a, i) => {
    const mean = evaluation?.areas[i]?.mean ?? null;
    const own = ratingOf(p, a.field);
    behaviourSources.push(mean !== null ? "evaluation" : own !== null ? "register" : null);
    return mean ?? own;
  });
  const assessed = behaviours.filter((r): r is number => r !== null);
  const behavioursScore =
    assessed.length === 0 ? null : round(assessed.reduce((sum, r) => sum + ratingToScore(r), 0) / assessed.length);

  let total = 0;
  let weight = 0;
  for (const d of DIMENSIONS) {
    total += scoring.weights[d] * dimensions[d];
    weight += scoring.weights[d];
  }
  if (behavioursScore !== null) {
    total += scoring.behavioursWeight * behavioursScore;
    weight += scoring.behavioursWeight;
  }
  // Every weight set to 0: fall back to the plain mean of the four dimensions rather than divide by 0.
  const overall =
    weight > 0 ? round(total / weight) : round(DIMENSIONS.reduce((sum, d) => sum + dimensions[d], 0) / DIMENSIONS.length);
  const rag = ragOf(overall, scoring.rag);

  return {
    row: p.row,
    ref: p.ref,
    partnership: p.name,
    counts,
    dimensions,
    behaviours,
    behaviourSources,
    evaluation,
    behavioursScore,
    overall,
    rag,
    recommendation: RECOMMENDATION[rag],
  };
}
