// Builds the corpus: for each tests/corpus/<id>/register.ts, the workbook register.xlsx and expected.json beside it.
//
// Run: npm run corpus:build            (every register)
//      npm run corpus:build -- <id>... (some)
//
// Deterministic: every value comes from the description, the workbook's dates are the description's `saved`, and
// the zip entries' timestamps are pinned, so two runs write the same bytes.
import ExcelJS from "exceljs";
import { readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { columnLetter } from "../src/domain/register/column-letter.js";
import {
  isPartnershipRow,
  isStyled,
  type Cell,
  type CorpusRegister,
  type ExpectedJson,
  type ExpectedPartnership,
  type SheetSpec,
} from "../tests/corpus/describe.js";
import { pinZipTimestamps } from "./pin-zip-timestamps.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = path.resolve(here, "../tests/corpus");

/** The ids of every corpus register (directories holding a register.ts). */
export function corpusIds(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => statSync(path.join(CORPUS_DIR, name)).isDirectory())
    .filter((name) => readdirSync(path.join(CORPUS_DIR, name)).includes("register.ts"))
    .sort();
}

export async function loadDescription(id: string): Promise<CorpusRegister> {
  const mod = (await import(pathToFileURL(path.join(CORPUS_DIR, id, "register.ts")).href)) as { default: CorpusRegister };
  const reg = mod.default;
  if (reg.id !== id) throw new Error(`tests/corpus/${id}/register.ts describes "${reg.id}": the id must be the directory's name`);
  return reg;
}

function writeCell(cell: ExcelJS.Cell, value: Cell): void {
  const v = isStyled(value) ? value.v : value;
  if (v === null) return;
  cell.value = v;
  if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
  if (isStyled(value)) {
    if (value.fmt) cell.numFmt = value.fmt;
    if (value.bold) cell.font = { bold: true };
  }
  if (typeof v === "string" && (v.length > 40 || v.includes("\n"))) cell.alignment = { wrapText: true, vertical: "top" };
}

function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): void {
  const ws = wb.addWorksheet(spec.name);
  spec.rows.forEach((row, r) => {
    const cells = isPartnershipRow(row) ? row.cells : row;
    cells.forEach((cell, c) => writeCell(ws.getCell(r + 1, c + 1), cell));
  });
  for (const range of spec.merges ?? []) ws.mergeCells(range);
  (spec.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** What expected.json says: the description's partnerships with the sheet and row each one starts on. */
export function expectedOf(reg: CorpusRegister): ExpectedJson {
  const partnerships: ExpectedPartnership[] = [];
  for (const sheet of reg.sheets) {
    sheet.rows.forEach((row, r) => {
      if (!isPartnershipRow(row)) return;
      partnerships.push({ ref: row.p.ref ?? null, name: row.p.name, sheet: sheet.name, row: r + 1, planted: row.p.planted ?? [], clean: row.p.clean ?? false });
    });
    for (const { column, p } of sheet.partnershipColumns ?? []) {
      partnerships.push({ ref: p.ref ?? null, name: p.name, sheet: sheet.name, row: null, column, planted: p.planted ?? [], clean: p.clean ?? false });
    }
  }
  for (const p of partnerships) {
    if (!reg.registerSheets.includes(p.sheet)) throw new Error(`${reg.id}: partnership "${p.name}" is on ${p.sheet}, which is not a register sheet`);
  }
  return {
    source: reg.id,
    publisher: reg.publisher,
    kind: reg.kind,
    shape: reg.shape,
    sources: reg.sources,
    today: reg.today,
    sheets: reg.registerSheets,
    columns: reg.columns,
    partnerships,
    planted: partnerships.flatMap((p) => p.planted.map((rule) => ({ rule, ref: p.ref, name: p.name }))),
    clean: partnerships.filter((p) => p.clean).map((p) => p.ref ?? p.name),
  };
}

/** Every header cell a column key can name must exist: a typo in the expected mapping would score nothing. */
function checkColumnKeys(reg: CorpusRegister): void {
  const labels = new Set<string>();
  const letters = new Set<string>();
  for (const sheet of reg.sheets) {
    for (const row of sheet.rows) {
      const cells = isPartnershipRow(row) ? row.cells : row;
      cells.forEach((cell, c) => {
        const v = isStyled(cell) ? cell.v : cell;
        if (typeof v === "string" && v.trim() !== "") labels.add(v.trim());
        letters.add(`${sheet.name}!${columnLetter(c)}`);
        if (reg.registerSheets.includes(sheet.name)) letters.add(columnLetter(c));
      });
    }
  }
  for (const key of Object.keys(reg.columns)) {
    if (!letters.has(key) && !labels.has(key)) throw new Error(`${reg.id}: the expected mapping names "${key}", which is no column and no label of the workbook`);
  }
}

/** The register's workbook, as the bytes of an .xlsx file. */
export async function workbookOf(reg: CorpusRegister): Promise<Buffer> {
  checkColumnKeys(reg);
  const wb = new ExcelJS.Workbook();
  const saved = new Date(`${reg.saved}T09:00:00Z`);
  wb.creator = reg.publisher;
  wb.lastModifiedBy = reg.publisher;
  wb.created = saved;
  wb.modified = saved;
  for (const sheet of reg.sheets) addSheet(wb, sheet);
  return pinZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()), saved);
}

/** expected.json as written beside the workbook. */
export function expectedText(reg: CorpusRegister): string {
  return JSON.stringify(expectedOf(reg), null, 2) + "\n";
}

export async function buildRegister(reg: CorpusRegister): Promise<void> {
  const dir = path.join(CORPUS_DIR, reg.id);
  writeFileSync(path.join(dir, "register.xlsx"), await workbookOf(reg));
  writeFileSync(path.join(dir, "expected.json"), expectedText(reg));
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const ids = wanted.length > 0 ? wanted : corpusIds();
  for (const id of ids) {
    await buildRegister(await loadDescription(id));
    console.log(`built tests/corpus/${id}/register.xlsx and expected.json`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
