// A1 addresses from 0-based row and column indexes, and sheet names quoted for formulas.
import { columnLetter } from "../domain/register/column-letter.js";

/** "C5" for row 4, column 2 (both 0-based). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "A5:H40" for a block given by 0-based, inclusive corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom, right)}`;
}

/** A sheet name as it must appear in a formula or reference: 'My sheet'!A1 ('' inside). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A text as an Excel formula string literal: "..." with inner quotes doubled. */
export function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The 1-based sheet rows covered by a (multi-area) address such as `'My, sheet'!A1:C5,'My, sheet'!A7:C9`.
 * Sheet names may hold commas or "!", so only `!` followed by a cell reference and then a comma or the end counts.
 */
export function rowsOfAreas(address: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /!\$?[A-Z]{1,3}\$?(\d+)(?::\$?[A-Z]{1,3}\$?(\d+))?(?=,|$)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    spans.push([Math.min(a, b), Math.max(a, b)]);
  }
  // Whole-row areas ("!3:5") when the areas span every column.
  const rowsOnly = /!\$?(\d+):\$?(\d+)(?=,|$)/g;
  for (let m = rowsOnly.exec(address); m; m = rowsOnly.exec(address)) spans.push([Number(m[1]), Number(m[2])]);
  return spans;
}
