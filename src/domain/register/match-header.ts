// Maps a register's column headers to canonical fields by their tokens
// (see normalise-header.ts) against the alias table (field-aliases.ts).

import { FIELDS, type Field } from "../model.js";
import { columnLetter } from "./column-letter.js";
import { FIELD_ALIASES, FIELD_EXCLUDED_WORDS, UNMAPPED_HEADER_WORDS } from "./field-aliases.js";
import { headerTokens } from "./normalise-header.js";
import { memoise } from "../memo.js";

export interface HeaderMatch {
  field: Field;
  /** 100 = the header says exactly an alias; lower = the alias is only part of the header. */
  score: number;
  /** The alias, as written in the alias table, that matched. */
  alias: string;
}

export interface MappedHeader {
  /** 0-based column index. */
  index: number;
  header: string;
  field: Field | null;
  score: number;
  /** Why a column that looked like a field is not mapped (a clash or an ambiguity). */
  note?: string;
}

/** Below this a partial match is too weak to trust (e.g. "Partnership website"). */
const MIN_SCORE = 30;

/** Tokens that say little on their own; they count a quarter in the share of a header an alias covers. */
const LIGHT_TOKENS: ReadonlySet<string> = new Set(
  [
    "partnership", "council", "authority", "per", "annum", "current", "completed", "complete",
    "signed", "agreed", "recorded", "confirmed", "held", "exists", "available", "obtained",
    "attached", "provided", "evidenced", "reference",
  ].flatMap((word) => headerTokens(word)),
);

interface CompiledAlias {
  field: Field;
  fieldOrder: number;
  alias: string;
  tokens: readonly string[];
  set: ReadonlySet<string>;
  sequence: string;
  weight: number;
}

function tokenWeight(token: string): number {
  return LIGHT_TOKENS.has(token) || /^\d+$/.test(token) ? 0.25 : 1;
}

function uniqueTokens(text: string): string[] {
  return [...new Set(headerTokens(text))];
}

function wordSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((word) => headerTokens(word)));
}

const COMPILED: readonly CompiledAlias[] = FIELDS.flatMap((field, fieldOrder) => {
  // The field's own name, as an export of this tool would write it: "riskRegisterReviewed".
  const ownNames = [field.replace(/([a-z])([A-Z])/g, "$1 $2"), field];
  return [...FIELD_ALIASES[field], ...ownNames].flatMap((alias): CompiledAlias[] => {
    const tokens = uniqueTokens(alias);
    if (tokens.length === 0) return [];
    return [
      {
        field,
        fieldOrder,
        alias,
        tokens,
        set: new Set(tokens),
        sequence: tokens.join(" "),
        weight: tokens.reduce((sum, t) => sum + tokenWeight(t), 0),
      },
    ];
  });
});

/** Each alias's position in COMPILED, filed under its first token: a header can only match aliases filed under its own tokens. */
const BY_FIRST_TOKEN: ReadonlyMap<string, readonly number[]> = (() => {
  const index = new Map<string, number[]>();
  COMPILED.forEach((alias, i) => {
    const first = alias.tokens[0]!;
    const list = index.get(first);
    if (list) list.push(i);
    else index.set(first, [i]);
  });
  return index;
})();

const EXCLUDED: ReadonlyMap<Field, ReadonlySet<string>> = new Map(
  FIELDS.map((field) => [field, wordSet(FIELD_EXCLUDED_WORDS[field] ?? [])]),
);

const VETO: ReadonlySet<string> = wordSet(UNMAPPED_HEADER_WORDS);

interface Candidate {
  field: Field;
  fieldOrder: number;
  alias: string;
  /** Unrounded score, for comparisons. */
  raw: number;
  aliasTokens: number;
}

/** Orders the better candidate first: higher score, then the more specific (longer) alias, then field order. */
function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.raw !== b.raw) return b.raw - a.raw;
  if (a.aliasTokens !== b.aliasTokens) return b.aliasTokens - a.aliasTokens;
  return a.fieldOrder - b.fieldOrder;
}

// Every cell of a sheet's first rows is tried as a header, and the same texts recur: each is ranked once.
const candidates = memoise(rankCandidates, 5_000);

/** The fields a header could mean, best first (shared: never change it). */
function rankCandidates(header: string): readonly Candidate[] {
  const tokens = uniqueTokens(header);
  if (tokens.length === 0) return [];
  if (tokens.every((t) => /^\d+$/.test(t))) return [];
  if (tokens.some((t) => VETO.has(t))) return [];

  const headerSet = new Set(tokens);
  const headerSequence = tokens.join(" ");
  const headerWeight = tokens.reduce((sum, t) => sum + tokenWeight(t), 0);

  // The table's own order, so that of two equally good aliases the earlier one is reported, as it always was.
  const possible = tokens.flatMap((t) => BY_FIRST_TOKEN.get(t) ?? []).sort((a, b) => a - b);
  const best = new Map<Field, Candidate>();
  for (const i of possible) {
    const alias = COMPILED[i]!;
    if (alias.tokens.length > tokens.length) continue;
    if (!alias.tokens.every((t) => headerSet.has(t))) continue;
    const excluded = EXCLUDED.get(alias.field);
    if (excluded !== undefined && tokens.some((t) => excluded.has(t) && !alias.set.has(t))) continue;

    let raw: number;
    if (alias.tokens.length === tokens.length) {
      raw = alias.sequence === headerSequence ? 100 : 99;
    } else {
      raw = 10 + 80 * (alias.weight / headerWeight);
      if (raw < MIN_SCORE) continue;
    }
    const candidate: Candidate = {
      field: alias.field,
      fieldOrder: alias.fieldOrder,
      alias: alias.alias,
      raw,
      aliasTokens: alias.tokens.length,
    };
    const current = best.get(alias.field);
    if (current === undefined || compareCandidates(candidate, current) < 0) best.set(alias.field, candidate);
  }
  return [...best.values()].sort(compareCandidates);
}

