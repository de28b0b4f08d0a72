// Run in a child process: reads one workbook with one reader and prints {ms, maxRssMb, rows, cells} as JSON.
//   npx tsx tests/xlsx/stream/measure-reader.ts exceljs|stream <file.xlsx>   (readGrids(openWorkbook) | readGridsStreaming)
//   npx tsx tests/xlsx/stream/measure-reader.ts readfile <file.xlsx>         (exceljs workbook.xlsx.readFile alone)
//   npx tsx tests/xlsx/stream/measure-reader.ts rows <file.xlsx> <sheet>     (streamSheet: rows counted, none kept)
//   npx tsx tests/xlsx/stream/measure-reader.ts write <file.xlsx> <rows>     (writes a big register first)
import ExcelJS from "exceljs";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";
import { readGridsStreaming, streamSheet } from "../../../src/xlsx/stream/read-grids-stream.js";
import type { Grid } from "../../../src/domain/model.js";
import { writeBigRegister } from "./big-register.js";

const [mode, file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error("usage: measure-reader.ts exceljs|readfile|stream|rows|write <file> [rows | sheet]");

const started = performance.now();
let grids: Grid[] = [];
let streamedRows = 0;
let streamedCells = 0;
if (mode === "write") await writeBigRegister(file, Number(rowsArg ?? 50_000));
else if (mode === "exceljs") grids = readGrids(await openWorkbook(file));
else if (mode === "readfile") await new ExcelJS.Workbook().xlsx.readFile(file);
else if (mode === "stream") grids = await readGridsStreaming(file);
else if (mode === "rows") {
  for await (const row of streamSheet(file, rowsArg ?? "Partnerships 2026-27")) (streamedRows = row.row), (streamedCells += row.cells.length);
}
else throw new Error(`unknown mode ${mode}`);
const ms = Math.round(performance.now() - started);
let cells = streamedCells;
for (const g of grids) for (const r of g.rows) cells += r.length;
const rows = grids.reduce((n, g) => n + g.rows.length, streamedRows);
const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
process.stdout.write(JSON.stringify({ mode, ms, maxRssMb, heapMb, rows, cells }) + "\n");
