// Collects parsed rows into a Grid, then applies what the sheet says after its rows (hyperlinks on empty cells,
// merges) the way exceljs does, so the Grid is the one readGrids builds.
import type { CellValue, Grid } from "../../domain/model.js";
import { columnLetter, columnOf, decodeRange, rowOf } from "./cell-text.js";
import type { CellSlot, ParsedRow, SheetTail } from "./sheet-rows.js";

/** The largest worksheet Excel allows. */
const MAX_ROWS = 1_048_576;

export class GridBuilder {
  /** `rows[r - 1]`: the cells of sheet row r, for rows exceljs's eachRow visits (with values, or merged into). */
  private rows: (CellSlot[] | undefined)[] = [];
  /** Per sheet row number: `cellCount * 2 + hidden`, for every row the sheet lists (with values or not). */
  private info = new Int32Array(1024);

  constructor(readonly name: string) {}

  /** Makes room in `info` for `row`; false for a row number past Excel's last row (not tracked). */
  private ensure(row: number): boolean {
    if (row < this.info.length) return true;
    if (row > MAX_ROWS) return false;
    let size = this.info.length * 2;
    while (size <= row) size *= 2;
    const bigger = new Int32Array(size);
    bigger.set(this.info);
    this.info = bigger;
    return true;
  }

  add(row: ParsedRow): void {
    const r = row.row;
    if (!(r >= 1)) return;
    if (this.ensure(r)) this.info[r] = row.cellCount * 2 + (row.hidden ? 1 : 0);
    if (row.hasValues) this.rows[r - 1] = row.cells;
    else if (this.rows[r - 1] !== undefined) this.rows[r - 1] = undefined; // a repeated <row> replaces the first
  }

  /** Rows 1..n as the engine would see them so far (holes as null), for deciding whether to skip a sheet. */
  firstRows(n: number): CellValue[][] {
    let last = Math.min(n, this.rows.length);
    while (last > 0 && this.rows[last - 1] === undefined) last--;
    const out: CellValue[][] = [];
    for (let i = 0; i < last; i++) {
      const cells = this.rows[i];
      out.push(cells === undefined ? [] : Array.from(cells, (v) => (v === undefined ? null : v)));
    }
    return out;
  }

  /** The value exceljs would visit at a reference so far: undefined for none. */
  valueAt(ref: string): CellSlot {
    const cells = this.rows[rowOf(ref) - 1];
    return cells === undefined ? undefined : cells[columnOf(ref) - 1];
  }

  private widen(r: number, col: number): void {
    if (!this.ensure(r)) return;
    const info = this.info[r]!;
    if (col * 2 > (info & ~1)) this.info[r] = col * 2 + (info & 1);
  }

  private rowFor(r: number): CellSlot[] {
    let cells = this.rows[r - 1];
    if (cells === undefined) cells = this.rows[r - 1] = [];
    return cells;
  }

  /** A cell that carries a hyperlink: exceljs visits it (even with no value) and reads it as `value`. */
  hyperlinkCell(ref: string, value: CellValue): void {
    const r = rowOf(ref);
    const c = columnOf(ref);
    if (!(r >= 1 && c >= 1)) return;
    this.rowFor(r)[c - 1] = value;
    this.widen(r, c);
  }

  /** A merge: every cell but the top-left one loses its value, and the rows it covers count as rows with values. */
  merge(ref: string): void {
    const range = decodeRange(ref);
    if (!range) return;
    const { top, left, bottom, right } = range;
    const bottomRow = Math.min(bottom, MAX_ROWS);
    for (let r = top; r <= bottomRow; r++) {
      this.widen(r, right);
      const firstSlave = r === top ? left + 1 : left;
      if (firstSlave > right) continue; // a one-cell "merge": the master only
      const cells = this.rowFor(r);
      const end = Math.min(right, cells.length);
      for (let c = firstSlave; c <= end; c++) cells[c - 1] = undefined;
    }
  }

  finish(tail: SheetTail): Grid {
    const source = this.rows;
    let n = source.length;
    while (n > 0 && source[n - 1] === undefined) n--;
    const rows: CellValue[][] = new Array(n);
    const hiddenRows = new Set<number>();
    let columnCount = 0;
    for (let i = 0; i < n; i++) {
      const cells = source[i];
      if (cells === undefined) {
        rows[i] = [];
        continue;
      }
      let len = cells.length;
      while (len > 0 && cells[len - 1] === undefined) len--;
      cells.length = len;
      for (let c = 0; c < len; c++) if (cells[c] === undefined) cells[c] = null;
      rows[i] = cells as CellValue[];
      const info = i + 1 < this.info.length ? this.info[i + 1]! : 0;
      if (info & 1) hiddenRows.add(i + 1);
      if (info >> 1 > columnCount) columnCount = info >> 1;
    }
    this.rows = [];
    return { name: this.name, rows, hiddenRows, hiddenColumns: hiddenColumns(tail.cols, columnCount) };
  }
}

/** Hidden columns among 1..columnCount, reading `<col>` ranges as exceljs's Column.fromModel does. */
export function hiddenColumns(cols: SheetTail["cols"], columnCount: number): Set<string> {
  const hidden = new Set<string>();
  const sorted = [...cols].sort((a, b) => a.min - b.min);
  let count = 1;
  for (const col of sorted) {
    if (count < col.min) count = col.min;
    for (; count <= col.max; count++) {
      if (count > columnCount) return hidden;
      if (col.hidden) hidden.add(columnLetter(count));
    }
  }
  return hidden;
}