function toMatch(candidate: Candidate): HeaderMatch {
  return { field: candidate.field, score: Math.round(candidate.raw), alias: candidate.alias };
}

/** Two different fields fit a header equally well (same score, equally specific aliases). */
function isTie(a: Candidate, b: Candidate | undefined): boolean {
  return b !== undefined && a.raw === b.raw && a.aliasTokens === b.aliasTokens;
}

/**
 * Every field the header could mean, best first (at most one entry per field).
 * The first entry is the match unless the second ties with it.
 */
export function rankHeader(header: string): HeaderMatch[] {
  return candidates(header).map(toMatch);
}

/**
 * The canonical field a header names, or null when nothing fits, or when two
 * fields fit equally well (better unmapped than wrong).
 *
 * A field fits when every token of one of its aliases is in the header. The
 * header's token sequence equal to the alias scores 100, the same tokens in
 * another order 99; otherwise 10 + 80 × the share of the header's token weight
 * the alias covers (light words such as "partnership" or "council" count a
 * quarter), and below 30 the fit is dropped.
 */
export function matchHeader(header: string): HeaderMatch | null {
  const [first, second] = candidates(header);
  if (first === undefined || isTie(first, second)) return null;
  return toMatch(first);
}

/** The plain-English name of a field, as used in messages: the first alias in the table. */
export function fieldLabel(field: Field): string {
  return FIELD_ALIASES[field][0] ?? field;
}

function overrideKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const KNOWN_FIELDS: ReadonlySet<string> = new Set(FIELDS);

interface Provisional extends MappedHeader {
  fromProfile: boolean;
}

/**
 * Maps every header. `overrides` (header text, compared ignoring case and
 * spacing -> field, or null to leave the column unmapped) is applied before
 * matching. No two columns are ever mapped to one field: the profile's choice
 * wins, then the higher score, then the leftmost column; the others are left
 * unmapped with a note saying which column already supplies the field.
 */
export function mapHeaders(
  headers: readonly string[],
  overrides: Readonly<Record<string, Field | null>> = {},
): MappedHeader[] {
  const profile = new Map<string, Field | null>();
  for (const [text, field] of Object.entries(overrides)) {
    if (field === null || KNOWN_FIELDS.has(field)) profile.set(overrideKey(text), field);
  }

  const provisional: Provisional[] = Array.from(headers, (header = "", index) => {
    const key = overrideKey(header);
    if (profile.has(key)) {
      const field = profile.get(key) ?? null;
      return { index, header, field, score: field === null ? 0 : 100, fromProfile: true };
    }
    const [first, second] = candidates(header);
    if (first === undefined) return { index, header, field: null, score: 0, fromProfile: false };
    if (isTie(first, second) && second !== undefined) {
      return {
        index,
        header,
        field: null,
        score: Math.round(first.raw),
        fromProfile: false,
        note: `Looks like both "${fieldLabel(first.field)}" and "${fieldLabel(second.field)}"; rename the header or set the mapping in your profile.`,
      };
    }
    return { index, header, field: first.field, score: Math.round(first.raw), fromProfile: false };
  });

  const holder = new Map<Field, Provisional>();
  for (const column of provisional) {
    if (column.field === null) continue;
    const current = holder.get(column.field);
    if (current === undefined || beats(column, current)) holder.set(column.field, column);
  }

  return provisional.map((column): MappedHeader => {
    const { fromProfile, ...mapped } = column;
    if (column.field === null) return mapped;
    const winner = holder.get(column.field);
    if (winner === undefined || winner === column) return mapped;
    const label = fieldLabel(column.field);
    const letter = columnLetter(winner.index);
    const note =
      fromProfile && winner.fromProfile
        ? `Your profile maps this column to "${label}" too, but column ${letter} already supplies it; map only one column to "${label}" in your profile.`
        : `Also looks like "${label}", which column ${letter} already supplies; rename the header or set the mapping in your profile.`;
    return { ...mapped, field: null, note };
  });
}

function beats(a: Provisional, b: Provisional): boolean {
  if (a.fromProfile !== b.fromProfile) return a.fromProfile;
  if (a.score !== b.score) return a.score > b.score;
  return a.index < b.index;
}
