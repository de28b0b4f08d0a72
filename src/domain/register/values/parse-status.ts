// Reading a partnership's status cell as one of the protocol's stages.

import type { CellValue, Status, Value } from "../../model.js";
import { cellText, isCellError } from "../cell-text.js";

/**
 * Opening words of each status. A cell counts when it starts with one of
 * these as whole words, so "Closed 2024" and "Active - reviewed annually"
 * count, while "Inactive" is not "active" and "Reviewed 2024" is not "review".
 * Longer phrases come before the shorter ones they begin with.
 */
const STARTS: readonly (readonly [Status, readonly string[]])[] = [
  ["closed", ["no longer active", "no longer running", "not active", "wound up", "closed", "dissolved", "ended", "terminated", "ceased", "expired", "inactive", "finished", "completed", "complete", "withdrawn", "defunct", "discontinued", "disbanded", "lapsed"]],
  ["closing", ["being wound up", "winding up", "winding down", "being closed", "in exit", "exiting", "closing", "ending", "notice given", "due to close", "due to end", "to close", "to end"]],
  ["underReview", ["under review", "being reviewed", "review", "on hold", "suspended", "paused", "under consideration"]],
  ["proposed", ["pending approval", "pending", "proposed", "proposal", "planned", "in development", "under development", "being set up", "being established", "in set up", "in setup", "new", "pipeline", "in the pipeline", "draft", "not yet started"]],
  ["active", ["active", "live", "current", "ongoing", "on going", "operational", "open", "in place", "running", "established", "yes", "in operation", "in force"]],
];

const PATTERNS: readonly (readonly [Status, RegExp])[] = STARTS.map(
  ([status, words]) => [status, new RegExp(`^(?:${words.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "u")] as const,
);

/**
 * Reads a status cell: "blank", a known `status`, or status "unknown" for any
 * other wording (the text is kept for the report). Only an Excel error cell
 * is "unreadable". Never throws.
 */
export function parseStatus(cell: CellValue): Value {
  try {
    return readStatus(cell);
  } catch {
    return { kind: "status", status: "unknown", text: safeText(cell) };
  }
}

function readStatus(cell: CellValue): Value {
  const text = cellText(cell);
  if (isCellError(cell)) return { kind: "unreadable", text, reason: `an Excel error (${text}), not a status` };
  if (text === "") return { kind: "blank" };
  const key = text
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f\u00a0\u2000-\u200b\u202f\u3000_]/g, " ")
    .replace(/\s+/g, " ")
    .replace(/^[^\p{L}\p{N}]+/u, "")
    .replace(/^\(?\s*[0-9]{1,2}\s*[.)]\s*/, "");
  for (const [status, pattern] of PATTERNS) {
    if (pattern.test(key)) return { kind: "status", status, text };
  }
  return { kind: "status", status: "unknown", text };
}

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s-]+");
}

function safeText(cell: CellValue): string {
  try {
    return cellText(cell);
  } catch {
    return "";
  }
}
