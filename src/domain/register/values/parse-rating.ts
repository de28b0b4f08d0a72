// Reading an assessment rating on the 1-5 scale ("4", "4/5", "Good").

import type { CellValue, Value } from "../../model.js";
import { cellText, isCellError } from "../cell-text.js";

const WORDS: Record<string, number> = {
  excellent: 5,
  "very good": 5,
  outstanding: 5,
  good: 4,
  strong: 4,
  adequate: 3,
  satisfactory: 3,
  fair: 3,
  weak: 2,
  poor: 2,
  "requires improvement": 2,
  "very poor": 1,
  "very weak": 1,
  inadequate: 1,
};
const NOT_ASSESSED = /^(not (yet )?(assessed|rated)|unassessed|unrated|n\/?a|none|-|–|—|tbc|pending)\.?$/i;

export function parseRating(cell: CellValue): Value {
  const text = cellText(cell);
  if (text === "") return { kind: "blank" };
  if (isCellError(cell)) return { kind: "unreadable", text, reason: "the cell shows a spreadsheet error" };
  if (NOT_ASSESSED.test(text)) return { kind: "blank" };
  const n = typeof cell === "number" ? cell : Number((/^(\d+(?:\.\d+)?)\s*(?:\/\s*5|out of 5)?$/i.exec(text) ?? [])[1]);
  if (Number.isFinite(n)) {
    return n >= 1 && n <= 5 ? { kind: "rating", rating: n, text } : { kind: "unreadable", text, reason: "a rating must be from 1 to 5" };
  }
  const word = WORDS[text.toLowerCase().replace(/\s+/g, " ")];
  if (word !== undefined) return { kind: "rating", rating: word, text };
  return { kind: "unreadable", text, reason: "not a rating from 1 to 5 (or a word such as good, adequate, weak)" };
}
