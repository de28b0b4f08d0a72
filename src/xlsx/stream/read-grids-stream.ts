// The streaming replacement for readGrids(openWorkbook(file)): the same Grids, read part by part and row by row
// without ever holding the file, a sheet's XML or an object model in memory.
import type { CellValue, Grid } from "../../domain/model.js";
import { WorkbookUnreadable } from "../workbook-unreadable.js";
import { decodeRange } from "./cell-text.js";
import { GridBuilder, hiddenColumns } from "./grid-builder.js";
import { damaged, noSheets, openPackage } from "./open-package.js";
import { cellsAt, parseSheet, sheetRows, type ParsedRow, type SheetContext, type SheetTail } from "./sheet-rows.js";
import { readRels, readWorkbookParts, type SheetPart } from "./workbook-parts.js";
import type { ZipArchive } from "./zip-entries.js";

/** How many rows `skip` is shown before the rest of a sheet is read. */
export const SKIP_PEEK_ROWS = 5;

export interface ReadGridsOptions {
  /**
   * Called once per sheet with its first rows (`firstRows[0]` is row 1; at most SKIP_PEEK_ROWS rows, holes null,
   * merged cells not yet blanked): return true to leave the sheet out. The rest of a skipped sheet is never read.
   */
  skip?: (sheetName: string, firstRows: CellValue[][]) => boolean;
  /**
   * Read only the first N rows of each sheet. Reading stops there, so merges and hyperlinks (written after the
   * rows) are not applied, and hidden columns are judged against the rows read.
   */
  maxRows?: number;
}

/** A row as streamSheet yields it. */
export interface StreamedRow {
  /** Sheet row number, 1-based. */
  row: number;
  /** `cells[0]` is column A; empty cells are null. */
  cells: CellValue[];
  hidden: boolean;
}

/** What streamSheet returns once every row has been yielded (the value of the final `next()`). */
export interface StreamedSheetEnd {
  /** Hidden column letters, among the columns the sheet uses (as a Grid's hiddenColumns). */
  hiddenColumns: Set<string>;
  /** Merge ranges such as "A1:M1": only the top-left cell of each holds a value. */
  merges: string[];
}

/** An error from the caller's own callback, passed through untouched. */
class CallerError {
  constructor(readonly error: unknown) {}
}

/** Runs `work` on the opened package; any failure to read it becomes the "may be damaged" WorkbookUnreadable. */
async function withPackage<T>(file: string, work: (zip: ZipArchive) => Promise<T>): Promise<T> {
  const zip = await openPackage(file);
  try {
    return await work(zip);
  } catch (e) {
    if (e instanceof WorkbookUnreadable) throw e;
    if (e instanceof CallerError) throw e.error;
    throw damaged(file);
  } finally {
    await zip.close();
  }
}

async function readSheet(zip: ZipArchive, sheet: SheetPart, context: SheetContext, options: ReadGridsOptions): Promise<Grid | null> {
  const builder = new GridBuilder(sheet.name);
  const skip = options.skip;
  let decided = skip === undefined;
  let skipped = false;
  let failure: CallerError | null = null;
  const decide = () => {
    decided = true;
    try {
      skipped = skip!(sheet.name, builder.firstRows(SKIP_PEEK_ROWS));
    } catch (e) {
      failure = new CallerError(e);
      skipped = true;
    }
  };
  const tail = await parseSheet(
    zip,
    sheet.path,
    context,
    (row, parser) => {
      if (!decided && row.row > SKIP_PEEK_ROWS) {
        decide();
        if (skipped) {
          parser.stop = true;
          return;
        }
      }
      builder.add(row);
    },
    options.maxRows ?? Infinity,
  );
  if (failure) throw failure;
  if (!decided) decide();
  if (failure) throw failure;
  if (skipped) return null;
  if (!tail.truncated) {
    if (tail.hyperlinks.length > 0) await applyHyperlinks(zip, sheet, context, tail.hyperlinks, builder);
    for (const ref of tail.merges) builder.merge(ref);
  }
  return builder.finish(tail);
}

/**
 * exceljs turns a cell with a web/file hyperlink into a hyperlink cell: one with no value still counts as a
 * visited (null) cell, and a formula keeps a cached result of 0, false or "" that it would otherwise drop. That
 * matters only for cells the first pass read as empty; a second pass over the sheet reads just those.
 */
async function applyHyperlinks(zip: ZipArchive, sheet: SheetPart, context: SheetContext, links: { ref: string; rId: string }[], builder: GridBuilder): Promise<void> {
  const empty = links.filter((l) => builder.valueAt(l.ref) == null);
  if (empty.length === 0) return;
  const rels = new Map((await readRels(zip, sheet.path)).map((r) => [r.id, r]));
  const refs = new Set(empty.filter((l) => rels.get(l.rId)?.target).map((l) => l.ref));
  if (refs.size === 0) return;
  for (const [ref, value] of await cellsAt(zip, sheet.path, context, refs)) builder.hyperlinkCell(ref, value);
}

/** Every worksheet of the workbook as a Grid, in workbook order; the same Grids as readGrids(openWorkbook(file)). */
export async function readGridsStreaming(file: string, options: ReadGridsOptions = {}): Promise<Grid[]> {
  return withPackage(file, async (zip) => {
    const parts = await readWorkbookParts(zip);
    if (parts.sheets.length === 0) throw noSheets(file);
    const grids: Grid[] = [];
    for (const sheet of parts.sheets) {
      const grid = await readSheet(zip, sheet, parts, options);
      if (grid) grids.push(grid);
    }
    return grids;
  });
}

/**
 * The rows of one sheet, in order, as they are read (rows with no value left out, as in a Grid). Memory stays
 * flat whatever the sheet's size. Merged cells are not blanked (merges are listed after the rows; Excel leaves
 * the cells under a merge empty anyway), and hyperlinks on empty cells are not looked at. When the rows are
 * done the generator returns the sheet's hidden columns and merges.
 */
export async function* streamSheet(file: string, sheetName: string): AsyncGenerator<StreamedRow, StreamedSheetEnd> {
  const zip = await openPackage(file);
  let rows: AsyncGenerator<ParsedRow, SheetTail> | undefined;
  try {
    let parts;
    try {
      parts = await readWorkbookParts(zip);
    } catch {
      throw damaged(file);
    }
    if (parts.sheets.length === 0) throw noSheets(file);
    const sheet = parts.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new WorkbookUnreadable(`${file} has no sheet called "${sheetName}". Check the sheet name.`);
    rows = sheetRows(zip, sheet.path, parts);
    let columnCount = 0;
    for (;;) {
      let next: IteratorResult<ParsedRow, SheetTail>;
      try {
        next = await rows.next();
      } catch {
        throw damaged(file);
      }
      if (next.done) {
        // The columns in use, as exceljs counts them: the widest row, and every merge (its rows count as used).
        for (const ref of next.value.merges) columnCount = Math.max(columnCount, decodeRange(ref)?.right ?? 0);
        return { hiddenColumns: hiddenColumns(next.value.cols, columnCount), merges: next.value.merges };
      }
      const { row, cells, hidden, cellCount } = next.value;
      if (cellCount > columnCount) columnCount = cellCount;
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      yield { row, cells: cells as CellValue[], hidden };
    }
  } finally {
    // Stopped early by the caller: close the sheet's stream before the file.
    await rows?.return(undefined as unknown as SheetTail).catch(() => undefined);
    await zip.close();
  }
}
