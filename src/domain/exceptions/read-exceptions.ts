// Reading the workbook's "Accepted exceptions" sheet: a plain sheet an officer can read and edit, one row an
// accepted finding, headed Rule | Ref | Partnership | Reason | Accepted by | Until. Pure: a grid in, entries out.

import type { CellValue, Grid, IsoDate } from "../model.js";
import { cellText } from "../register/cell-text.js";
import { columnLetter } from "../register/column-letter.js";
import { HEADER_SCAN_ROWS, mapsAsRegister } from "../register/find-header.js";
import { parseDate } from "../register/values/parse-date.js";

/** The sheet's name, as the add-in writes it and the CLI looks for it (trimmed, any case). */
export const EXCEPTIONS_SHEET = "Accepted exceptions";
export const EXCEPTIONS_HEADERS = ["Rule", "Ref", "Partnership", "Reason", "Accepted by", "Until"] as const;

/** One usable row of the sheet. */
export interface ExceptionEntry {
  /** Sheet row, 1-based. */
  row: number;
  /** The rule code, as the tool spells it. */
  rule: string;
  ref: string | null;
  partnership: string | null;
  reason: string;
  by: string;
  /** The last day it applies; null when Until is blank (no end date). */
  until: IsoDate | null;
}

/** A row that names an exception but cannot be used: it becomes an `unreadable-value` finding on that row. */
export interface ExceptionProblem {
  /** Sheet row, 1-based; null for the sheet as a whole (no header row). */
  row: number | null;
  /** Column letter of the first cell to fix, or null. */
  column: string | null;
  ref: string | null;
  partnership: string | null;
  message: string;
}

export interface ExceptionColumns {
  rule: number;
  ref: number | null;
  partnership: number | null;
  reason: number;
  by: number | null;
  until: number | null;
}

export interface ExceptionsRead {
  sheet: string;
  /** Sheet row of the header, 1-based; null when none was recognised. */
  headerRow: number | null;
  /** Column letters of the columns found (null where the sheet has none). */
  columns: { [K in keyof ExceptionColumns]: string | null };
  entries: ExceptionEntry[];
  problems: ExceptionProblem[];
  /** Rows naming an exception, usable or not. */
  rows: number;
}

/** "Accepted exceptions", "  accepted  EXCEPTIONS ": the sheet is found by its name, loosely. */
export function isExceptionsSheetName(name: string): boolean {
  return name.trim().replace(/\s+/g, " ").toLowerCase() === EXCEPTIONS_SHEET.toLowerCase();
}

/** Header words, lower case, punctuation as spaces: "Accepted by (officer)" -> "accepted by officer". */
function words(cell: CellValue | undefined): string {
  return typeof cell === "string"
    ? cell
        .toLowerCase()
        .replace(/&/g, " and ")
        .replace(/[^a-z0-9]+/g, " ")
        .trim()
    : "";
}

const RULE = /^(rule|rule code|code|finding|finding rule|check)\b|\brule\b/;
const REF = /\b(ref|reference|id|partnership ref|partnership id|register ref)\b/;
const PARTNERSHIP = /\b(partnership|partnership name|name)\b/;
const REASON = /\b(reason|reasons|why|justification|rationale|explanation|grounds)\b/;
const BY = /\b(accepted by|agreed by|approved by|by|officer|owner|who)\b/;
const UNTIL = /\b(until|expiry|expires|expiring|expire|valid until|valid to|end date|review by|ends?)\b/;

/** The header row of an exceptions table: a Rule column, a Reason column and a Ref or Partnership column. */
export function findExceptionsHeader(grid: Grid): { row: number; columns: ExceptionColumns } | null {
  const last = Math.min(grid.rows.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < last; r++) {
    const texts = (grid.rows[r] ?? []).map(words);
    const taken = new Set<number>();
    const pick = (test: RegExp): number | null => {
      const i = texts.findIndex((t, idx) => t !== "" && !taken.has(idx) && test.test(t));
      if (i < 0) return null;
      taken.add(i);
      return i;
    };
    const rule = pick(RULE);
    const reason = pick(REASON);
    const until = pick(UNTIL);
    const by = pick(BY);
    const ref = pick(REF);
    const partnership = pick(PARTNERSHIP);
    if (rule !== null && reason !== null && (ref !== null || partnership !== null)) {
      return { row: r + 1, columns: { rule, ref, partnership, reason, by, until } };
    }
  }
  return null;
}

