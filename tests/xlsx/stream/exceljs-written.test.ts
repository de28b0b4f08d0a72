// Workbooks written by exceljs itself (its own writer, and the streaming writer) read back identically through
// both readers: one covering every cell type, and random small workbooks (a fast-check property).
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readBoth, tempDir, removeTempDirs } from "./helpers.js";

afterAll(removeTempDirs);

const DATE_FORMATS = ["dd/mm/yyyy", "d mmm yyyy", "mm-dd-yy", "h:mm", "[h]:mm:ss", "yyyy-mm-dd hh:mm"];
const OTHER_FORMATS = ["General", "0.00", "#,##0", '"£"#,##0.00', "0%", "@", "[Red]0.00", '#,##0 "kg"'];

async function everyTypeWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Every type");
  ws.getCell("A1").value = "plain text";
  ws.getCell("B1").value = { richText: [{ text: "Rich " }, { font: { bold: true }, text: "text" }] };
  ws.getCell("C1").value = "  spaces & <markup> \"quotes\" 'apostrophes'  ";
  ws.getCell("D1").value = "line one\nline two";
  ws.getCell("E1").value = "";
  ws.getCell("F1").value = "Bell\u0007 Trust \u202E";
  ws.getCell("G1").value = "_x0041_ looks like an escape";
  ws.getCell("A2").value = 42;
  ws.getCell("B2").value = -1234.5678;
  ws.getCell("C2").value = 1e-12;
  ws.getCell("D2").value = true;
  ws.getCell("E2").value = false;
  ws.getCell("F2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("G2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  ws.getCell("A3").value = new Date(Date.UTC(2026, 10, 30));
  ws.getCell("B3").value = new Date(Date.UTC(2026, 10, 30));
  ws.getCell("B3").numFmt = "dd/mm/yyyy";
  ws.getCell("C3").value = new Date(Date.UTC(1899, 11, 30, 14, 30));
  ws.getCell("C3").numFmt = "h:mm";
  ws.getCell("D3").value = 46000;
  ws.getCell("D3").numFmt = "d mmm yyyy";
  ws.getCell("E3").value = 46000;
  ws.getCell("E3").numFmt = '"£"#,##0.00';
  ws.getCell("F3").value = "£12,500";
  ws.getCell("G3").value = new Date(Date.UTC(2026, 0, 1, 9, 15, 30));
  ws.getCell("G3").numFmt = "yyyy-mm-dd hh:mm:ss";
  ws.getCell("A4").value = { formula: "A2*2", result: 84 };
  ws.getCell("B4").value = { formula: 'A1&"!"', result: "plain text!" };
  ws.getCell("C4").value = { formula: "A2>1", result: true };
  ws.getCell("D4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  ws.getCell("E4").value = { formula: "TODAY()", result: new Date(Date.UTC(2026, 5, 30)) } as ExcelJS.CellFormulaValue;
  ws.getCell("E4").numFmt = "dd/mm/yyyy";
  ws.getCell("F4").value = { formula: "NOW()" } as ExcelJS.CellFormulaValue;
  ws.getCell("G4").value = { formula: 'A1&"x"', result: "" } as ExcelJS.CellFormulaValue;
  ws.getCell("A5").value = { text: "terms of reference", hyperlink: "https://example.org/tor" };
  ws.getCell("B5").value = { text: "A Khan", hyperlink: "mailto:a.khan@example.org" };
  ws.getCell("C5").value = { text: { richText: [{ text: "rich " }, { text: "link" }] }, hyperlink: "https://example.org" } as unknown as ExcelJS.CellHyperlinkValue;
  ws.getCell("A7").value = "merged title";
  ws.mergeCells("A7:D8");
  ws.getCell("F7").value = "merged down";
  ws.mergeCells("F7:F9");
  ws.getCell("A10").value = "hidden row";
  ws.getRow(10).hidden = true;
  ws.getRow(11).hidden = true; // hidden and blank
  ws.getColumn("C").hidden = true;
  ws.getColumn("Z").hidden = true; // beyond the data until the far cell below
  ws.getCell("A13").value = "after blank rows";
  ws.getCell("AB14").value = "far right";
  ws.getCell("XFD15").value = "last column";
  ws.getCell("H16").numFmt = "0.00"; // styled, no value
  ws.getCell("A16").value = 16;

  const later = wb.addWorksheet("Starts at row 5");
  later.getCell("B5").value = "header";
  later.getCell("C5").value = "second";
  later.getCell("B6").value = 1;
  later.getColumn("E").hidden = true; // beyond the data: exceljs does not report it

  const hidden = wb.addWorksheet("Hidden", { state: "hidden" });
  hidden.getCell("A1").value = "in a hidden sheet";
  await wb.xlsx.writeFile(file);
}

describe("workbooks exceljs writes read back identically", () => {
  it("every cell type (exceljs's own writer)", async () => {
    const file = path.join(tempDir(), "every-type.xlsx");
    await everyTypeWorkbook(file);
    const { exceljs, stream } = await readBoth(file);
    expect(stream).toEqual(exceljs);
    if (!("grids" in stream)) throw new Error(stream.error);
    const [every, later, hidden] = stream.grids;
    expect(every!.rows[0]!.slice(0, 2)).toEqual(["plain text", "Rich text"]);
    expect(every!.rows[2]![1]).toEqual({ date: "2026-11-30T00:00:00.000Z" });
    expect(every!.rows[3]).toEqual([84, "plain text!", true, { error: "#DIV/0!" }, { date: "2026-06-30T00:00:00.000Z" }, null, null]);
    expect(every!.rows[4]).toEqual(["terms of reference", "A Khan", "rich link"]);
    expect(every!.rows[6]).toEqual(["merged title", null, null, null, null, "merged down"]);
    expect(every!.rows[7]).toEqual([]);
    expect(every!.hiddenRows).toEqual([10]);
    expect(every!.hiddenColumns).toEqual(["C", "Z"]);
    expect(later!.rows[4]).toEqual([null, "header", "second"]);
    expect(later!.hiddenColumns).toEqual([]);
    expect(hidden!.name).toBe("Hidden");
  });

  it("every cell type (the streaming WorkbookWriter, shared strings and styles on)", async () => {
    const file = path.join(tempDir(), "streamed.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
    const ws = wb.addWorksheet("Register");
    ws.addRow(["Ref", "Name", "Start", "Amount", "Budget", "Link", "Rich"]).commit();
    for (let i = 1; i <= 200; i++) {
      const row = ws.addRow([
        `P-${i}`,
        i % 7 === 0 ? null : `Partnership ${i}`,
        new Date(Date.UTC(2020, i % 12, 1 + (i % 28))),
        i % 5 === 0 ? "tbc" : `£${i * 100}`,
        i * 1.5,
        i % 9 === 0 ? { text: `link ${i}`, hyperlink: `https://example.org/${i}` } : null,
        i % 11 === 0 ? { richText: [{ text: "a" }, { text: `${i}` }] } : null,
      ]);
      row.getCell(3).numFmt = "dd/mm/yyyy";
      if (i % 13 === 0) row.hidden = true;
      row.commit();
    }
    ws.commit();
    await wb.commit();
    const { exceljs, stream } = await readBoth(file);
    expect(stream).toEqual(exceljs);
    if (!("grids" in stream)) throw new Error(stream.error);
    expect(stream.grids[0]!.rows.length).toBe(201);
    expect(stream.grids[0]!.hiddenRows).toContain(14);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Random small workbooks.

type Value =
  | { kind: "text"; text: string }
  | { kind: "number"; n: number; format?: string }
  | { kind: "bool"; b: boolean }
  | { kind: "date"; d: Date; format?: string }
  | { kind: "error"; e: string }
  | { kind: "rich"; parts: string[] }
  | { kind: "formula"; result: ExcelJS.CellValue | undefined; format?: string }
  | { kind: "link"; text: string }
  | { kind: "styledBlank"; format: string };

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
  fc.constantFrom("", " ", "_x0041_", "&amp;", "a<b>&c", "£1,250.00", "N/A", "=1+1", "line\nbreak", "  padded  ", "Bell\u0007"),
);
const format = fc.constantFrom(...DATE_FORMATS, ...OTHER_FORMATS);
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });
const errorCode = fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!");

const value: fc.Arbitrary<Value> = fc.oneof(
  fc.record({ kind: fc.constant("text" as const), text }),
  fc.record({ kind: fc.constant("number" as const), n: fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true })), format: fc.option(format, { nil: undefined }) }),
  fc.record({ kind: fc.constant("bool" as const), b: fc.boolean() }),
  fc.record({ kind: fc.constant("date" as const), d: date, format: fc.option(fc.constantFrom(...DATE_FORMATS), { nil: undefined }) }),
  fc.record({ kind: fc.constant("error" as const), e: errorCode }),
  fc.record({ kind: fc.constant("rich" as const), parts: fc.array(text, { minLength: 1, maxLength: 3 }) }),
  fc.record({
    kind: fc.constant("formula" as const),
    result: fc.oneof(fc.constant(undefined), fc.double({ noNaN: true, noDefaultInfinity: true }), text, fc.boolean(), errorCode.map((e) => ({ error: e }) as ExcelJS.CellErrorValue), date),
    format: fc.option(format, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant("link" as const), text: text.filter((t) => t !== "") }),
  fc.record({ kind: fc.constant("styledBlank" as const), format }),
);

interface SheetSpec {
  cells: { row: number; col: number; value: Value }[];
  hiddenRows: number[];
  hiddenCols: number[];
  merges: boolean[];
  state: "visible" | "hidden";
}

const sheetSpec: fc.Arbitrary<SheetSpec> = fc.record({
  cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 9 }), value }), { maxLength: 30 }),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 14 }), { maxLength: 4 }),
  hiddenCols: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
  merges: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  state: fc.constantFrom("visible" as const, "hidden" as const),
});

