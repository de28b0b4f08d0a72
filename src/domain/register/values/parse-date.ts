// Reading a date cell: Excel serials, Date objects, and the ways people type dates in UK registers.

import type { CellValue, Value } from "../../model.js";
import { formatUkDate, isoFromExcelSerial, isoFromParts, isoFromUtcDate, MAX_YEAR, MIN_YEAR, MONTH_NAMES } from "../calendar.js";
import { cellText, isCellError, stripEdges, safeText } from "../cell-text.js";

const PENDING = new Set(["tbc", "tba", "tbd", "pending", "to be confirmed", "to be agreed", "awaiting", "in progress", "draft", "due", "?", "not yet"]);
const NOT_APPLICABLE = new Set(["n/a", "na", "n.a.", "n.a", "n / a", "not applicable"]);
const MISSING = new Set(["none", "never", "no", "n", "not reviewed", "not done", "-", "–", "—", "nil"]);

/** Leading words that make the whole cell not yet known, even with a date after them ("TBC (March 2025)"). */
const PENDING_START = /^(?:tbc|tba|tbd|pending|to be (?:confirmed|agreed|arranged|scheduled)|awaiting|not yet|in progress|draft)(?![a-z0-9])/;
/** Leading words that say it never happened ("Never reviewed", "Not reviewed since 2019", "No review since 01/01/2020"). */
const MISSING_START = /^(?:never|none|no|not (?:yet )?(?:reviewed|done|held|carried out))(?![a-z0-9/.])/;

const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";

// Each pattern is tried (sticky) at the start of every word; all are bounded, so scanning is linear.
const ISO = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:t\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:z|[+-]\d{2}(?::?\d{2})?)?)?(?![0-9])/y;
const DAY_MONTH_YEAR = /(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![0-9])/y;
const DAY_NAME_YEAR = new RegExp(
  `(\\d{1,2})(?:st|nd|rd|th)?[\\s.,-]{0,3}(?:of\\s{1,3})?(${MONTHS})(?![a-z])\\.?(?:[\\s.,'-]{0,3}(\\d{4}|\\d{2})(?![0-9]))?`,
  "y",
);
const NAME_DAY_YEAR = new RegExp(`(${MONTHS})(?![a-z])\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}(\\d{4})(?![0-9])`, "y");
const NAME_YEAR = new RegExp(`(${MONTHS})(?![a-z])\\.?[\\s.,'-]{0,3}(\\d{4}|\\d{2})(?![0-9])`, "y");

type Found = { iso: string; reason?: undefined } | { iso?: undefined; reason: string };

/**
 * Reads a date cell as a date, "pending" (tbc…), "notApplicable" (N/A),
 * evidence "missing" (none, never, -) or "unreadable" with a reason. Never throws.
 *
 * Day-first always: "03/31/2025" is unreadable (there is no month 31), never
 * silently swapped. A two-digit year is 20yy. A month and year with no day
 * ("March 2025", "Mar-25") is read as the FIRST day of that month. Text with
 * exactly one date in it ("Reviewed 12/03/2025") gives that date.
 */
export function parseDate(cell: CellValue): Value {
  try {
    return readDate(cell);
  } catch {
    return { kind: "unreadable", text: safeText(cell), reason: "not a date we can read" };
  }
}

function readDate(cell: CellValue): Value {
  const text = cellText(cell);
  if (isCellError(cell)) return { kind: "unreadable", text, reason: `an Excel error (${text}), not a date` };
  if (typeof cell === "boolean") return { kind: "unreadable", text, reason: "a yes/no value, not a date" };
  if (typeof cell === "number") return fromNumber(cell, text);
  if (cell instanceof Date) {
    const iso = isoFromUtcDate(cell);
    return iso ? { kind: "date", date: iso, text } : { kind: "unreadable", text, reason: "not a date we can read (an invalid or out-of-range date)" };
  }
  if (typeof cell !== "string") {
    return text === "" ? { kind: "blank" } : { kind: "unreadable", text, reason: "not a date we can read" };
  }
  if (text === "") return { kind: "blank" };
  return fromText(text);
}

