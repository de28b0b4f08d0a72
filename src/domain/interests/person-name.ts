// People's names as registers write them, reduced to a key that can be compared
// across rows and sheets; and the capacities written beside a name. Pure: no I/O.

import { memoise } from "../memo.js";

/**
 * A person's name reduced for comparison. All strings are lower-case, with
 * diacritics, apostrophes and dots removed (hyphens kept: "smith-jones").
 */
export interface PersonKey {
  /** The surname, e.g. "khan", "smith-jones", "van der berg"; "" when the text holds no name. */
  surname: string;
  /**
   * Given names in the order written. A name given only as an initial is the
   * single letter ("A.J. Smith" gives ["a", "j"]; "Jane A Smith" gives ["jane", "a"]).
   */
  forenames: string[];
  /** The first letter of each forename, in order. */
  initials: string[];
  /** A readable form, forenames first, without titles: "Aisha Khan", "A J Smith". */
  display: string;
  /**
   * Canonical titles written before the name ("cllr", "mr", "dr", …), sorted.
   * Only used to tell apart two names written with initials alone. Absent means none.
   */
  titles?: string[];
}

export type NameMatch = "exact" | "possible" | "none";

/** Titles that may precede a name, as they appear folded to lower case, and the canonical form kept. */
const TITLES: Record<string, string> = {
  cllr: "cllr",
  clr: "cllr",
  councillor: "cllr",
  councilor: "cllr",
  mr: "mr",
  mister: "mr",
  mrs: "mrs",
  ms: "ms",
  miss: "miss",
  mx: "mx",
  dr: "dr",
  doctor: "dr",
  prof: "prof",
  professor: "prof",
  sir: "sir",
  dame: "dame",
  rev: "rev",
  revd: "rev",
  reverend: "rev",
  lord: "lord",
  lady: "lady",
  hon: "hon",
  honourable: "hon",
  honorable: "hon",
  rt: "",
  right: "",
  alderman: "alderman",
  ald: "alderman",
};

/** Honours and suffixes written after a name; dropped. */
const HONOURS = new Set([
  "obe",
  "mbe",
  "cbe",
  "kbe",
  "dbe",
  "bem",
  "jp",
  "mp",
  "mep",
  "msp",
  "dl",
  "qc",
  "kc",
  "phd",
  "frs",
  "esq",
  "jr",
  "jnr",
  "sr",
  "snr",
  "ii",
  "iii",
]);

/** Lower-case words that belong to the surname that follows them ("van der Berg", "de la Cruz", "St John"). */
const PARTICLES = new Set([
  "van",
  "von",
  "der",
  "den",
  "de",
  "del",
  "della",
  "di",
  "da",
  "du",
  "la",
  "le",
  "dos",
  "das",
  "st",
  "ter",
  "ten",
  "bin",
  "binti",
  "ibn",
  "al",
  "el",
  "ap",
]);

const SPECIAL_LETTERS: Record<string, string> = {
  ø: "o",
  Ø: "O",
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Removes diacritics ("é" -> "e") and a few letters that do not decompose ("ø" -> "o"). Keeps case. */
export function foldDiacritics(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[øØßæÆœŒłŁđĐðþı]/g, (c) => SPECIAL_LETTERS[c] ?? c);
}

function fold(s: string): string {
  return foldDiacritics(s).toLowerCase();
}

