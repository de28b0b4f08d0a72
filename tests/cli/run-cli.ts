import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would, in its own process. */
export function runCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const STACK_TRACE = /^\s+at .+:\d+:\d+\)?$/m;

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "pra-test-"));
}

export const EXAMPLE = path.join(ROOT, "examples/partnership-register.xlsx");
export const PLANTED = path.join(ROOT, "examples/planted-gaps.json");

/** Writes a one-sheet workbook: `rows` from row 1. */
export async function writeWorkbook(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The in-workbook links of a sheet, as Excel stores them (by location): cell -> target, e.g. "G6" -> "'Register'!C5". */
export async function linksOf(file: string, sheet: string): Promise<Map<string, string>> {
  const { partsOf, sheetParts } = await import("../xlsx/package/package-helpers.js");
  const parts = await partsOf(file);
  const xml = parts.get(sheetParts(parts).get(sheet)!)!;
  const unescape = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return new Map([...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)"/g)].map((m) => [m[1]!, unescape(m[2]!)]));
}
