// Reading a money cell: numbers, and the ways people type amounts in pounds.

import type { CellValue, Value } from "../../model.js";
import { cellText, isCellError, stripEdges, safeText } from "../cell-text.js";

const PENDING = new Set(["tbc", "tba", "tbd", "pending", "to be confirmed", "to be agreed", "to be determined", "awaiting"]);
const NOT_APPLICABLE = new Set(["n/a", "na", "n.a.", "n.a", "n / a", "not applicable"]);
/** Words and marks that mean no money at all. "£ -" is how Excel's accounting format shows zero. */
const ZERO = new Set(["nil", "£nil", "£ nil", "none", "zero", "nothing", "no cost", "-", "–", "—", "£-", "£ -"]);

const MULTIPLIER: Record<string, number> = { k: 3, thousand: 3, m: 6, mn: 6, million: 6, b: 9, bn: 9, billion: 9 };

/** "pa", "p.a.", "per annum", "/yr" and the like: the amount is already a yearly one, so the words are dropped. */
const YEARLY = / ?(?:p\.? ?a\.?|p\/a|per (?:annum|year|yr)|a year|each year|annually|yearly|\/ ?(?:yr|year|annum|pa))$/;
const MONTHLY = /(?:per (?:month|mth|calendar month)|a month|each month|monthly|p\.? ?c\.? ?m\.?|\/ ?(?:month|mth))$/;
const WEEKLY = /(?:per (?:week|wk)|a week|each week|weekly|p\.? ?w\.?|\/ ?(?:week|wk))$/;
const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))? ?(k|thousand|mn|million|m|bn|billion|b)?(?: ?(?:gbp|pounds?|£))?$/;

/**
 * Reads a money cell as an amount in pounds (negative allowed: "(£500)" and
 * "-£500" are -500), "pending" (tbc…), "notApplicable" (N/A), or "unreadable"
 * with a reason. Nil, none, zero and a lone dash are £0. Yearly wording
 * ("pa", "per annum") is accepted and dropped; monthly or weekly amounts,
 * ranges, words and two amounts are unreadable. Never throws.
 */
export function parseMoney(cell: CellValue): Value {
  try {
    return readMoney(cell);
  } catch {
    return { kind: "unreadable", text: safeText(cell), reason: "not an amount we can read" };
  }
}

function readMoney(cell: CellValue): Value {
  const text = cellText(cell);
  if (isCellError(cell)) return { kind: "unreadable", text, reason: `an Excel error (${text}), not an amount` };
  if (typeof cell === "boolean") return { kind: "unreadable", text, reason: "a yes/no value, not an amount" };
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? { kind: "money", amount: cell || 0, text }
      : { kind: "unreadable", text, reason: "not a number we can read as an amount" };
  }
  if (cell instanceof Date) return { kind: "unreadable", text, reason: "a date, not an amount" };
  if (typeof cell !== "string") {
    return text === "" ? { kind: "blank" } : { kind: "unreadable", text, reason: "not an amount we can read" };
  }
  if (text === "") return { kind: "blank" };
  return fromText(text);
}

function fromText(text: string): Value {
  const lower = text
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const key = stripEdges(lower);
  if (PENDING.has(key)) return { kind: "pending", text };
  if (NOT_APPLICABLE.has(key) || NOT_APPLICABLE.has(lower)) return { kind: "notApplicable", text };
  if (ZERO.has(key) || ZERO.has(lower)) return { kind: "money", amount: 0, text };

  const amount = readAmount(lower);
  if (typeof amount === "number") return { kind: "money", amount, text };
  return { kind: "unreadable", text, reason: amount.reason };
}

function readAmount(input: string): number | { reason: string } {
  if (MONTHLY.test(input)) return { reason: "a monthly amount; the register needs the amount a year" };
  if (WEEKLY.test(input)) return { reason: "a weekly amount; the register needs the amount a year" };
  let s = input.replace(YEARLY, "").trim();

  let negative = false;
  if (s.startsWith("(") && s.endsWith(")")) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  const signed = (): void => {
    if (/^[-−–]/.test(s)) {
      if (negative) return;
      negative = true;
      s = s.slice(1).trim();
    }
  };
  signed();
  if (s.startsWith("£")) s = s.slice(1).trim();
  else if (s.startsWith("gbp")) s = s.slice(3).trim();
  signed();

  const m = AMOUNT.exec(s);
  if (!m) return { reason: whyNot(input) };
  const whole = (m[1] as string).replace(/,/g, "");
  const fraction = m[2] ?? "";
  const power = m[3] === undefined ? 0 : (MULTIPLIER[m[3]] ?? 0);
  // Shift the decimal point in the text so 1.2m is exactly 1200000, not 1.2 * 1e6.
  const amount = Number(`${whole}${fraction ? `.${fraction}` : ""}e${power}`);
  if (!Number.isFinite(amount)) return { reason: "a number too large to read" };
  return negative ? -amount || 0 : amount;
}

function whyNot(s: string): string {
  if (!/\d/.test(s)) return "not an amount we can read (no figures)";
  if (/\d ?(?:[kmb]|bn|mn)? ?(?:-|–|—|to) ?£?\d/.test(s)) return "a range, not one amount";
  if (/\d[^\d,.]+\d/.test(s)) return "more than one amount";
  return "not an amount we can read";
}