/** Apostrophes and quotes of every kind, made plain. */
function plainQuotes(s: string): string {
  return s.replace(/[’‘`´ʼ′]/g, "'");
}

function hasLetter(s: string): boolean {
  return /\p{L}/u.test(s);
}

function isUpperWord(t: string): boolean {
  return hasLetter(t) && t === t.toUpperCase() && t !== t.toLowerCase();
}

function isLowerWord(t: string): boolean {
  return hasLetter(t) && t === t.toLowerCase() && t !== t.toUpperCase();
}

/** The canonical title for a token, or undefined when it is not a title. */
export function titleOf(token: string): string | undefined {
  const k = fold(token).replace(/[^a-z]/g, "");
  return Object.prototype.hasOwnProperty.call(TITLES, k) ? TITLES[k] : undefined;
}

/** Whether a token is an honour or suffix written after a name (OBE, JP, MP, Jnr…). */
export function isHonour(token: string): boolean {
  return HONOURS.has(fold(token).replace(/[^a-z]/g, ""));
}

// ---------------------------------------------------------------------------
// Capacities

/** Single capacities, tried in order on a normalised phrase. */
const CAPACITY_PATTERNS: [RegExp, string][] = [
  [/^(?:council\s+|nominated\s+|appointed\s+)*shareholders?\s+rep(?:resentative)?s?$/, "shareholder representative"],
  [/^(?:deputy|vice)[\s-]*chair(?:man|men|woman|women|person|persons|people|s)?(?:\s+of\s+(?:the\s+)?\w+)?$/, "vice-chair"],
  [/^(?:co[\s-]*|joint\s+|independent\s+)?chair(?:man|men|woman|women|person|persons|people|s)?(?:\s+of\s+(?:the\s+)?\w+)?$/, "chair"],
  [/^(?:(?:charity|council|independent|custodian|managing|elected|nominated|appointed|co-?opted)\s+)*trustees?(?:\s+directors?)?$/, "trustee"],
  [/^neds?$|^non[\s-]*execs?$/, "director"],
  [
    /^(?:(?:non[\s-]*exec(?:utive)?|exec(?:utive)?|independent|board|company|nominee|nominated|appointed|alternate|associate|council|statutory|shareholder|lead)\s+)*directors?(?:\s+of\s+(?:the\s+)?(?:board|company))?$/,
    "director",
  ],
  [/^(?:(?:voting|non[\s-]*voting|full|council|independent)\s+)?board\s+members?$|^members?\s+of\s+(?:the\s+)?board$/, "board member"],
  [/^(?:board\s+|non[\s-]*voting\s+)?observers?$/, "observer"],
  [/^(?:company\s+|honorary\s+|hon\s+|board\s+)?secretar(?:y|ies)$/, "secretary"],
  [/^(?:honorary\s+|hon\s+)?treasurers?$/, "treasurer"],
  [
    /^(?:(?:full|voting|non[\s-]*voting|ordinary|co[\s-]*opted|ex[\s-]*officio|committee|council|associate|independent|lay|elected|nominated|appointed)\s+)*members?$/,
    "member",
  ],
];

function normaliseCapacityPhrase(s: string): string {
  return fold(plainQuotes(s))
    .replace(/['.]/g, "")
    .replace(/[–—‐‑]/g, "-")
    .replace(/[^a-z0-9/&,+\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:acting\s+)?as\s+/, "")
    .replace(/^(?:a|an|the)\s+/, "")
    .replace(/^-+\s*|\s*-+$/g, "");
}

function singleCapacity(p: string): string | null {
  const s = p
    .replace(/^(?:a|an|the)\s+/, "")
    .replace(/^-+\s*|\s*-+$/g, "")
    .trim();
  if (s === "") return null;
  for (const [re, canonical] of CAPACITY_PATTERNS) if (re.test(s)) return canonical;
  return null;
}

const FIDUCIARY = new Set(["director", "trustee"]);

/** Of several capacities written together, the one that matters most: the first director or trustee, else the first. */
function pickCapacity(caps: string[]): string | null {
  return caps.find((c) => FIDUCIARY.has(c)) ?? caps[0] ?? null;
}

/**
 * The canonical capacity a phrase names ("Non-Executive Director" -> "director",
 * "Vice Chairman" -> "vice-chair"), or null when the phrase is not wholly a
 * capacity ("Director of Public Health" is a job, not a directorship).
 * "Director and Trustee", "Chair/Trustee" give the first director or trustee.
 */
export function canonicalCapacity(phrase: string): string | null {
  const text = String(phrase ?? "");
  const cached = capacityCache.get(text);
  if (cached !== undefined) return cached;
  const result = readCapacity(text);
  if (capacityCache.size >= 5000) capacityCache.clear();
  capacityCache.set(text, result);
  return result;
}

/** Registers repeat the same few phrases; remembering them keeps a 50,000-row register quick. */
const capacityCache = new Map<string, string | null>();

function readCapacity(phrase: string): string | null {
  const s = normaliseCapacityPhrase(phrase);
  if (s === "") return null;
  const whole = singleCapacity(s);
  if (whole) return whole;
  const parts = s.split(/\s*(?:\/|,|&|\+|\band\b)\s*/).filter((x) => x !== "");
  if (parts.length < 2) return null;
  const caps: string[] = [];
  for (const part of parts) {
    const c = singleCapacity(part);
    if (!c) return null;
    caps.push(c);
  }
  return pickCapacity(caps);
}

const TITLE_WORDS =
  "cllr|clr|councillor|councilor|mr|mister|mrs|ms|miss|mx|dr|doctor|prof|professor|sir|dame|rev|revd|reverend|lord|lady|hon|honourable|honorable|rt|right|the|alderman|ald";
const LEADING_TITLES = new RegExp(`^(?:(?:${TITLE_WORDS})(?:\\.\\s*|\\s+))+`, "i");
const TITLES_AFTER_COMMA = new RegExp(`,\\s*(?:(?:${TITLE_WORDS})(?:\\.\\s*|\\s+))+`, "gi");
const HONOUR_WORDS = [...HONOURS].join("|");
const TRAILING_HONOURS = new RegExp(`(?:[\\s,]+(?:${HONOUR_WORDS})\\.?)+\\s*$`, "i");

/**
 * The name as written without titles before it or honours after it:
 * "Cllr Jane Smith" -> "Jane Smith", "Dr. Priya Patel OBE" -> "Priya Patel",
 * "SMITH, Cllr Jane" -> "SMITH, Jane". The rest is kept as written. When
 * nothing but titles is written the text is returned without them (possibly "").
 */
export function stripTitles(text: string): string {
  let s = String(text ?? "").trim();
  // "The" only counts as a title before "Rt Hon"/"Hon" ("The Rt Hon Jane Smith").
  const lead = s.match(LEADING_TITLES);
  if (lead) {
    const words = lead[0].trim().split(/[\s.]+/).filter((w) => w !== "");
    const onlyThe = words.every((w) => w.toLowerCase() === "the");
    if (!onlyThe) s = s.slice(lead[0].length);
  }
  s = s.replace(TITLES_AFTER_COMMA, ", ");
  s = s.replace(TRAILING_HONOURS, "");
  return s.replace(/^[\s,;:]+|[\s,;:]+$/g, "");
}

function tokenCount(s: string): number {
  return s.split(/\s+/).filter((t) => hasLetter(t)).length;
}

function startsWithTitle(s: string): boolean {
  const first = s.trim().split(/[\s.]+/)[0] ?? "";
  const t = titleOf(first);
  return t !== undefined && t !== "";
}

/** Words that show a phrase is a post, body or description rather than a person's name. */
const NOT_NAME_WORDS = new Set([
  "of",
  "for",
  "the",
  "and",
  "to",
  "in",
  "on",
  "at",
  "by",
  "with",
  "council",
  "borough",
  "county",
  "city",
  "team",
  "service",
  "services",
  "partnership",
  "partnerships",
  "board",
  "group",
  "committee",
  "department",
  "directorate",
  "officer",
  "officers",
  "manager",
  "head",
  "lead",
  "leader",
  "chief",
  "executive",
  "deputy",
  "assistant",
  "director",
  "directors",
  "cabinet",
  "portfolio",
  "holder",
  "mayor",
  "clerk",
  "chair",
  "chairman",
  "member",
  "members",
  "trustee",
  "trustees",
  "representative",
  "secretary",
  "treasurer",
  "observer",
  "vacant",
  "tbc",
  "ltd",
  "limited",
  "plc",
  "trust",
  "nhs",
  "police",
  "health",
]);

/**
 * Whether a phrase reads like one person's name: name-shaped words only, none
 * of them a post or body word, and either two words or more or a title
 * ("Jane Smith", "Cllr Smith", "A.J. Khan"; not "Health", "Head of Finance").
 */
export function looksLikePersonName(text: string): boolean {
  const s = String(text ?? "").trim();
  if (s === "" || canonicalCapacity(s) !== null) return false;
  const titled = startsWithTitle(s);
  const bare = stripTitles(s);
  const words = bare
    .replace(/\./g, ". ")
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0 || words.length > 6) return false;
  for (const w of words) {
    if (!/^\p{L}[\p{L}'’‘\-.]*$/u.test(w)) return false;
    if (NOT_NAME_WORDS.has(fold(w).replace(/[^a-z]/g, ""))) return false;
  }
  const letters = words.filter((w) => hasLetter(w));
  return titled ? letters.length >= 1 : letters.length >= 2;
}

const DASH_SEPARATOR = /\s+[-–—]+\s*|\s*[–—]+\s+/;

/**
 * Splits the capacity written beside a name from the name:
 * "Cllr A Khan (Director)", "J Smith - trustee", "Jane Smith, Chair",
 * "[board member]", "Director: Jane Smith", "Jane Smith as director",
 * "Chair – Jane Smith", "Jane Smith Trustee". The name keeps its title
 * ("Cllr A Khan"); other bracketed or dashed descriptions (a job title such as
 * "Head of Finance") are dropped from the name and give no capacity.
 */
export function splitNameAndCapacity(text: string): { name: string; capacity: string | null } {
  const src = String(text ?? "").trim();
  const cached = splitCache.get(src);
  if (cached) return { ...cached };
  const result = readNameAndCapacity(src);
  if (splitCache.size >= 5000) splitCache.clear();
  splitCache.set(src, result);
  return { ...result };
}

const splitCache = new Map<string, { name: string; capacity: string | null }>();

function readNameAndCapacity(src: string): { name: string; capacity: string | null } {
  const caps: string[] = [];
  const bracketed: string[] = [];
  let s = src.replace(/[([{]([^)\]}]*)(?:[)\]}]|$)/g, (_m, inner: string) => {
    const c = canonicalCapacity(inner);
    if (c) caps.push(c);
    else if (hasLetter(inner)) bracketed.push(inner.trim());
    return " ";
  });
  s = s.replace(/[)\]}]/g, " ").replace(/\s+/g, " ").trim();

  // "Director (Jane Smith)": the brackets hold the name.
  if (bracketed.length === 1 && s !== "" && canonicalCapacity(s) && looksLikePersonName(bracketed[0] ?? "")) {
    return { name: bracketed[0] ?? "", capacity: pickCapacity([canonicalCapacity(s) ?? "", ...caps].filter((c) => c !== "")) };
  }

  // "Director: Jane Smith" — a label before a colon.
  const colon = s.match(/^([^:]{1,60}):\s*(.*)$/);
  if (colon && hasLetter(colon[2] ?? "")) {
    const c = canonicalCapacity(colon[1] ?? "");
    if (c) caps.push(c);
    s = (colon[2] ?? "").trim();
  }

  // "Jane Smith as director", "Jane Smith, acting as trustee".
  for (const m of s.matchAll(/[\s,]+(?:acting\s+)?as\s+/gi)) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    if (!hasLetter(before) || !hasLetter(after)) continue;
    const c = canonicalCapacity(after);
    if (c) caps.push(c);
    s = before.trim();
    break;
  }

  // "J Smith - trustee", "Chair – Jane Smith".
  const dash = s.match(DASH_SEPARATOR);
  if (dash && dash.index !== undefined) {
    const left = s.slice(0, dash.index).trim();
    const right = s.slice(dash.index + dash[0].length).trim();
    if (hasLetter(left) && hasLetter(right)) {
      const leftCap = canonicalCapacity(left);
      const rightCap = canonicalCapacity(right);
      if (leftCap && !rightCap) {
        caps.push(leftCap);
        s = right;
      } else if (rightCap) {
        caps.push(rightCap);
        s = left;
      } else if (looksLikePersonName(right) && !looksLikePersonName(left)) {
        s = right;
      } else {
        s = left;
      }
    } else if (hasLetter(left)) {
      s = left;
    } else {
      s = right;
    }
  }

  // "Jane Smith, Chair" — a capacity after the last comma.
  for (;;) {
    const i = s.lastIndexOf(",");
    if (i < 0) break;
    const c = canonicalCapacity(s.slice(i + 1));
    if (!c || !hasLetter(s.slice(0, i))) break;
    caps.push(c);
    s = s.slice(0, i).trim();
  }

  // "Cllr A Khan Director", "Director Jane Smith": capacity words with no punctuation.
  const words = s.split(/\s+/).filter((w) => w !== "");
  const titled = startsWithTitle(s);
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const rest = words.slice(0, words.length - k);
    const c = canonicalCapacity(words.slice(words.length - k).join(" "));
    if (c && (tokenCount(stripTitles(rest.join(" "))) >= 2 || (titled && tokenCount(stripTitles(rest.join(" "))) >= 1))) {
      caps.push(c);
      words.splice(words.length - k, k);
      break;
    }
  }
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const rest = words.slice(k).join(" ");
    const c = canonicalCapacity(words.slice(0, k).join(" "));
    if (c && (tokenCount(stripTitles(rest)) >= 2 || (startsWithTitle(rest) && tokenCount(stripTitles(rest)) >= 1))) {
      caps.push(c);
      words.splice(0, k);
      break;
    }
  }
  const name = words
    .join(" ")
    .replace(/^[\s,;:\-–—]+|[\s,;:\-–—]+$/g, "")
    .trim();
  return { name, capacity: pickCapacity(caps) };
}

// ---------------------------------------------------------------------------
// Keys

interface Tok {
  /** As written (diacritics kept), for display. */
  text: string;
  /** Lower-case, folded, apostrophes removed. */
  key: string;
}

function tokenise(part: string): Tok[] {
  return plainQuotes(part)
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\./g, " ")
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((t) => hasLetter(t))
    .map((t) => ({
      text: t,
      key: fold(t)
        .replace(/'/g, "")
        .replace(/[^\p{L}\p{N}-]/gu, ""),
    }))
    .filter((t) => t.key !== "" && /\p{L}/u.test(t.key));
}

/** Drops titles from the front (recording them) and honours from the end. */
function trimTitlesAndHonours(toks: Tok[], titles: Set<string>): Tok[] {
  let start = 0;
  while (start < toks.length) {
    const t = toks[start];
    if (!t) break;
    if (t.key === "the" && start + 1 < toks.length && titleOf(toks[start + 1]?.key ?? "") !== undefined) {
      start++;
      continue;
    }
    const title = titleOf(t.key);
    if (title === undefined) break;
    if (title !== "") titles.add(title);
    start++;
  }
  let end = toks.length;
  while (end > start && isHonour(toks[end - 1]?.key ?? "")) end--;
  return toks.slice(start, end);
}

function onlyTitlesOrHonours(part: string): boolean {
  const toks = tokenise(part);
  return toks.length > 0 && toks.every((t) => titleOf(t.key) !== undefined || isHonour(t.key) || t.key === "the");
}

function hasVowel(s: string): boolean {
  return /[aeiouy]/i.test(foldDiacritics(s));
}

/** An all-capitals word that reads as a surname when written before the forenames: "KHAN Aisha". */
function capsSurnameWord(t: Tok): boolean {
  if (!isUpperWord(t.text)) return false;
  if (/[-']/.test(t.text)) return true;
  return t.key.length >= 3 && hasVowel(t.key);
}

function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

function displayWord(t: Tok): string {
  return isUpperWord(t.text) || isLowerWord(t.text) ? titleCase(t.text) : t.text;
}

/**
 * Reduces a written name to a key: titles (Cllr, Councillor, Mr, Dr, Prof,
 * Sir, Dame, Rev, Lord, Lady, Hon…) and honours (OBE, MBE, CBE, JP, MP…)
 * dropped; case, spacing, dots, apostrophes and diacritics normalised;
 * "SURNAME, Forename" and "SURNAME Forename" (one word in capitals, the rest
 * not) read surname first; initials with or without dots ("A.J.", "AJ")
 * split into letters; hyphenated surnames and surnames with a particle
 * ("van der Berg", "St John") kept whole. A capacity written beside the name
 * ("(Director)", "- trustee") is ignored. Never throws.
 */
export function personKey(name: string): PersonKey {
  return cachedPersonKey(String(name ?? ""));
}

/** Keys are shared between callers: treat them as read-only. */
const cachedPersonKey = memoise((name: string): PersonKey => {
  try {
    return buildKey(name);
  } catch {
    return { surname: "", forenames: [], initials: [], display: "" };
  }
});

function buildKey(name: string): PersonKey {
  const written = splitNameAndCapacity(String(name ?? "").normalize("NFC")).name;
  const titles = new Set<string>();

  let parts = written
    .split(",")
    .map((p) => p.trim())
    .filter((p) => hasLetter(p));
  parts = parts.filter((p, i) => i === 0 || !onlyTitlesOrHonours(p));

  let surnameToks: Tok[] = [];
  let foreToks: Tok[] = [];
  let allUpper = false;

  if (parts.length === 2) {
    // "SMITH, Jane", "Khan, Cllr A."
    const first = trimTitlesAndHonours(tokenise(parts[0] ?? ""), titles);
    const second = trimTitlesAndHonours(tokenise(parts[1] ?? ""), titles);
    surnameToks = first.length > 0 ? first : second.slice(-1);
    foreToks = first.length > 0 ? second : second.slice(0, -1);
    allUpper = [...first, ...second].every((t) => isUpperWord(t.text));
  } else {
    const toks = trimTitlesAndHonours(tokenise(parts.join(" ")), titles);
    allUpper = toks.every((t) => isUpperWord(t.text));
    if (toks.length === 1) {
      surnameToks = toks;
    } else if (toks.length > 1) {
      // "KHAN Aisha", "VAN DER BERG Jan": a leading run of capitals when the rest is not in capitals.
      let run = 0;
      while (run < toks.length && isUpperWord(toks[run]?.text ?? "") && (toks[run]?.text.length ?? 0) >= 2) run++;
      const rest = toks.slice(run);
      const leadingCaps =
        !allUpper &&
        run > 0 &&
        rest.length > 0 &&
        toks.slice(0, run).some(capsSurnameWord) &&
        rest.every((t) => !isUpperWord(t.text) || t.text.length === 1);
      // "Smith J", "KHAN A J", "Smith AJ": a surname followed only by initials.
      const shortCaps = (t: Tok) => t.key.length === 1 || (isUpperWord(t.text) && /^\p{L}{2,3}$/u.test(t.text));
      const first = toks[0];
      const trailingInitials = first !== undefined && first.key.length >= 2 && !shortCaps(first) && toks.slice(1).every(shortCaps);
      if (trailingInitials) {
        surnameToks = toks.slice(0, 1);
        foreToks = toks.slice(1);
      } else if (leadingCaps) {
        surnameToks = toks.slice(0, run);
        foreToks = rest;
      } else {
        let start = toks.length - 1;
        while (start > 1 && PARTICLES.has(toks[start - 1]?.key ?? "")) start--;
        surnameToks = toks.slice(start);
        foreToks = toks.slice(0, start);
      }
    }
  }

  const forenames: string[] = [];
  const foreDisplay: string[] = [];
  for (const t of foreToks) {
    const letters = t.key.replace(/[^\p{L}]/gu, "");
    const cluster =
      isUpperWord(t.text) &&
      /^\p{L}+$/u.test(t.text) &&
      (t.text.length === 2 || (t.text.length === 3 && !allUpper));
    if (letters.length === 1 || cluster) {
      for (const ch of [...letters]) {
        forenames.push(ch);
        foreDisplay.push(ch.toUpperCase());
      }
    } else {
      forenames.push(t.key);
      foreDisplay.push(displayWord(t));
    }
  }
  const surname = surnameToks.map((t) => t.key).join(" ");
  const surnameDisplay = surnameToks.map((t, i) =>
    i < surnameToks.length - 1 && PARTICLES.has(t.key) && isLowerWord(t.text) ? t.text : displayWord(t),
  );
  const display = [...foreDisplay, ...surnameDisplay].join(" ");
  const key: PersonKey = {
    surname,
    forenames: surname === "" ? [] : forenames,
    initials: surname === "" ? [] : forenames.map((f) => [...f][0] ?? ""),
    display: surname === "" ? "" : display,
  };
  if (titles.size > 0 && surname !== "") key.titles = [...titles].sort();
  return key;
}

function sameTitles(a: PersonKey, b: PersonKey): boolean {
  const ta = a.titles ?? [];
  const tb = b.titles ?? [];
  return ta.length === tb.length && ta.every((t, i) => t === tb[i]);
}

function isInitial(f: string): boolean {
  return [...f].length === 1;
}

/**
 * Whether two keys name the same person.
 * - "exact": same surname and the same forenames in full ("Jane Smith" and
 *   "SMITH, Jane"); or the same initials written the same way, titles included
 *   ("A Khan" and "a. khan", "Cllr A Khan" and "Councillor A. Khan").
 * - "possible": same surname, and the match relies on an initial ("J Smith" /
 *   "Jane Smith"), on initials alone written differently ("A Khan" / "Cllr A Khan"),
 *   on a middle name one side lacks ("Jane Smith" / "Jane A Smith"), or one side
 *   gives only a surname ("Smith").
 * - "none": different surnames, or forenames that conflict ("Jane" / "John",
 *   "J" / "K"), or either side holds no name.
 * Symmetric; never throws.
 */
export function matchPeople(a: PersonKey, b: PersonKey): NameMatch {
  if (!a || !b || !a.surname || !b.surname || a.surname !== b.surname) return "none";
  const fa = a.forenames ?? [];
  const fb = b.forenames ?? [];
  if (fa.length === 0 || fb.length === 0) return "possible";
  let onInitial = false;
  const n = Math.min(fa.length, fb.length);
  for (let i = 0; i < n; i++) {
    const x = fa[i] ?? "";
    const y = fb[i] ?? "";
    if (x === y) {
      if (isInitial(x)) onInitial = true;
      continue;
    }
    if ((isInitial(x) && y.startsWith(x)) || (isInitial(y) && x.startsWith(y))) {
      onInitial = true;
      continue;
    }
    return "none";
  }
  if (fa.length !== fb.length) return "possible";
  if (!onInitial) return "exact";
  const identical = fa.every((x, i) => x === fb[i]);
  if (!identical) return "possible";
  // Same forenames written the same way, at least one only an initial.
  if (fa.some((x) => !isInitial(x))) return "exact";
  return sameTitles(a, b) ? "exact" : "possible";
}