/** The Accepted exceptions sheet (by its name, or by its Rule / Ref / Partnership / Reason header): never the register. */
export function looksLikeExceptionsSheet(grid: Grid): boolean {
  if (isExceptionsSheetName(grid.name)) return true;
  return findExceptionsHeader(grid) !== null && !mapsAsRegister(grid);
}

/** "Exit strategy missing", "EXIT_STRATEGY_MISSING", "`exit-strategy-missing`" -> "exit-strategy-missing". */
export function ruleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`'"‘’“”]/g, "")
    .trim()
    .replace(/[\s_–—]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The workbook's Accepted exceptions sheet (never the register itself), read whole; null when there is none.
 * Blank rows are skipped. A row that cannot be used is a problem naming what to fix; it is never guessed at.
 */
export function readExceptions(grids: readonly Grid[], registerSheet: string | null, knownRules: readonly string[]): ExceptionsRead | null {
  const grid = grids.find((g) => g.name !== registerSheet && isExceptionsSheetName(g.name));
  if (!grid) return null;
  const header = findExceptionsHeader(grid);
  if (!header) {
    const empty = grid.rows.every((cells) => (cells ?? []).every((c) => cellText(c) === ""));
    return {
      sheet: grid.name,
      headerRow: null,
      columns: { rule: null, ref: null, partnership: null, reason: null, by: null, until: null },
      entries: [],
      problems: empty
        ? []
        : [
            {
              row: null,
              column: null,
              ref: null,
              partnership: null,
              message:
                `The "${grid.name}" sheet has no header row the tool can read, so no exception on it was applied. ` +
                `Give it the headers ${EXCEPTIONS_HEADERS.join(" | ")} in one row (a title above them is fine).`,
            },
          ],
      rows: 0,
    };
  }
  const cols = header.columns;
  const letter = (i: number | null) => (i === null ? null : columnLetter(i));
  const known = new Set(knownRules);
  const entries: ExceptionEntry[] = [];
  const problems: ExceptionProblem[] = [];
  let rows = 0;
  const used = [cols.rule, cols.ref, cols.partnership, cols.reason, cols.by, cols.until].filter((i): i is number => i !== null);

  for (let r = header.row; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    if (used.every((i) => cellText(cells[i]) === "")) continue;
    rows++;
    const text = (i: number | null) => (i === null ? "" : cellText(cells[i]));
    const ruleText = text(cols.rule);
    const ref = text(cols.ref) || null;
    const partnership = text(cols.partnership) || null;
    const reason = text(cols.reason);
    const by = text(cols.by);

    const faults: { column: number | null; say: string }[] = [];
    const rule = ruleKey(ruleText);
    if (ruleText === "") faults.push({ column: cols.rule, say: `the Rule is blank: write the rule code of the finding, as the Findings tab shows it (for example exit-strategy-missing)` });
    else if (!known.has(rule)) {
      faults.push({
        column: cols.rule,
        say: `"${ruleText}" is not a rule code: copy the code from the Rule column of the Findings tab (for example exit-strategy-missing)`,
      });
    }
    if (!ref && !partnership) {
      faults.push({
        column: cols.ref ?? cols.partnership,
        say: `neither a Ref nor a Partnership is given: write the partnership's reference or its name as the register has it`,
      });
    }
    if (reason === "") faults.push({ column: cols.reason, say: `the Reason is blank: say why the finding is accepted` });
    let until: IsoDate | null = null;
    if (cols.until !== null) {
      const value = parseDate(cells[cols.until] ?? null);
      if (value.kind === "date") until = value.date;
      else if (value.kind !== "blank") {
        const reason = value.kind === "unreadable" ? value.reason : "not a date";
        const why = /^no /.test(reason) ? `has ${reason}` : `is ${reason}`;
        faults.push({
          column: cols.until,
          say: `the Until date "${value.text}" ${why}: write the last day the exception applies, for example 31/03/2027, or leave it blank for no end date`,
        });
      }
    }

    if (faults.length > 0) {
      const first = faults[0]!;
      problems.push({
        row: r + 1,
        column: letter(first.column),
        ref,
        partnership,
        message:
          `This accepted exception cannot be used, so it accepts nothing: ${faults.map((f) => f.say).join("; ")}. ` +
          `Correct the row, or remove it.`,
      });
      continue;
    }
    entries.push({ row: r + 1, rule, ref, partnership, reason, by, until });
  }
  return {
    sheet: grid.name,
    headerRow: header.row,
    columns: {
      rule: letter(cols.rule),
      ref: letter(cols.ref),
      partnership: letter(cols.partnership),
      reason: letter(cols.reason),
      by: letter(cols.by),
      until: letter(cols.until),
    },
    entries,
    problems,
    rows,
  };
}
