// Reading a cell that names people: representatives, sponsoring and accountable officers.

import type { CellValue, Person, Value } from "../model.js";
import { cellText, isCellError } from "../register/cell-text.js";
import { canonicalCapacity, looksLikePersonName, splitNameAndCapacity, stripTitles } from "./person-name.js";

/** Words that fill a people cell when nobody is named. */
const PLACEHOLDERS = new Set([
  "vacant",
  "vacancy",
  "post vacant",
  "position vacant",
  "seat vacant",
  "currently vacant",
  "vacant post",
  "vacant seat",
  "tbc",
  "tba",
  "tbd",
  "tbc tba",
  "to be confirmed",
  "to be appointed",
  "to be agreed",
  "to be advised",
  "to be determined",
  "to be nominated",
  "awaiting appointment",
  "awaiting nomination",
  "pending",
  "pending appointment",
  "not yet appointed",
  "not appointed",
  "none appointed",
  "none",
  "nobody",
  "no one",
  "noone",
  "n/a",
  "na",
  "n a",
  "nil",
  "not applicable",
  "not known",
  "unknown",
  "various",
  "no representative",
  "no council representative",
  "not required",
  "none required",
]);

/** Whether a name (capacity already removed) is a placeholder such as "vacant", "tbc", "n/a", "-". */
function isPlaceholder(text: string): boolean {
  if (!/\p{L}/u.test(text)) return true;
  if (text.length > 60) return false;
  const k = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[([{][^)\]}]*[)\]}]?/g, " ")
    .replace(/[.'’]/g, "")
    .replace(/[^a-z/]+/g, " ")
    .replace(/\s*\/\s*/g, "/")
    .trim();
  return PLACEHOLDERS.has(k) || PLACEHOLDERS.has(k.replace(/\//g, " ").replace(/\s+/g, " "));
}

interface Range {
  start: number;
  end: number;
}

function slice(text: string, r: Range): string {
  return text.slice(r.start, r.end).trim();
}

/**
 * Splits `text[range]` at separators outside brackets. `sepAt(i)` gives the
 * separator's length at i, or 0. Returns the pieces and the separators between them.
 */
function splitOutside(text: string, range: Range, sepAt: (i: number) => number): { pieces: Range[]; seps: Range[] } {
  const pieces: Range[] = [];
  const seps: Range[] = [];
  let depth = 0;
  let start = range.start;
  for (let i = range.start; i < range.end; ) {
    const ch = text[i] ?? "";
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth = Math.max(0, depth - 1);
    const len = depth === 0 ? sepAt(i) : 0;
    if (len > 0) {
      pieces.push({ start, end: i });
      seps.push({ start: i, end: i + len });
      i += len;
      start = i;
    } else {
      i++;
    }
  }
  pieces.push({ start, end: range.end });
  return { pieces, seps };
}

/** Lines, semicolons, pipes and bullets separate people whatever they hold. */
function splitStrong(text: string): Range[] {
  const { pieces } = splitOutside(text, { start: 0, end: text.length }, (i) => (/[\n\r;|•\u2028\u2029]/.test(text[i] ?? "") ? 1 : 0));
  return pieces
    .map((r) => {
      // A list marker at the start of a line: "- ", "* ", "1. ", "2) ".
      const m = text.slice(r.start, r.end).match(/^\s*(?:[-–*·▪●◦]|\d{1,2}[.)])\s+(?=\S)/);
      return m ? { start: r.start + m[0].length, end: r.end } : r;
    })
    .filter((r) => slice(text, r) !== "");
}

function withoutBrackets(s: string): string {
  return s.replace(/[([{][^)\]}]*(?:[)\]}]|$)/g, " ").replace(/\s+/g, " ").trim();
}

/** A phrase that is only a capacity, only honours or titles, or no word at all: it belongs to its neighbour. */
function isAttachment(s: string): boolean {
  const t = s.trim();
  if (!/\p{L}/u.test(t)) return true;
  if (canonicalCapacity(t) !== null) return true;
  const bare = withoutBrackets(t);
  if (bare === "" || canonicalCapacity(bare) !== null) return true;
  return stripTitles(`X ${bare}`) === "X" || /^(?:acting\s+)?as\s/i.test(bare);
}

const NAME_WORD = /^\p{L}[\p{L}'’‘\-]*$/u;

/** "Khan", "O'Neill", "Smith-Jones": one surname-shaped word. */
function isSurnameWord(s: string): boolean {
  const w = s.trim();
  return NAME_WORD.test(w) && looksLikePersonName(`Mr ${w}`) && !isPlaceholder(w);
}

/** "Aisha", "Jane Anne", "A", "A.J.": a forename part of one or two words or initials. */
function isForenamePart(s: string): boolean {
  const words = s
    .trim()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0 || words.length > 2) return false;
  if (canonicalCapacity(s) !== null || isPlaceholder(s)) return false;
  return words.every((w) => NAME_WORD.test(w) || /^(?:\p{L}\.)+\p{L}?$/u.test(w));
}

function isInitialsPart(s: string): boolean {
  return /^(?:\p{Lu}\.?\s?){1,3}$/u.test(s.trim());
}

/**
 * "SURNAME, Forename": one surname word before a single comma and one or two
 * forename words (or initials) after it, titles, honours and capacities aside.
 */
function isSurnameCommaForename(segment: string): boolean {
  const { name } = splitNameAndCapacity(segment);
  const bare = stripTitles(name);
  const commas = bare.split(",");
  if (commas.length !== 2) return false;
  const left = stripTitles(commas[0] ?? "");
  const right = stripTitles(commas[1] ?? "");
  return isSurnameWord(left) && isForenamePart(right);
}

