import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../domain/model.js";
import { toCellValue } from "./cell-value.js";

/** Every worksheet as a plain grid. Merged cells keep their value in the top-left cell only. */
export function readGrids(workbook: ExcelJS.Workbook, skip: (ws: ExcelJS.Worksheet) => boolean = () => false): Grid[] {
  const grids: Grid[] = [];
  for (const ws of workbook.worksheets) {
    if (skip(ws)) continue;
    const rows: CellValue[][] = [];
    const hiddenRows = new Set<number>();
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (row.hidden) hiddenRows.add(rowNumber);
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master !== cell) return;
        cells[col - 1] = toCellValue(cell.value);
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
    const hiddenColumns = new Set<string>();
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.add(ws.getColumn(c).letter);
    grids.push({ name: ws.name, rows, hiddenRows, hiddenColumns });
  }
  return grids;
}
