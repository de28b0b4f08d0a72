// A register written by exceljs's streaming WorkbookWriter (text, numbers, dates, money text, blanks) reads the
// same through both readers. Timings belong to `npm run bench` (tests/xlsx/stream/measure-reader.ts times one reader).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { streamSheet } from "../../../src/xlsx/stream/read-grids-stream.js";
import { BIG_COLUMNS, writeBigRegister } from "./big-register.js";
import { readBoth, tempDir, removeTempDirs } from "./helpers.js";

afterAll(removeTempDirs);

const MEASURE = path.join(import.meta.dirname, "measure-reader.ts");
const BENCH_ROWS = Number(process.env.STREAM_BENCH_ROWS ?? 50_000);

interface Measured {
  mode: string;
  ms: number;
  maxRssMb: number;
  heapMb: number;
  rows: number;
  cells: number;
}

function measure(mode: string, file: string, arg?: string): Measured {
  const args = ["--import", "tsx", MEASURE, mode, file, ...(arg ? [arg] : [])];
  const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20, timeout: 600_000 });
  return JSON.parse(out.trim().split("\n").pop()!) as Measured;
}

describe("a large register written by the streaming WorkbookWriter", () => {
  it("reads the same through both readers (3,000 rows × 35 columns)", async () => {
    const file = path.join(tempDir(), "register-3000.xlsx");
    await writeBigRegister(file, 3000);
    const { exceljs, stream } = await readBoth(file);
    expect(stream).toEqual(exceljs);
    if (!("grids" in stream)) throw new Error(stream.error);
    const [grid] = stream.grids;
    expect(grid!.rows.length).toBe(3002);
    expect(Math.max(...grid!.rows.map((r) => r.length))).toBe(BIG_COLUMNS);
    expect(grid!.rows[2]![13]).toHaveProperty("date");
    let n = 0;
    let last = 0;
    for await (const row of streamSheet(file, grid!.name)) {
      expect(row.row).toBeGreaterThan(last);
      last = row.row;
      n++;
    }
    expect(n).toBe(3002);
  });
});
