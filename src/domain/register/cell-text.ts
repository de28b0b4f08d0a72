import type { CellError, CellValue } from "../model.js";

export function isCellError(cell: CellValue): cell is CellError {
  return typeof cell === "object" && cell !== null && !(cell instanceof Date) && "error" in cell;
}

/** The cell as a person reads it, trimmed; an error cell reads as its code (e.g. "#REF!"). */
export function cellText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  return String(cell.error ?? "#ERROR");
}

export function isBlank(cell: CellValue | undefined): boolean {
  return cellText(cell) === "";
}

const EDGES = " .,;:!?()[]{}\"'*";

/** Drops surrounding punctuation and spaces ("TBC." -> "tbc"), keeping the text if nothing else is left ("?" stays "?"). */
export function stripEdges(s: string, extraEdges = ""): string {
  const edge = EDGES + extraEdges;
  let start = 0;
  let end = s.length;
  while (start < end && edge.includes(s.charAt(start))) start++;
  while (end > start && edge.includes(s.charAt(end - 1))) end--;
  return start === end ? s : s.slice(start, end);
}

/** `cellText` that cannot throw, whatever odd object a cell holds. */
export function safeText(cell: CellValue): string {
  try {
    return cellText(cell);
  } catch {
    return "";
  }
}
