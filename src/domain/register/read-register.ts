import type { CellValue, Column, Field, Grid, Partnership, RegisterShape, Value } from "../model.js";
import { cellText } from "./cell-text.js";
import { columnLetter } from "./column-letter.js";
import { fieldReader, KEPT_ONLY_WHEN_UNREADABLE } from "./values/field-kinds.js";
import type { HeaderCandidate } from "./find-header.js";
import { classifyRow } from "./table-rows.js";

export interface RegisterRead {
  shape: RegisterShape;
  partnerships: Partnership[];
}

/**
 * Reads partnership rows under the header one at a time, so a caller streaming a sheet never has to hold it:
 * only the parsed partnerships are kept.
 */
export class RegisterRows {
  readonly columns: Column[];
  private readonly mapped: (Column & { field: Field })[];
  private readonly readers: ((cell: CellValue) => Value)[];
  private readonly keptOnlyWhenUnreadable: boolean[];
  private readonly keyColumns: number[];
  private readonly refIndex: number | null;
  private readonly nameIndex: number | null;
  private readonly partnerships: Partnership[] = [];
  /**
   * Every row's values start as a copy of this: V8 keeps such copies as compact fixed-shape objects, where
   * adding thirty-odd fields one by one under computed keys makes a hash table five times the size.
   */
  private readonly blankValues: Partial<Record<Field, Value>>;
  private lastDataRow: number;
  private ended = false;

  constructor(
    private readonly sheet: string,
    private readonly header: HeaderCandidate,
  ) {
    this.columns = header.mapped
      .filter((m) => m.header.trim() !== "")
      .map((m) => ({
        column: columnLetter(m.index),
        index: m.index,
        header: m.header,
        field: m.field,
        ...(m.note ? { note: m.note } : {}),
      }));
    this.mapped = this.columns.filter((c): c is Column & { field: Field } => c.field !== null);
    this.readers = this.mapped.map((c) => fieldReader(c.field));
    this.keptOnlyWhenUnreadable = this.mapped.map((c) => KEPT_ONLY_WHEN_UNREADABLE.has(c.field));
    this.keyColumns = this.mapped.filter((c) => c.field === "ref" || c.field === "name").map((c) => c.index);
    this.refIndex = this.mapped.find((c) => c.field === "ref")?.index ?? null;
    this.nameIndex = this.mapped.find((c) => c.field === "name")?.index ?? null;
    this.lastDataRow = header.row;
    this.blankValues = Object.fromEntries(this.mapped.map((c) => [c.field, undefined]));
  }

  /** Sheet row of the header, 1-based: rows after it are the table. */
  get headerRow(): number {
    return this.header.row;
  }

  /**
   * Takes the sheet's next row (1-based `row`, after the header, in order; rows may be skipped). Returns false
   * once the table has ended (a totals row): later rows are not part of the register.
   */
  add(row: number, cells: readonly CellValue[], hidden: boolean): boolean {
    if (this.ended) return false;
    const kind = classifyRow(cells, this.keyColumns);
    if (kind === "total") {
      this.lastDataRow = row;
      this.ended = true;
      return false;
    }
    if (kind !== "data") return true;
    const values: Partial<Record<Field, Value>> = { ...this.blankValues };
    const mapped = this.mapped;
    for (let i = 0; i < mapped.length; i++) {
      const c = mapped[i]!;
      const value = this.readers[i]!(cells[c.index] ?? null);
      if (this.keptOnlyWhenUnreadable[i] && value.kind !== "unreadable") continue;
      values[c.field] = value;
    }
    this.lastDataRow = row;
    this.partnerships.push({
      row,
      ref: this.refIndex !== null ? cellText(cells[this.refIndex]) || null : null,
      name: this.nameIndex !== null ? cellText(cells[this.nameIndex]) || null : null,
      hidden,
      values,
    });
    return true;
  }

  finish(): RegisterRead {
    return {
      shape: { sheet: this.sheet, headerRow: this.header.row, columns: this.columns, rows: this.lastDataRow - this.header.row },
      partnerships: this.partnerships,
    };
  }
}

/** Reads every partnership row under the header, to the end of the table. */
export function readRegister(grid: Grid, header: HeaderCandidate): RegisterRead {
  const rows = new RegisterRows(grid.name, header);
  for (let r = header.row; r < grid.rows.length; r++) {
    if (!rows.add(r + 1, grid.rows[r] ?? [], grid.hiddenRows?.has(r + 1) ?? false)) break;
  }
  return rows.finish();
}