/** Disjoint merge areas: any subset of them can be merged together. */
const MERGE_AREAS = ["A1:C1", "E3:F5", "B8:B10"];

function cellValue(v: Value): ExcelJS.CellValue {
  switch (v.kind) {
    case "text":
      return v.text;
    case "number":
      return v.n;
    case "bool":
      return v.b;
    case "date":
      return v.d;
    case "error":
      return { error: v.e } as ExcelJS.CellErrorValue;
    case "rich":
      return { richText: v.parts.map((t) => ({ text: t })) };
    case "formula":
      return { formula: "A1", result: v.result } as ExcelJS.CellFormulaValue;
    case "link":
      return { text: v.text, hyperlink: "https://example.org/x?a=1&b=2" };
    case "styledBlank":
      return null;
  }
}

async function writeRandomWorkbook(file: string, sheets: SheetSpec[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((spec, i) => {
    const ws = wb.addWorksheet(`Sheet ${i + 1}`, { state: spec.state });
    for (const { row, col, value: v } of spec.cells) {
      const cell = ws.getCell(row, col);
      if (cell.isMerged) continue;
      cell.value = cellValue(v);
      const fmt = "format" in v ? v.format : undefined;
      if (fmt) cell.numFmt = fmt;
    }
    for (const r of spec.hiddenRows) ws.getRow(r).hidden = true;
    for (const c of spec.hiddenCols) ws.getColumn(c).hidden = true;
    spec.merges.forEach((on, m) => {
      if (on) ws.mergeCells(MERGE_AREAS[m]!);
    });
  });
  await wb.xlsx.writeFile(file);
}

describe("property: random small workbooks written by exceljs", () => {
  it("read back identically through both readers", async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(sheetSpec, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const file = path.join(dir, `random-${n++}.xlsx`);
        await writeRandomWorkbook(file, sheets);
        const { exceljs, stream } = await readBoth(file);
        expect(stream).toEqual(exceljs);
        expect("grids" in stream).toBe(true);
      }),
      { numRuns: 120, seed: 20261130 },
    );
  });
});
