// The streaming reader gives the same Grids as readGrids(openWorkbook(file)), and the same refusals, on the
// example register, every workbook in the bad-input corpus, and hand-built packages that reach every cell path.
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WorkbookUnreadable } from "../../../src/xlsx/open-workbook.js";
import { readGridsStreaming } from "../../../src/xlsx/stream/read-grids-stream.js";
import { rawWorkbookEntries, readBoth, tempDir, writeRawWorkbook, zipBuffer, type PlainGrid, removeTempDirs } from "./helpers.js";
import { DATE_1904_WORKBOOK, NO_SHARED_STRINGS_WORKBOOK, SHARED, STYLES, TYPES_WORKBOOK } from "./raw-workbooks.js";

afterAll(removeTempDirs);

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BAD = path.join(ROOT, "tests/fixtures/bad");
const EXAMPLE = path.join(ROOT, "examples/partnership-register.xlsx");
const BAD_WORKBOOKS = fs.readdirSync(BAD).filter((f) => f.endsWith(".xlsx")).sort();

/** Files exceljs refuses: the streaming reader must refuse them with the same message. */
const REFUSED = ["encrypted.xlsx", "no-sheets.xlsx", "not-a-workbook.zip.xlsx", "random-bytes.xlsx", "renamed-csv.xlsx", "truncated.xlsx", "word-document.xlsx"];

async function expectSame(file: string): Promise<PlainGrid[]> {
  const { exceljs, stream } = await readBoth(file);
  expect(stream).toEqual(exceljs);
  if (!("grids" in exceljs)) throw new Error(`exceljs could not read ${file}: ${exceljs.error}`);
  return exceljs.grids;
}

async function expectSameRefusal(file: string): Promise<string> {
  const { exceljs, stream } = await readBoth(file);
  expect("error" in exceljs && exceljs.error).toMatch(/^WorkbookUnreadable: /);
  expect(stream).toEqual(exceljs);
  return "error" in exceljs ? exceljs.error : "";
}

describe("the streaming reader matches exceljs", () => {
  it("on the example register", async () => {
    const grids = await expectSame(EXAMPLE);
    expect(grids.length).toBeGreaterThan(1);
    expect(grids.some((g) => g.rows.length > 40)).toBe(true);
  });

  it("covers the whole bad-input corpus", () => {
    expect(BAD_WORKBOOKS.length).toBeGreaterThan(20);
    for (const f of REFUSED) expect(BAD_WORKBOOKS).toContain(f);
  });

  for (const f of BAD_WORKBOOKS) {
    if (REFUSED.includes(f)) {
      it(`refuses ${f} with exceljs's message`, async () => {
        await expectSameRefusal(path.join(BAD, f));
      });
    } else {
      it(`reads ${f} to the same grids`, async () => {
        await expectSame(path.join(BAD, f));
      });
    }
  }

  it("reads the merged, hidden and hyperlinked fixtures as the engine expects", async () => {
    const merged = await expectSame(path.join(BAD, "merged-titles.xlsx"));
    expect(merged[0]!.rows[0]!.length).toBe(1); // the title merged across A1:M1 stays in A1 only
    const hidden = await expectSame(path.join(BAD, "hidden-rows-columns.xlsx"));
    expect(hidden[0]!.hiddenRows).toContain(3);
    expect(hidden[0]!.hiddenColumns).toContain("K");
  });

  it("on a hand-built workbook with every kind of cell", async () => {
    const dir = tempDir();
    const [types, rowFive, named, empty, ...rest] = await expectSame(writeRawWorkbook(dir, "types.xlsx", TYPES_WORKBOOK));
    expect(rest).toEqual([]); // the chartsheet is not a worksheet
    expect(types!.rows[0]!.slice(0, 8)).toEqual([
      "Shared text",
      "inline & text",
      "Rich inline",
      "a & b",
      "Rich shared text",
      "Bell\u0007 Trust _x00e9_ é",
      "Bell_x0007_ inline",
      null,
    ]);
    expect(types!.rows[2]![0]).toEqual({ date: "2025-12-09T00:00:00.000Z" });
    expect(types!.rows[2]![6]).toBe(45000); // built-in format 27: exceljs knows no code for it
    expect(types!.rows[3]![7]).toEqual({ date: "Invalid Date" }); // an error result in a date-styled formula cell
    expect(types!.rows[11]).toEqual(["merged master", null, null, 4, null, 6]);
    // Cached formula results of 0 and false read as null, unless the cell carries a hyperlink.
    expect(types!.rows[3]!.slice(13)).toEqual([null, null, null, null, null, null]);
    expect(types!.rows[4]![17]).toBe(10); // a shared-formula clone after its master
    expect(types!.rows[13]).toEqual(["Shared text", null, null, null, null, null, 0, false, null, null]);
    expect(types!.rows[9]!.length).toBe(16384);
    expect(types!.hiddenRows).toEqual([5, 15, 20]);
    expect(types!.hiddenColumns).toEqual(["AD", "B", "C"]);
    expect(rowFive!.rows[4]).toEqual(["Shared text", 2, { date: "2023-03-15T00:00:00.000Z" }]);
    expect(rowFive!.hiddenColumns).toEqual(["B"]);
    expect(named!.name).toBe("A & B");
    expect(empty!.rows).toEqual([]);
  });

  it("in the 1904 date system", async () => {
    const [mac] = await expectSame(writeRawWorkbook(tempDir(), "mac.xlsx", DATE_1904_WORKBOOK));
    expect(mac!.rows[0]![0]).toEqual({ date: "2024-06-19T00:00:00.000Z" });
  });

  it("without shared strings or styles parts", async () => {
    const [bare] = await expectSame(writeRawWorkbook(tempDir(), "bare.xlsx", NO_SHARED_STRINGS_WORKBOOK));
    expect(bare!.rows).toEqual([[3, 45000]]);
  });

  it("a sheet whose XML stops short (inside a sound zip) is damaged", async () => {
    const entries = rawWorkbookEntries(TYPES_WORKBOOK).map((e) =>
      e.name === "xl/worksheets/sheet1.xml" ? { ...e, data: String(e.data).slice(0, String(e.data).indexOf('<row r="9"') + 30) } : e,
    );
    const file = path.join(tempDir(), "short.xlsx");
    fs.writeFileSync(file, zipBuffer(entries));
    expect(await expectSameRefusal(file)).toMatch(/may be damaged/);
  });

  it("whatever the zip layout: stored, deflated, data descriptors, zip64", async () => {
    const dir = tempDir();
    const plain = await expectSame(writeRawWorkbook(dir, "deflated.xlsx", TYPES_WORKBOOK));
    for (const [name, layout] of [
      ["stored.xlsx", { method: 0 as const }],
      ["descriptor.xlsx", { descriptor: true }],
      ["stored-descriptor.xlsx", { method: 0 as const, descriptor: true }],
      ["zip64.xlsx", { zip64: true }],
    ] as const) {
      const file = writeRawWorkbook(dir, name, TYPES_WORKBOOK, layout);
      const { stream } = await readBoth(file);
      expect(stream, name).toEqual({ grids: plain });
    }
  });
});

