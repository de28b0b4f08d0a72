import type { CellValue } from "../model.js";
import { cellText } from "./cell-text.js";

const TOTAL = /^(grand\s+)?(sub[- ]?)?totals?\b|^sum\b|^total\s/i;
const NOTE = /^(notes?|nb|n\.b\.|source|key|updated|last updated|prepared by|please note|figures|all figures|\*|†|‡|¹|\(\d\))/i;

export type RowKind = "blank" | "total" | "note" | "data";

/** What a row under the header is: a partnership, or blank, a totals row or a note written under the table. */
export function classifyRow(cells: readonly CellValue[], keyColumns: readonly number[]): RowKind {
  // Only the first few filled cells matter; the rest are counted, not read (this runs on every row).
  const filled: { index: number; text: string }[] = [];
  let count = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    if (count < 3) {
      const text = cellText(cell);
      if (text === "") continue;
      filled.push({ index: i, text });
    }
    count++;
  }
  if (count === 0) return "blank";
  const leading = filled;
  if (leading.some((f) => typeof cells[f.index] === "string" && TOTAL.test(f.text))) return "total";
  if (count === 1) {
    const only = filled[0]!;
    if (NOTE.test(only.text)) return "note";
    if (!keyColumns.includes(only.index)) return "note";
    const words = only.text.split(/\s+/).length;
    if (only.text.length > 80 || words >= 7 || (words >= 4 && /[.!?:]$/.test(only.text))) return "note";
  }
  return "data";
}
