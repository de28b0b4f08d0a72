import type { Field, Grid } from "../model.js";
import { cellText } from "./cell-text.js";
import { mapHeaders, type MappedHeader } from "./match-header.js";

export interface HeaderCandidate {
  /** Sheet row, 1-based. */
  row: number;
  mapped: MappedHeader[];
  /** Distinct fields mapped: how much the row looks like a register header. */
  score: number;
}

/** How many rows at the top of a sheet may hold titles and notes before the header. */
export const HEADER_SCAN_ROWS = 30;
const MIN_FIELDS = 3;

/**
 * Whether a sheet's header maps so many register fields that it is a register, whatever else it has: another
 * sheet (a register of interests, the Accepted exceptions) may share a few columns with a register, not this many.
 */
export function mapsAsRegister(grid: Grid): boolean {
  return (findHeader(grid)?.score ?? 0) >= 6;
}

/** The row that maps best to register fields, if any row maps at least three (including a name or reference). */
export function findHeader(grid: Grid, overrides: Readonly<Record<string, Field | null>> = {}): HeaderCandidate | null {
  let best: HeaderCandidate | null = null;
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const cells = grid.rows[r] ?? [];
    // Array.from, not map: a row with holes (cells never written) must read as blanks, not stay sparse.
    const texts = Array.from(cells, (c) => (typeof c === "string" ? cellText(c) : ""));
    if (texts.filter((t) => t !== "").length < MIN_FIELDS) continue;
    const mapped = mapHeaders(texts, overrides);
    const fields = new Set(mapped.filter((m) => m.field !== null).map((m) => m.field));
    if (fields.size < MIN_FIELDS || !(fields.has("name") || fields.has("ref"))) continue;
    if (!best || fields.size > best.score) best = { row: r + 1, mapped, score: fields.size };
  }
  return best;
}