function fromNumber(n: number, text: string): Value {
  if (!Number.isFinite(n)) return { kind: "unreadable", text, reason: "not a number we can read as a date" };
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return { kind: "unreadable", text, reason: "a year alone, not a date" };
  if (Math.floor(n) === 60) return { kind: "unreadable", text, reason: "Excel's 29 February 1900, a day that never existed" };
  const iso = isoFromExcelSerial(n);
  return iso ? { kind: "date", date: iso, text } : { kind: "unreadable", text, reason: `not a date we can read (the number ${text})` };
}

function fromText(text: string): Value {
  const lower = text
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const key = stripEdges(lower);
  if (PENDING.has(lower) || PENDING.has(key)) return { kind: "pending", text };
  if (NOT_APPLICABLE.has(lower) || NOT_APPLICABLE.has(key)) return { kind: "notApplicable", text };
  if (MISSING.has(lower) || MISSING.has(key)) return { kind: "evidence", state: "missing", text };
  if (MISSING_START.test(key)) return { kind: "evidence", state: "missing", text };
  if (PENDING_START.test(key)) return { kind: "pending", text };
  if (/^\d{4}$/.test(key)) return { kind: "unreadable", text, reason: "a year alone, not a date" };

  const found = findDates(lower);
  const bad = found.find((f) => f.reason !== undefined);
  if (bad?.reason) return { kind: "unreadable", text, reason: bad.reason };
  const dates = [...new Set(found.map((f) => f.iso as string))];
  if (dates.length === 1) return { kind: "date", date: dates[0] as string, text };
  if (dates.length > 1) {
    return { kind: "unreadable", text, reason: `more than one date (${dates.slice(0, 2).map(formatUkDate).join(" and ")})` };
  }
  return { kind: "unreadable", text, reason: "not a date we can read" };
}

/** Every date-like phrase in the text, each read or given the reason it cannot be. */
function findDates(s: string): Found[] {
  const found: Found[] = [];
  let i = 0;
  while (i < s.length) {
    if (isWordChar(s.charCodeAt(i)) && (i === 0 || !isWordChar(s.charCodeAt(i - 1)))) {
      const hit = matchAt(s, i);
      if (hit) {
        found.push(hit.found);
        i = hit.end;
        continue;
      }
    }
    i++;
  }
  return found;
}

function matchAt(s: string, at: number): { found: Found; end: number } | null {
  let m = exec(ISO, s, at);
  if (m) return { found: fromParts(Number(m[4]), Number(m[3]), m[1] as string), end: ISO.lastIndex };
  m = exec(DAY_MONTH_YEAR, s, at);
  if (m) return { found: fromParts(Number(m[1]), Number(m[3]), m[4] as string), end: DAY_MONTH_YEAR.lastIndex };
  m = exec(DAY_NAME_YEAR, s, at);
  if (m) {
    const month = monthNumber(m[2] as string);
    const found: Found =
      m[3] === undefined
        ? { reason: `no year given (${Number(m[1])} ${MONTH_NAMES[month - 1]})` }
        : fromParts(Number(m[1]), month, m[3]);
    return { found, end: DAY_NAME_YEAR.lastIndex };
  }
  m = exec(NAME_DAY_YEAR, s, at);
  if (m) return { found: fromParts(Number(m[2]), monthNumber(m[1] as string), m[3] as string), end: NAME_DAY_YEAR.lastIndex };
  m = exec(NAME_YEAR, s, at);
  // A month and year alone is read as the first day of that month.
  if (m) return { found: fromParts(1, monthNumber(m[1] as string), m[2] as string), end: NAME_YEAR.lastIndex };
  return null;
}

function exec(pattern: RegExp, s: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(s);
}

function fromParts(day: number, month: number, yearText: string): Found {
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  const iso = isoFromParts(year, month, day);
  if (iso) return { iso };
  if (month < 1 || month > 12) return { reason: `not a date we can read (day ${day}, month ${month})` };
  if (year < MIN_YEAR || year > MAX_YEAR) return { reason: `not a date we can read (year ${yearText})` };
  return { reason: `not a date we can read (${MONTH_NAMES[month - 1]} ${year} has no day ${day})` };
}

function monthNumber(name: string): number {
  const index = MONTH_NAMES.findIndex((full) => full.toLowerCase().startsWith(name.slice(0, 3)));
  return index + 1;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122);
}


