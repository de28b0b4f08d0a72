// The partners' self-assessment (the Evaluation sheet): one row per partnership and rater, a rating 1-5 for each
// of the six Standards for England behaviour areas. Several partners may rate the same partnership, as in the
// Nuffield Partnership Assessment Tool, where partners score separately and then compare.
// Pure: reads grids, never a file.

import type { CellValue, EvaluationRow, EvaluationSheet, Field, Grid } from "../model.js";
import { cellText } from "../register/cell-text.js";
import { columnLetter } from "../register/column-letter.js";
import { HEADER_SCAN_ROWS } from "../register/find-header.js";
import { mapHeaders } from "../register/match-header.js";
import { isOurGrid } from "../tabs/tab-spec.js";
import { BEHAVIOUR_AREAS } from "./behaviour-areas.js";

/** The name the template sheet gets, and the name that marks a sheet as the Evaluation sheet even without a rater column. */
export const EVALUATION_SHEET = "Evaluation";

const RATER = /\b(raters?|rated by|assessors?|assessed by|evaluators?|evaluated by|scored by|respondents?|completed by)\b/i;
const ORGANISATION = /\b(organi[sz]ations?|partners?|body|bodies|agency|agencies|employer)\b/i;
const EVALUATION_NAME = /\b(evaluation|self[- ]?assessment)s?\b/i;
/** Fields an Evaluation sheet names besides the behaviour areas; any other register field counts towards a register. */
const OWN_FIELDS: ReadonlySet<Field> = new Set<Field>(["ref", "name", "partners", ...BEHAVIOUR_AREAS.map((a) => a.field)]);
/** A header row with this many other register fields (status, sponsoring officer...) is a register with ratings, not an Evaluation sheet. */
const REGISTER_FIELDS = 3;

interface EvaluationHeader {
  /** Sheet row, 1-based. */
  row: number;
  ref: number | null;
  name: number | null;
  rater: number | null;
  raterName: number | null;
  /** 0-based column of each area, in BEHAVIOUR_AREAS order. */
  areas: (number | null)[];
}

function findEvaluationHeader(grid: Grid): EvaluationHeader | null {
  const named = EVALUATION_NAME.test(grid.name);
  let best: EvaluationHeader | null = null;
  let bestAreas = 0;
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const texts = (grid.rows[r] ?? []).map((c) => (typeof c === "string" ? cellText(c) : ""));
    if (texts.filter((t) => t !== "").length < 2) continue;
    const mapped = mapHeaders(texts);
    const column = (field: Field) => mapped.find((m) => m.field === field)?.index ?? null;
    const ref = column("ref");
    const name = column("name");
    if (ref === null && name === null) continue;
    const areas = BEHAVIOUR_AREAS.map((a) => column(a.field));
    const areaCount = areas.filter((a) => a !== null).length;
    if (areaCount === 0) continue;
    const others = new Set(mapped.filter((m) => m.field !== null && !OWN_FIELDS.has(m.field)).map((m) => m.field));
    if (others.size >= REGISTER_FIELDS) continue;
    const raters = texts.flatMap((t, i) => (t !== "" && RATER.test(t) ? [i] : []));
    if (raters.length === 0 && !named) continue;
    const rater = raters.find((i) => ORGANISATION.test(texts[i]!)) ?? raters[0] ?? null;
    const raterName = raters.find((i) => i !== rater) ?? null;
    if (areaCount > bestAreas) {
      best = { row: r + 1, ref, name, rater, raterName, areas };
      bestAreas = areaCount;
    }
  }
  return best;
}

/**
 * An Evaluation sheet: a header naming the partnership (reference or name), at least one behaviour area and a rater
 * (or a sheet called "Evaluation"), and no more than two other register fields. Such a sheet maps enough register
 * fields (ref, name, six ratings) to pass for a register, so the register pick and the register of interests skip it.
 */
export function looksLikeEvaluationSheet(grid: Grid): boolean {
  return findEvaluationHeader(grid) !== null;
}

const NOT_RATED = /^(not (yet )?(assessed|rated)|unassessed|unrated|n\/?a|none|-|–|—|tbc|pending|don'?t know|unknown)\.?$/i;

/** A rating cell of the Evaluation sheet: a whole number 1-5 (as its dropdown offers), blank, or unreadable. */
export function parseEvaluationRating(cell: CellValue | undefined): { kind: "rating"; rating: number } | { kind: "blank" } | { kind: "unreadable"; text: string } {
  const text = cellText(cell);
  if (text === "") return { kind: "blank" };
  if (typeof cell === "number") {
    return Number.isInteger(cell) && cell >= 1 && cell <= 5 ? { kind: "rating", rating: cell } : { kind: "unreadable", text };
  }
  if (typeof cell === "string") {
    if (NOT_RATED.test(text)) return { kind: "blank" };
    const m = /^([1-5])(?:\.0+)?\s*(?:\/\s*5|out of 5)?$/i.exec(text);
    if (m) return { kind: "rating", rating: Number(m[1]) };
  }
  return { kind: "unreadable", text };
}

/**
 * The workbook's Evaluation sheet, read whole, or null when it has none. Never the register sheet, never one of our
 * generated tabs; a sheet called "Evaluation" is preferred when several look like one. Pure.
 */
export function readEvaluation(grids: readonly Grid[], registerSheet: string | null): EvaluationSheet | null {
  const candidates = grids.filter((g) => g.name !== registerSheet && !isOurGrid(g));
  const named = candidates.find((g) => g.name.trim().toLowerCase() === EVALUATION_SHEET.toLowerCase());
  for (const grid of named ? [named, ...candidates.filter((g) => g !== named)] : candidates) {
    const header = findEvaluationHeader(grid);
    if (!header) continue;
    const text = (cells: readonly CellValue[], i: number | null) => (i === null ? "" : cellText(cells[i]));
    const rows: EvaluationRow[] = [];
    for (let r = header.row; r < grid.rows.length; r++) {
      const cells = grid.rows[r] ?? [];
      const ratings: (number | null)[] = [];
      const unreadable: EvaluationRow["unreadable"] = [];
      header.areas.forEach((c) => {
        const v = c === null ? ({ kind: "blank" } as const) : parseEvaluationRating(cells[c]);
        ratings.push(v.kind === "rating" ? v.rating : null);
        if (v.kind === "unreadable") unreadable.push({ column: columnLetter(c!), text: v.text });
      });
      const ref = text(cells, header.ref);
      const partnership = text(cells, header.name);
      if (ref === "" && partnership === "" && unreadable.length === 0 && ratings.every((x) => x === null)) continue;
      rows.push({
        row: r + 1,
        ref: ref || null,
        partnership: partnership || null,
        rater: text(cells, header.rater),
        raterName: text(cells, header.raterName),
        ratings,
        unreadable,
      });
    }
    return {
      sheet: grid.name,
      headerRow: header.row,
      areaColumns: header.areas.map((c) => (c === null ? null : columnLetter(c))),
      rows,
    };
  }
  return null;
}