describe("the streaming reader refuses what openWorkbook refuses, in the same words", () => {
  it("a missing file, a folder, an empty file", async () => {
    const dir = tempDir();
    await expectSameRefusal(path.join(dir, "nowhere.xlsx"));
    await expectSameRefusal(dir);
    const empty = path.join(dir, "empty.xlsx");
    fs.writeFileSync(empty, "");
    await expectSameRefusal(empty);
  });

  it("a zip with no content types part", async () => {
    const file = path.join(tempDir(), "other.xlsx");
    fs.writeFileSync(file, zipBuffer([{ name: "readme.txt", data: "hello" }]));
    expect(await expectSameRefusal(file)).toMatch(/a zip file of some other kind/);
  });

  it("a damaged sheet: corrupt deflate data, broken XML, a shared string that does not exist", async () => {
    const dir = tempDir();
    const corrupt = path.join(dir, "corrupt.xlsx");
    const entries = rawWorkbookEntries(TYPES_WORKBOOK);
    const bytes = zipBuffer(entries);
    const at = bytes.indexOf("xl/worksheets/sheet1.xml") + "xl/worksheets/sheet1.xml".length + 40;
    bytes.fill(0xff, at, at + 64);
    fs.writeFileSync(corrupt, bytes);
    expect(await expectSameRefusal(corrupt)).toMatch(/may be damaged/);

    const broken = writeRawWorkbook(dir, "broken.xml.xlsx", { sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>` }] });
    expect(await expectSameRefusal(broken)).toMatch(/may be damaged/);

    const missing = writeRawWorkbook(dir, "sst.xlsx", {
      sharedStrings: SHARED.slice(0, 2),
      styles: STYLES,
      sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>` }],
    });
    expect(await expectSameRefusal(missing)).toMatch(/may be damaged/);
  });

  it("a workbook that lists no worksheets (only a chartsheet)", async () => {
    const file = writeRawWorkbook(tempDir(), "chart-only.xlsx", { sheets: [{ name: "Chart", body: "", chart: true }] });
    expect(await expectSameRefusal(file)).toMatch(/has no sheets/);
  });

  it("throws WorkbookUnreadable itself", async () => {
    await expect(readGridsStreaming(path.join(tempDir(), "none.xlsx"))).rejects.toBeInstanceOf(WorkbookUnreadable);
  });
});