/** Commas and slashes between people, except where the piece is a capacity or a "SURNAME, Forename". */
function splitWeak(text: string, seg: Range): Range[] {
  const segmentText = text.slice(seg.start, seg.end);
  if (isSurnameCommaForename(segmentText)) return [seg];
  const { pieces } = splitOutside(text, seg, (i) => (/[,/]/.test(text[i] ?? "") ? 1 : 0));
  if (pieces.length === 1) return pieces;

  // "Khan, A, Smith, J": surname and initials in pairs.
  const texts = pieces.map((r) => slice(text, r));
  const commaOnly = !/\//.test(withoutBrackets(segmentText));
  if (
    commaOnly &&
    texts.length >= 4 &&
    texts.length % 2 === 0 &&
    texts.every((t, i) => (i % 2 === 0 ? isSurnameWord(stripTitles(t)) : isInitialsPart(withoutBrackets(t))))
  ) {
    const out: Range[] = [];
    for (let i = 0; i < pieces.length; i += 2) out.push({ start: pieces[i]?.start ?? 0, end: pieces[i + 1]?.end ?? 0 });
    return out;
  }

  // Capacities, honours and empty pieces join the piece before them ("Jane Smith, Chair", "Director/Trustee").
  const out: Range[] = [];
  for (const r of pieces) {
    const prev = out[out.length - 1];
    if (prev && isAttachment(slice(text, r))) prev.end = r.end;
    else out.push({ ...r });
  }
  // A capacity written first joins the piece after it ("Chair, Jane Smith").
  const first = out[0];
  const second = out[1];
  if (first && second && isAttachment(slice(text, first))) {
    out.splice(0, 2, { start: first.start, end: second.end });
  }
  return out;
}

/** "Jane Smith and Tom Brown", "Cllr Smith & Cllr Jones": split only where both sides read as a person's name. */
function splitAnd(text: string, part: Range): Range[] {
  const re = /\s+(?:and|&)\s+|\s*&\s*/iy;
  const { pieces } = splitOutside(text, part, (i) => {
    re.lastIndex = i;
    const m = re.exec(text);
    return m && i + m[0].length <= part.end ? m[0].length : 0;
  });
  if (pieces.length === 1) return pieces;
  const out: Range[] = [];
  let current = pieces[0] ?? part;
  for (const next of pieces.slice(1)) {
    if (looksLikePersonName(splitNameAndCapacity(slice(text, current)).name) && looksLikePersonName(splitNameAndCapacity(slice(text, next)).name)) {
      out.push(current);
      current = next;
    } else {
      current = { start: current.start, end: next.end };
    }
  }
  out.push(current);
  return out;
}

/** Whether the capacity written at the end of a piece is plural ("(Trustees)", "- directors"). */
function pluralCapacity(raw: string): boolean {
  const m = raw.match(/[([{]([^)\]}]*)[)\]}]\s*$/) ?? raw.match(/\s[-–—]\s*([^-–—]+)$/);
  const phrase = (m?.[1] ?? "").trim().toLowerCase();
  return canonicalCapacity(phrase) !== null && /(?:s|men|women|people|ies)$/.test(phrase);
}

function toPerson(raw: string): Person | null {
  const { name, capacity } = splitNameAndCapacity(raw);
  const plain = stripTitles(name).replace(/^["'“”‘’]+|["'“”‘’]+$/g, "").trim();
  if (plain === "" || isPlaceholder(plain) || isPlaceholder(name)) return null;
  return { raw, name: plain, capacity };
}

/**
 * Reads a cell naming people. People are separated by new lines, ";", "|",
 * "/" and ","; and by " and " / " & " only where both sides read as a
 * person's name ("Jane Smith & Tom Brown", not "Head of Finance and
 * Performance"). "Khan, Aisha" (one surname word, a comma, one or two forename
 * words) is one person written surname first. Each person keeps the text as
 * written, the name without title or capacity, and the canonical capacity
 * ("director", "trustee", "chair", "vice-chair", "board member", "observer",
 * "member", "secretary", "treasurer", "shareholder representative") or null.
 * "Vacant", "tbc", "n/a", "to be appointed" name nobody: such a cell gives
 * `people: []` with its text, as do a number, a yes/no and a date. An Excel
 * error cell is unreadable. Never throws.
 */
export function parsePeople(cell: CellValue): Value {
  if (isCellError(cell)) {
    const text = cellText(cell);
    return { kind: "unreadable", text, reason: `an Excel error (${text}), not a list of people` };
  }
  const text = cellText(cell);
  if (text === "") return { kind: "blank" };
  // A number, yes/no or date names nobody; the text is kept for the caller to see.
  if (typeof cell !== "string") return { kind: "people", people: [], text };
  try {
    return { kind: "people", people: readPeople(text), text };
  } catch {
    return { kind: "people", people: [], text };
  }
}

function readPeople(text: string): Person[] {
  const people: Person[] = [];
  for (const seg of splitStrong(text)) {
    const segText = slice(text, seg);
    if (isPlaceholder(splitNameAndCapacity(segText).name) || isPlaceholder(segText)) continue;
    for (const part of splitWeak(text, seg)) {
      const group = splitAnd(text, part);
      const found: Person[] = [];
      for (const r of group) {
        const person = toPerson(slice(text, r));
        if (person) found.push(person);
      }
      // "Cllr Smith and Cllr Jones (Trustees)": a plural capacity at the end covers the group.
      const last = found[found.length - 1];
      if (found.length > 1 && last?.capacity && pluralCapacity(last.raw)) {
        for (const p of found) if (p.capacity === null) p.capacity = last.capacity;
      }
      people.push(...found);
    }
  }
  return people;
}
