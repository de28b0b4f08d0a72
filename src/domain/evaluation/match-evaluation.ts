// The Evaluation sheet's rows matched to the register's partnerships, and each partnership's ratings combined:
// the mean per behaviour area, how many partners rated it, and how far apart they were.

import type { EvaluationSheet, Partnership, Report } from "../model.js";
import { BEHAVIOUR_AREAS } from "./behaviour-areas.js";
import { nameKey, refKey } from "../partnership-key.js";

/** Partners whose ratings of an area are this far apart (highest minus lowest) disagree. */
export const DISAGREE_SPREAD = 2;

export interface AreaEvaluation {
  /** The partners' readable ratings of the area, in sheet order. */
  ratings: number[];
  /** Their mean, or null when nobody rated the area. */
  mean: number | null;
  /** Highest minus lowest rating; null with fewer than two ratings. */
  spread: number | null;
}

/** What the Evaluation sheet says of one partnership. */
export interface PartnershipEvaluation {
  /** The sheet the ratings came from. */
  sheet: string;
  /** Rows matched to the partnership that hold a rating (readable or not), 1-based. */
  rows: number[];
  /** Rows with at least one readable rating: one rater a row. */
  raters: number;
  /** One for each behaviour area, in BEHAVIOUR_AREAS order. */
  areas: AreaEvaluation[];
  /** Cells that are not a whole number from 1 to 5, left out of the means. */
  unreadable: { row: number; column: string; text: string }[];
}

export interface EvaluationMatch {
  /** By the partnership's register row. */
  byRow: Map<number, PartnershipEvaluation>;
  /** Rows holding a rating that name no partnership in the register (or none at all), 1-based. */
  unmatchedRows: number[];
}


/**
 * Matches each rated row of the Evaluation sheet to a partnership: by reference (case and spaces ignored), else by
 * name (case and spacing ignored); where the register holds a reference or name twice, the first row takes it.
 * Rows with no rating at all (a template row nobody filled in) are not raters and are left out.
 */
export function matchEvaluation(evaluation: EvaluationSheet, partnerships: readonly Partnership[]): EvaluationMatch {
  const byRef = new Map<string, Partnership>();
  const byName = new Map<string, Partnership>();
  for (const p of partnerships) {
    if (p.ref && !byRef.has(refKey(p.ref))) byRef.set(refKey(p.ref), p);
    if (p.name && !byName.has(nameKey(p.name))) byName.set(nameKey(p.name), p);
  }
  const matched = new Map<number, EvaluationSheet["rows"]>();
  const unmatchedRows: number[] = [];
  for (const row of evaluation.rows) {
    const rated = row.ratings.some((r) => r !== null) || row.unreadable.length > 0;
    if (!rated) continue;
    const p = (row.ref ? byRef.get(refKey(row.ref)) : undefined) ?? (row.partnership ? byName.get(nameKey(row.partnership)) : undefined);
    if (!p) {
      unmatchedRows.push(row.row);
      continue;
    }
    matched.set(p.row, [...(matched.get(p.row) ?? []), row]);
  }

  const byRow = new Map<number, PartnershipEvaluation>();
  for (const [pRow, rows] of matched) {
    const areas = BEHAVIOUR_AREAS.map((_, i) => {
      const ratings = rows.flatMap((r) => (r.ratings[i] == null ? [] : [r.ratings[i]!]));
      return {
        ratings,
        mean: ratings.length ? ratings.reduce((a, b) => a + b, 0) / ratings.length : null,
        spread: ratings.length >= 2 ? Math.max(...ratings) - Math.min(...ratings) : null,
      };
    });
    byRow.set(pRow, {
      sheet: evaluation.sheet,
      rows: rows.map((r) => r.row),
      raters: rows.filter((r) => r.ratings.some((x) => x !== null)).length,
      areas,
      unreadable: rows.flatMap((r) => r.unreadable.map((u) => ({ row: r.row, ...u }))),
    });
  }
  return { byRow, unmatchedRows };
}

/** The areas the partners disagree on (a spread of DISAGREE_SPREAD or more), with their lowest and highest ratings. */
export function disagreements(e: PartnershipEvaluation): { label: string; low: number; high: number }[] {
  return e.areas.flatMap((a, i) =>
    a.spread !== null && a.spread >= DISAGREE_SPREAD
      ? [{ label: BEHAVIOUR_AREAS[i]!.label, low: Math.min(...a.ratings), high: Math.max(...a.ratings) }]
      : [],
  );
}

/** What the Scorecards tab says of the Evaluation sheet as a whole. */
export interface EvaluationOverview {
  sheet: string;
  /** Rows holding a rating that name no partnership in the register, 1-based. */
  unmatchedRows: number[];
}

/** The overview for the Scorecards tab, or null when the workbook has no Evaluation sheet. */
export function evaluationOverview(report: Report): EvaluationOverview | null {
  if (!report.evaluation) return null;
  return { sheet: report.evaluation.sheet, unmatchedRows: matchEvaluation(report.evaluation, report.partnerships).unmatchedRows };
}
