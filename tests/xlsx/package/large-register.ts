// A large register (35 columns, any number of rows) both as an .xlsx, written with exceljs's streaming writer,
// and as the grid the adapter would read from it, so a measurement can skip reading it back.
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { cleanRow, FULL_HEADERS } from "../../helpers/grid.js";

/** 33 protocol columns and two of the council's own: 35 columns. */
export const LARGE_HEADERS = [...FULL_HEADERS, "Notes", "Last updated by"];

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Row `i` (0-based) of the register: about one in four has a gap the check reports; names that look like formulas included. */
export function largeRegisterRow(i: number): CellValue[] {
  const odd = ['=HYPERLINK("http://x","y")', "+44 1234", "@risk", "-5 days"][i];
  const r = cleanRow({
    Ref: `P-${String(i + 1).padStart(5, "0")}`,
    Partnership: odd ?? `Partnership ${i + 1}`,
    "Start date": day(2022, 4, 1),
    "End date": day(2029, 3, 31),
    "Date of last review": i % 7 === 3 ? day(2023, 3, 15) : day(2026, 1, 15),
    "Risk register last reviewed": day(2026, 1, 15),
    "Annual contribution": 5000 + (i % 100),
    "Approved amount": 10000,
    "Exit strategy": odd || i % 11 === 5 ? "" : "Yes",
    "Business case": i % 13 === 7 ? "" : "Yes",
  });
  return LARGE_HEADERS.map((h) => (h in r ? (r[h] === "" ? null : r[h]!) : h === "Notes" ? `Note ${i + 1}` : "j.smith"));
}

export function largeRegisterGrid(rows: number, name = "Register"): Grid {
  const out: CellValue[][] = [LARGE_HEADERS];
  for (let i = 0; i < rows; i++) out.push(largeRegisterRow(i));
  return { name, rows: out };
}

export async function writeLargeRegister(file: string, rows: number, name = "Register"): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet(name);
  ws.addRow(LARGE_HEADERS).commit();
  for (let i = 0; i < rows; i++) {
    const row = ws.addRow(largeRegisterRow(i) as ExcelJS.CellValue[]);
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = "dd/mm/yyyy";
    });
    row.commit();
  }
  ws.commit();
  await wb.commit();
}
