import type { CellValue } from "../model.js";
import { cellText } from "./cell-text.js";

const TOTAL = /^(grand\s+)?(sub[- ]?)?totals?\b|^sum\b|^total\s/i;
const NOTE = /^(notes?|nb|n\.b\.|source|key|updated|last updated|prepared by|please note|figures|all figures|\*|†|‡|¹|\(\d\))/i;

export type RowKind = "blank" | "total" | "note" | "data";

/** What a row under the header is: a partnership, or blank, a totals row or a note written under the table. */
export function classifyRow(cells: readonly CellValue[], keyColumns: readonly number[]): RowKind {
  // Only the first few filled cells matter; the rest are counted, not read (this runs on every row).
  let count = 0;
  let firstIndex = -1;
  let firstText = "";
  let read = 0;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) continue;
    if (read < 3) {
      const text = cellText(cell);
      if (text === "") continue;
      read++;
      if (typeof cell === "string" && TOTAL.test(text)) return "total";
      if (firstIndex < 0) {
        firstIndex = i;
        firstText = text;
      }
    }
    count++;
    // Three cells read and none a total: a data row, whatever the rest holds.
    if (read === 3) return "data";
  }
  if (count === 0) return "blank";
  if (count === 1) {
    if (NOTE.test(firstText)) return "note";
    if (!keyColumns.includes(firstIndex)) return "note";
    const words = firstText.split(/\s+/).length;
    if (firstText.length > 80 || words >= 7 || (words >= 4 && /[.!?:]$/.test(firstText))) return "note";
  }
  return "data";
}
