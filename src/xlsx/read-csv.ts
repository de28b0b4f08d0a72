import fs from "node:fs/promises";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../domain/model.js";
import { describeFsError } from "./fs-errors.js";
import { WorkbookUnreadable } from "./workbook-unreadable.js";

/** A CSV register: its grid, and a new workbook holding it as a sheet, for the generated tabs to link to. */
export interface CsvRegister {
  grid: Grid;
  workbook: ExcelJS.Workbook;
}

/** The delimiter people use: comma, or semicolon where the comma is the decimal mark. */
function delimiterOf(text: string): "," | ";" {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** The line where a quote opens and is never closed, if there is one. */
function unclosedQuoteLine(text: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\n") line++;
    else if (c === '"') {
      if (openedAt === null) openedAt = line;
      else if (text[i + 1] === '"') i++;
      else openedAt = null;
    }
  }
  return openedAt;
}

/** A sheet name Excel accepts, from the file name. */
function sheetNameFor(file: string): string {
  const name = path.basename(file, path.extname(file)).replace(/[\\/?*[\]:]/g, " ").trim().slice(0, 31);
  return name || "Register";
}

export async function readCsv(file: string): Promise<CsvRegister> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookUnreadable(`There is no file at ${file}. Check the path and the file name.`);
    if (code === "EISDIR") throw new WorkbookUnreadable(`${file} is a folder, not a workbook. Give the path of the .xlsx (or .csv) file.`);
    throw new WorkbookUnreadable(`${file} cannot be opened (${describeFsError(code)}).`);
  }
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    const line = e instanceof CsvError ? (unclosedQuoteLine(text) ?? (e as CsvError & { lines?: number }).lines) : undefined;
    const where = line ? ` near line ${line}` : "";
    throw new WorkbookUnreadable(`${file} is not a CSV file the tool can read${where} (perhaps an unclosed quote). Open it in Excel and save it as .xlsx or CSV UTF-8.`);
  }
  if (records.length === 0) throw new WorkbookUnreadable(`${file} is empty. Check it is the register.`);
  const rows: CellValue[][] = records.map((r) => r.map((v) => (v.trim() === "" ? null : v)));
  const name = sheetNameFor(file);
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(name);
  for (const r of rows) ws.addRow(r.map((v) => v ?? null));
  return { grid: { name, rows }, workbook };
}
