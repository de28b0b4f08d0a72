// Recording an accepted exception: one row on the workbook's "Accepted exceptions" sheet, which belongs to the user
// (no marker: no check replaces or removes it). The sheet is made, with a bold header row, when there is none;
// otherwise the row goes under the last row in use, each value in the column its header names (the user may have
// moved or added columns). Every text is written as text, never as a formula: the cells are formatted "@" before
// the values arrive. Until is a real date, shown dd/mm/yyyy.
//
// Syncs, whatever the size of the sheet: 2 when the sheet is made (what is there, then the write), 3 when it is
// there (what is there, its used range, then the write).
import { EXCEPTIONS_HEADERS, EXCEPTIONS_SHEET, findExceptionsHeader, isExceptionsSheetName, type ExceptionColumns } from "../domain/exceptions/read-exceptions.js";
import type { CellValue, Grid } from "../domain/model.js";
import { MAX_CELL_TEXT } from "../domain/safe-text.js";
import { DATE_FORMAT } from "../domain/tabs/tab-spec.js";
import { rangeAddress } from "./addresses.js";
import { protectedSheetProblem, protectedWorkbookProblem, readOnlyProblem, toWorkbookProblem } from "./problems.js";
import { toCellValue } from "./read-grids.js";
import { excelSerial, TEXT_FORMAT, widthPoints } from "./render-tab.js";
import type { Capabilities } from "./requirements.js";
import { WorkbookProblem, type AppendedException, type ExceptionRow } from "./workbook-session.js";
import { removeSheet } from "./remove-sheet.js";

const ACTION = "record the accepted exception";

type Key = keyof ExceptionColumns;

/** The sheet's columns in the order of EXCEPTIONS_HEADERS (Rule | Ref | Partnership | Reason | Accepted by | Until). */
const KEYS: readonly Key[] = ["rule", "ref", "partnership", "reason", "by", "until"];

/** Column widths of a new sheet, in characters, in KEYS order. */
const NEW_WIDTHS = [28, 12, 34, 50, 22, 12];

/** Why the row could not go on a sheet of that name, in one sentence saying what to do. */
export function noHeaderMessage(sheet: string): string {
  return (
    `The "${sheet}" sheet has no header row the add-in can read, so the exception was not recorded: give it the headers ` +
    `${EXCEPTIONS_HEADERS.join(" | ")} in one row (a title above them is fine), or rename that sheet so the add-in can ` +
    `make a new one, and try again.`
  );
}

/** The value of one cell of the row, and its number format ("@" for text, so "=..." stays text). */
export function exceptionCell(row: ExceptionRow, key: Key): { value: string | number; format: string } {
  if (key === "until") return { value: excelSerial(row.until), format: DATE_FORMAT };
  const text = key === "ref" ? (row.ref ?? "") : key === "partnership" ? (row.partnership ?? "") : row[key];
  return { value: text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text, format: TEXT_FORMAT };
}

/** A used range's values as a grid from A1, as the engine's reader expects. */
function gridOf(name: string, rowIndex: number, columnIndex: number, values: readonly (readonly unknown[])[]): Grid {
  const rows: CellValue[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const line of values) {
    const cells: CellValue[] = new Array<CellValue>(columnIndex).fill(null);
    for (const v of line) cells.push(toCellValue(v));
    rows.push(cells);
  }
  return { name, rows };
}

/** Consecutive columns as runs, so a row in the usual layout is one format write and one value write. */
function runs<T extends { column: number }>(columns: readonly T[]): T[][] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const out: T[][] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1]!.column === c.column - 1) last.push(c);
    else out.push([c]);
  }
  return out;
}

/** Queues one row of cells (row 0-based): number formats first, then the values, run by run. */
function queueRow(sheet: Excel.Worksheet, row: number, cells: readonly { column: number; value: string | number; format: string }[]): void {
  for (const run of runs(cells)) {
    const range = sheet.getRange(rangeAddress(row, run[0]!.column, row, run[run.length - 1]!.column));
    range.numberFormat = [run.map((c) => c.format)];
    range.values = [run.map((c) => c.value)];
  }
}

/**
 * Writes `entry` to the Accepted exceptions sheet in one Excel.run, making the sheet when there is none. A protected
 * sheet, a protected workbook (when the sheet must be made) or a read-only workbook is refused up front with a
 * plain-English WorkbookProblem, as is a sheet of that name with no header row it can read.
 */
