// The words a corpus register is described in. Each tests/corpus/<id>/register.ts describes one workbook rebuilt
// from a council's (or public body's) published register: its sheets cell by cell, the field a careful reader would
// give each column, and which partnerships carry planted gaps or are clean. scripts/make-corpus.ts builds the
// register.xlsx and expected.json beside it from this description; scripts/corpus.ts scores the reader against it.
import type { Field } from "../../src/domain/model.js";

/** A cell as written in the workbook. A Date is written as a real Excel date cell (shown dd/mm/yyyy unless `fmt`). */
export type Value = string | number | boolean | Date | null;

/** A cell with a number format or emphasis, where the register shows one. */
export interface Styled {
  v: Value;
  /** Excel number format, e.g. "£#,##0" or "d mmm yyyy". */
  fmt?: string;
  bold?: boolean;
}

export type Cell = Value | Styled;

/** A rule a partnership should be reported for (a code from src/domain/rules/). */
export type RuleCode = string;

/** One partnership of the register, as a careful human reads it. */
export interface PartnershipSpec {
  ref?: string;
  name: string;
  /** Rules that must fire on this partnership: gaps planted in its cells (or info findings it must get). */
  planted?: RuleCode[];
  /** True when no error or warning may fire on it: it meets every standard the register's columns can show. */
  clean?: boolean;
}

/** A row that starts a partnership: its first row in a table, the first label row of its card. */
export interface PartnershipRow {
  cells: Cell[];
  p: PartnershipSpec;
}

export type Row = Cell[] | PartnershipRow;

export interface SheetSpec {
  name: string;
  /** Sheet rows from row 1. */
  rows: Row[];
  /** Merged ranges as A1 ranges, e.g. "B4:D4" (real merged cells, as the council's group headings are). */
  merges?: string[];
  /** Column widths in characters, from column A. */
  widths?: number[];
  /** Partnerships written as columns (a transposed register): the column letter that holds each. */
  partnershipColumns?: { column: string; p: PartnershipSpec }[];
}

/**
 * The field a careful human gives a column:
 * - a field, or null for a column that should map to nothing;
 * - an array: any of these readings is right (a human could not tell either; null among them means "or nothing");
 * - { roles }: one column that serves all these fields at once (a single "Lead Officer" is both the sponsoring and
 *   the accountable officer); right when the reading takes every role.
 */
export type Expected = Field | null | readonly (Field | null)[] | { roles: readonly Field[] };

export interface CorpusRegister {
  /** The source id: the directory name, and what `leaveOut` is given when this register is scored. */
  id: string;
  /** Who published the source register, e.g. "Gravesham Borough Council". */
  publisher: string;
  /** What kind of body: "district council", "town council", "integrated care board"... */
  kind: string;
  /** The register's shape in a few words: "cards (label | value), a blank row between blocks". */
  shape: string;
  /** Public addresses the wording, layout and values were taken from. */
  sources: string[];
  /** The check date the expected findings are for (--today). */
  today: string;
  /** When the workbook was last saved (fixed, so rebuilds are byte-identical). */
  saved: string;
  sheets: SheetSpec[];
  /** The sheets that form the register, in order (the first is the main register sheet). */
  registerSheets: string[];
  /**
   * The expected mapping of every column. Keys: a column letter of the register sheets ("C"); "Sheet!C" for a
   * column of a joined sheet; the label itself for a card or transposed register ("Responsible Officer").
   */
  columns: Record<string, Expected>;
}

/** A date cell (UTC midnight). */
export function d(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A partnership's first row. */
export function p(spec: PartnershipSpec, cells: Cell[]): PartnershipRow {
  return { cells, p: spec };
}

/** An amount shown as pounds. */
export function gbp(amount: number): Styled {
  return { v: amount, fmt: "£#,##0" };
}

/** A bold cell (headings, titles). */
export function b(v: Value): Styled {
  return { v, bold: true };
}

/**
 * A card: one `label | value` row per field, the first row starting the partnership. `indent` empty cells come
 * before the label (a card set in from the sheet's edge).
 */
export function card(spec: PartnershipSpec, pairs: readonly (readonly [string, Cell])[], indent = 0): Row[] {
  const pad: Cell[] = Array.from({ length: indent }, () => null);
  return pairs.map(([label, value], i) => (i === 0 ? p(spec, [...pad, label, value]) : [...pad, label, value]));
}

export function isPartnershipRow(row: Row): row is PartnershipRow {
  return !Array.isArray(row);
}

export function isStyled(cell: Cell): cell is Styled {
  return cell !== null && typeof cell === "object" && !(cell instanceof Date);
}

/** A partnership in expected.json: where it is and what must (or must not) be found on it. */
export interface ExpectedPartnership {
  ref: string | null;
  name: string;
  sheet: string;
  /** Its first row (a table row, or the first row of its card); null for a transposed register. */
  row: number | null;
  /** Its column, in a transposed register. */
  column?: string;
  planted: RuleCode[];
  clean: boolean;
}

/** tests/corpus/<id>/expected.json, as scripts/make-corpus.ts writes it from the description. */
export interface ExpectedJson {
  source: string;
  publisher: string;
  kind: string;
  shape: string;
  sources: string[];
  today: string;
  sheets: string[];
  columns: Record<string, Expected>;
  partnerships: ExpectedPartnership[];
  planted: { rule: RuleCode; ref: string | null; name: string }[];
  /** References (or names, where the register has no reference) of the clean partnerships. */
  clean: string[];
}
