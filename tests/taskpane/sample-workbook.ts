// Workbooks for the fake Excel host, described as plain JSON so the test (Node) can hand them to the page.
import path from "node:path";
import { openWorkbook } from "../../src/xlsx/open-workbook.js";
import { readGrids } from "../../src/xlsx/read-grids.js";
import type { CellValue, Grid } from "../../src/domain/model.js";
import { toCellValue as officeCellValue } from "../../src/office/read-grids.js";
import type { FakeWorkbookOptions } from "../office/fake-excel.js";

export type SampleCell = string | number | boolean | null;

export interface SampleSheet {
  name: string;
  rows: SampleCell[][];
  /** 1-based sheet rows hidden. */
  hiddenRows?: number[];
  protected?: boolean;
}

/** What the page's fake host is built from (see fake-office-entry.ts). */
export interface SampleWorkbook {
  sheets: SampleSheet[];
  options?: FakeWorkbookOptions;
  /** Document settings already saved in the workbook (key -> value), as a previous session left them. */
  settings?: Record<string, unknown>;
  /** What `Office.context.officeTheme` reports, where the test wants one. */
  officeTheme?: Partial<Office.OfficeTheme>;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A value as Excel's `Range.values` holds it: dates are serial numbers, error cells their "#REF!" text. */
function excelValue(v: CellValue): SampleCell {
  if (v === null) return null;
  if (v instanceof Date) return Math.round((Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()) - EXCEL_EPOCH) / 86_400_000);
  if (typeof v === "object") return v.error;
  return v;
}

/** The bundled example register (examples/partnership-register.xlsx), sheet by sheet, as Excel holds it. */
export async function exampleSheets(root: string): Promise<SampleSheet[]> {
  const workbook = await openWorkbook(path.join(root, "examples/partnership-register.xlsx"));
  return readGrids(workbook).map((g) => ({
    name: g.name,
    rows: g.rows.map((row) => Array.from(row, (v) => excelValue(v ?? null))),
    hiddenRows: [...(g.hiddenRows ?? [])],
  }));
}

/** The grids the Office adapter makes of these sheets: what the pane checks. */
export function gridsOf(sheets: readonly SampleSheet[]): Grid[] {
  return sheets.map((s) => ({
    name: s.name,
    rows: s.rows.map((row) => row.map((v) => officeCellValue(v))),
    hiddenRows: new Set(s.hiddenRows ?? []),
  }));
}