export async function writeException(context: Excel.RequestContext, caps: Capabilities, entry: ExceptionRow): Promise<AppendedException> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets;
  sheets.load("items/name,items/protection/protected");
  workbook.protection.load("protected");
  if (caps.readOnlyFlag) workbook.load("readOnly");
  await context.sync();
  if (caps.readOnlyFlag && workbook.readOnly) throw readOnlyProblem(ACTION);

  const existing = sheets.items.find((s) => isExceptionsSheetName(s.name)) ?? null;
  if (!existing) {
    if (workbook.protection.protected) throw protectedWorkbookProblem(`add the ${EXCEPTIONS_SHEET} sheet`);
    try {
      const sheet = sheets.add(EXCEPTIONS_SHEET);
      queueHeader(sheet, KEYS.map((key, column) => ({ key, column })));
      KEYS.forEach((_, c) => {
        sheet.getRange(rangeAddress(0, c, 0, c)).format.columnWidth = widthPoints(NEW_WIDTHS[c]!);
      });
      sheet.freezePanes.freezeRows(1);
      queueRow(sheet, 1, KEYS.map((key, column) => ({ column, ...exceptionCell(entry, key) })));
      await context.sync();
    } catch (e) {
      await removeSheet(context, EXCEPTIONS_SHEET);
      throw toWorkbookProblem(e, { action: ACTION, sheet: EXCEPTIONS_SHEET });
    }
    return { sheet: EXCEPTIONS_SHEET, row: 2, created: true };
  }

  const name = existing.name;
  if (existing.protection.protected) throw protectedSheetProblem(name, ACTION);
  try {
    const used = existing.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount,values");
    await context.sync();
    const empty = used.isNullObject || used.rowCount === 0;
    const grid = empty ? { name, rows: [] } : gridOf(name, used.rowIndex, used.columnIndex, used.values);
    const header = findExceptionsHeader(grid);
    if (!header && !empty) throw new WorkbookProblem(noHeaderMessage(name), "refused");

    let at: number;
    let placed: { key: Key; column: number }[];
    if (!header) {
      // An empty sheet of that name: it gets the header row, then the row.
      placed = KEYS.map((key, column) => ({ key, column }));
      queueHeader(existing, placed);
      at = 1;
    } else {
      // Under the header the user has, in its order; a column it lacks is added right of everything in use.
      placed = [];
      let free = used.columnIndex + used.columnCount;
      const added: { key: Key; column: number }[] = [];
      for (const key of KEYS) {
        const column = header.columns[key];
        if (column !== null) placed.push({ key, column });
        else added.push({ key, column: free++ });
      }
      if (added.length) queueHeader(existing, added, header.row - 1);
      placed.push(...added);
      at = Math.max(header.row, used.rowIndex + used.rowCount);
    }
    queueRow(existing, at, placed.map(({ key, column }) => ({ column, ...exceptionCell(entry, key) })));
    await context.sync();
    return { sheet: name, row: at + 1, created: false };
  } catch (e) {
    throw toWorkbookProblem(e, { action: ACTION, sheet: name });
  }
}


/** Header cells, as text and bold, on row `row` (0-based). */
function queueHeader(sheet: Excel.Worksheet, columns: readonly { key: Key; column: number }[], row = 0): void {
  queueRow(
    sheet,
    row,
    columns.map(({ key, column }) => ({ column, value: EXCEPTIONS_HEADERS[KEYS.indexOf(key)]!, format: TEXT_FORMAT })),
  );
  for (const run of runs(columns)) {
    sheet.getRange(rangeAddress(row, run[0]!.column, row, run[run.length - 1]!.column)).format.font.bold = true;
  }
}

/**
 * The signed-in user's display name, where the host says it (Office.context.mailbox.userProfile, which Outlook has
 * and Excel does not), else null: the pane then leaves "Accepted by" blank for the user to fill in.
 */
export function hostUserName(officeContext: unknown): string | null {
  try {
    const profile = (officeContext as { mailbox?: { userProfile?: { displayName?: unknown } } } | null | undefined)?.mailbox?.userProfile;
    const name = profile?.displayName;
    return typeof name === "string" && name.trim() !== "" ? name.trim() : null;
  } catch {
    return null;
  }
}
