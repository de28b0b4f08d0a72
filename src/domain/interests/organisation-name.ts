// Organisation names as registers write them: partner lists, and keys for
// comparing a partner with an organisation in a register of interests. Pure: no I/O.

import { memoise } from "../memo.js";
import type { CellValue } from "../model.js";
import { cellText, isCellError } from "../register/cell-text.js";
import { foldDiacritics } from "./person-name.js";

/** Legal-form words dropped from the end of a name. */
const LEGAL_SUFFIXES = new Set(["ltd", "limited", "plc", "llp", "lp", "cic", "cio", "inc", "incorporated"]);

/** Text that names no organisation: its key is "" and it matches nothing. */
const PLACEHOLDERS = new Set([
  "none",
  "nil",
  "n a",
  "na",
  "not applicable",
  "tbc",
  "tba",
  "tbd",
  "to be confirmed",
  "unknown",
  "not known",
  "various",
  "other",
  "others",
  "pending",
]);

/**
 * A key for comparing organisation names: lower case; diacritics removed;
 * "&" and "+" read as "and"; apostrophes and dots dropped ("St John's" ->
 * "st johns", "C.I.C." -> "cic"); other punctuation and brackets read as
 * spaces; spacing folded; a leading "the" dropped; legal forms dropped from
 * the end, repeatedly ("ltd", "limited", "plc", "llp", "lp", "cic", "cio",
 * "inc", "incorporated", and "limited by guarantee"). A trailing "co" is
 * dropped too ("Acme Co Ltd" -> "acme") except after "and" ("Smith & Co"
 * stays "smith and co"). "None", "n/a", "tbc" and the like give "". Never throws.
 */
export function organisationKey(name: string): string {
  return cachedOrganisationKey(String(name ?? ""));
}

const cachedOrganisationKey = memoise((name: string): string => {
  try {
    return buildKey(name);
  } catch {
    return "";
  }
});

function buildKey(name: string): string {
  let s = foldDiacritics(String(name ?? ""))
    .toLowerCase()
    .replace(/[’‘`´ʼ']/g, "")
    .replace(/\./g, "")
    .replace(/[&+]/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (PLACEHOLDERS.has(s)) return "";
  const words = s === "" ? [] : s.split(" ");
  if (words[0] === "the" && words.length > 1) words.shift();
  for (;;) {
    const n = words.length;
    const last = words[n - 1];
    if (n <= 1 || last === undefined) break;
    if (LEGAL_SUFFIXES.has(last)) {
      words.pop();
    } else if (last === "guarantee" && words[n - 2] === "by" && n > 3 && LEGAL_SUFFIXES.has(words[n - 3] ?? "")) {
      words.splice(n - 3, 3);
    } else if (last === "co" && words[n - 2] !== "and") {
      words.pop();
    } else {
      break;
    }
  }
  s = words.join(" ");
  return s;
}

/** Whether `inner` occurs in `outer` as a run of whole words. */
function containsRun(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((w, j) => outer[i + j] === w)) return true;
  }
  return false;
}

/**
 * Whether two organisation names name the same body.
 * - "exact": the keys are equal ("Canal & River Trust" / "The Canal and River Trust Ltd").
 * - "possible": the shorter key, of two words or more, runs whole-word inside
 *   the longer ("Canal and River Trust" / "Canal and River Trust Midlands").
 * - "none": otherwise, and whenever either key is "".
 * Symmetric; never throws.
 */
export function matchOrganisations(a: string, b: string): "exact" | "possible" | "none" {
  // Two levels of map, not one keyed on "a|b": the names are the same few strings over and over, and a joined key
  // would be a new string to hash on every call.
  let withA = matches.get(a);
  if (!withA) {
    if (matches.size >= 2_000) matches.clear();
    matches.set(a, (withA = new Map()));
  }
  let m = withA.get(b);
  if (m === undefined) {
    m = compareOrganisations(a, b);
    if (withA.size >= 20_000) withA.clear();
    withA.set(b, m);
  }
  return m;
}

const matches = new Map<string, Map<string, "exact" | "possible" | "none">>();

function compareOrganisations(a: string, b: string): "exact" | "possible" | "none" {
  const ka = organisationKey(a);
  const kb = organisationKey(b);
  if (ka === "" || kb === "") return "none";
  if (ka === kb) return "exact";
  const wa = ka.split(" ");
  const wb = kb.split(" ");
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.length >= 2 && containsRun(longer, shorter)) return "possible";
  return "none";
}

/**
 * The partner organisations a cell lists, separated by ";", new lines, ",",
 * "|" or " / " (a slash with a space on either side). "&" and "and" are
 * part of names ("Canal & River Trust", "Marks and Spencer") and never
 * separate. A list marker at the start of a line ("- ", "• ", "1. ") is
 * dropped; pieces are trimmed; pieces with no letter or digit and
 * placeholders such as "none" or "n/a" are dropped. Error cells give [].
 */
export function splitOrganisations(cell: CellValue): string[] {
  if (isCellError(cell)) return [];
  const text = cellText(cell);
  if (text === "") return [];
  return text
    .split(/[;\n\r,|•\u2028\u2029]|\s+\/\s*|\s*\/\s+/)
    .map((p) =>
      p
        .replace(/^\s*(?:[-–*·▪●◦]|\d{1,2}[.)])\s+(?=\S)/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((p) => /[\p{L}\p{N}]/u.test(p) && organisationKey(p) !== "");
}
