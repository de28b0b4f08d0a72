import type { Column, Field, Grid, Partnership, RegisterShape, Value } from "../model.js";
import { cellText } from "./cell-text.js";
import { columnLetter } from "./column-letter.js";
import { parseField } from "./field-kinds.js";
import type { HeaderCandidate } from "./find-header.js";
import { classifyRow } from "./table-rows.js";

export interface RegisterRead {
  shape: RegisterShape;
  partnerships: Partnership[];
}

/** Reads every partnership row under the header, to the end of the table. */
export function readRegister(grid: Grid, header: HeaderCandidate): RegisterRead {
  const columns: Column[] = header.mapped
    .filter((m) => m.header.trim() !== "")
    .map((m) => ({
      column: columnLetter(m.index),
      index: m.index,
      header: m.header,
      field: m.field,
      ...(m.note ? { note: m.note } : {}),
    }));
  const mapped = columns.filter((c): c is Column & { field: Field } => c.field !== null);
  const keyColumns = mapped.filter((c) => c.field === "ref" || c.field === "name").map((c) => c.index);
  const refCol = mapped.find((c) => c.field === "ref");
  const nameCol = mapped.find((c) => c.field === "name");

  const partnerships: Partnership[] = [];
  let lastDataRow = header.row;
  for (let r = header.row; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    const kind = classifyRow(cells, keyColumns);
    if (kind === "total") {
      lastDataRow = r + 1;
      break;
    }
    if (kind !== "data") continue;
    const values: Partial<Record<Field, Value>> = {};
    for (const c of mapped) values[c.field] = parseField(c.field, cells[c.index] ?? null);
    const row = r + 1;
    lastDataRow = row;
    partnerships.push({
      row,
      ref: refCol ? cellText(cells[refCol.index]) || null : null,
      name: nameCol ? cellText(cells[nameCol.index]) || null : null,
      hidden: grid.hiddenRows?.has(row) ?? false,
      values,
    });
  }
  return {
    shape: { sheet: grid.name, headerRow: header.row, columns, rows: lastDataRow - header.row },
    partnerships,
  };
}
