// A 50,000-row × 35-column register written by the package writer, in a process of its own: how long it takes
// and how much memory it needs are printed, not asserted (timing belongs to `npm run bench`). Set
// PRA_COMPARE_EXCELJS=1 to measure the exceljs writer and exceljs's readFile + writeFile on the same file too
// (about 15 s and 2.5 GB more).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZipReader } from "../../../src/xlsx/package/zip-read.js";
import { writeLargeRegister } from "./large-register.js";
import { ROOT, storedEntries, tempDir } from "./package-helpers.js";

const ROWS = 50_000;

function measure(mode: string, input: string, out: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", path.join(import.meta.dirname, "measure-write.ts"), mode, input, out, String(ROWS)], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 300_000,
  });
  if (r.status !== 0) throw new Error(`${mode} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const line = r.stdout.trim().split("\n").pop()!;
  return JSON.parse(line) as Record<string, unknown>;
}

describe(`a ${ROWS.toLocaleString("en-GB")}-row × 35-column register`, () => {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = tempDir();
    input = path.join(dir, "large.xlsx");
    await writeLargeRegister(input, ROWS);
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is written by the package writer, streamed, with the register copied as stored", { timeout: 300_000 }, async () => {
    const out = path.join(dir, "checked.xlsx");
    const stats = measure("package", input, out);
    console.info(`package writer, ${ROWS} rows: ${JSON.stringify(stats)}`);
    expect(stats.writeMs).toBeTypeOf("number");

    const [before, after] = await Promise.all([storedEntries(input), storedEntries(out)]);
    for (const [name, e] of before) {
      if (["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"].includes(name)) continue;
      expect(after.get(name)?.raw.equals(e.raw), name).toBe(true);
    }
    // The scorecards have one row a partnership: every one of them is in the sheet.
    const zip = await ZipReader.open(out);
    try {
      const tabs = zip.entries.filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name) && !before.has(e.name));
      expect(tabs).toHaveLength(7);
      let largest = 0;
      for (const t of tabs) {
        let rows = 0;
        for await (const chunk of zip.inflate(t)) rows += chunk.toString("latin1").split("<row ").length - 1;
        largest = Math.max(largest, rows);
      }
      expect(largest).toBeGreaterThanOrEqual(ROWS);
    } finally {
      await zip.close();
    }

    if (process.env.PRA_COMPARE_EXCELJS === "1") {
      const viaExceljs = measure("exceljs-write", input, path.join(dir, "exceljs.xlsx"));
      console.info(`exceljs writer, ${ROWS} rows: ${JSON.stringify(viaExceljs)}`);
      const roundtrip = measure("exceljs-roundtrip", input, path.join(dir, "roundtrip.xlsx"));
      console.info(`exceljs readFile + writeFile, ${ROWS} rows: ${JSON.stringify(roundtrip)}`);
    }
  });
});
