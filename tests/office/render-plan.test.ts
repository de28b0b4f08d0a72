// The pure half of the Office adapter: payload estimates, chunking by size, and the plan of writes for a tab.
import { describe, expect, it } from "vitest";
import { isoFromExcelSerial } from "../../src/domain/register/calendar.js";
import type { TabCell, TabSpec } from "../../src/domain/tabs/tab-spec.js";
import { rowsOfAreas } from "../../src/office/addresses.js";
import { jsonBytes, rowsPerRead, splitBySize } from "../../src/office/payload.js";
import { toCellValue } from "../../src/office/read-grids.js";
import { blocks, excelSerial, hyperlinkFormula, planTab, type SheetOp } from "../../src/office/render-tab.js";
import { utf8Length } from "./fake-excel.js";

function spec(rows: TabCell[][], extra: Partial<TabSpec> = {}): TabSpec {
  return { key: "t", name: "Test", widths: [10, 20, 30], rows, ...extra };
}

const tableName = () => "PRA_Test";

describe("payload estimates", () => {
  it("matches the UTF-8 size of the JSON Excel would be sent, £ and quotes included", () => {
    for (const v of [[["£5,000", 'say "hi"', "tab\there", 12.5, true, null, ""]], { a: [1, 2], b: "é€😀" }, "plain"]) {
      expect(jsonBytes(v)).toBeGreaterThanOrEqual(utf8Length(JSON.stringify(v)));
      expect(jsonBytes(v)).toBeLessThanOrEqual(utf8Length(JSON.stringify(v)) + 4);
    }
  });

  it("splits by size, not by a fixed number of rows: bigger rows give more chunks", () => {
    const small = Array.from({ length: 1000 }, () => 100);
    const large = Array.from({ length: 1000 }, () => 1000);
    expect(splitBySize(small, 50_000)).toHaveLength(2);
    expect(splitBySize(large, 50_000)).toHaveLength(20);
    const runs = splitBySize(large, 50_000);
    expect(runs[0]).toEqual([0, 50]);
    expect(runs.at(-1)).toEqual([950, 1000]);
  });

  it("reads fewer rows at a time when cells are larger, and never more than a million cells", () => {
    expect(rowsPerRead(35, 16)).toBeGreaterThan(rowsPerRead(35, 64));
    expect(rowsPerRead(1, 1) * 1).toBeLessThanOrEqual(1_000_000);
    expect(rowsPerRead(35, 10_000_000)).toBe(1);
  });
});

describe("values as Excel gives and takes them", () => {
  it("reads error strings as errors and blanks as null", () => {
    expect(toCellValue("#REF!")).toEqual({ error: "#REF!" });
    expect(toCellValue("#CALC!")).toEqual({ error: "#CALC!" });
    expect(toCellValue("")).toBeNull();
    expect(toCellValue("#hashtag")).toBe("#hashtag");
    expect(toCellValue(45000)).toBe(45000);
    expect(toCellValue(false)).toBe(false);
  });

  it("writes dates as Excel serial numbers, which the engine reads back as the same day", () => {
    for (const iso of ["2026-06-30", "2000-02-29", "1900-03-01", "2099-12-31"]) expect(isoFromExcelSerial(excelSerial(iso))).toBe(iso);
    expect(excelSerial("2026-06-30")).toBe(46203);
  });

  it("escapes quotes in link formulas: sheet names in the reference, display text in the string", () => {
    expect(hyperlinkFormula("Register", "C5", "C5")).toBe('=HYPERLINK("#\'Register\'!C5","C5")');
    expect(hyperlinkFormula(`O'Brien "list"`, "A2", `say "A2"`)).toBe(`=HYPERLINK("#'O''Brien ""list""'!A2","say ""A2""")`);
  });
});

describe("planning a tab's writes", () => {
  it("sets the text format before the values, in the same request, for every text cell", () => {
    const rows: TabCell[][] = [
      [{ t: "text", v: "=SUM(A1:A9)" }, { t: "number", v: 5 }, { t: "money", v: 10 }],
      [{ t: "text", v: "+44" }, { t: "date", v: "2026-01-02" }, { t: "link", v: "C5", sheet: "Register", cell: "C5" }],
    ];
    const pieces = planTab(spec(rows), { tableName, autoFilter: true });
    const ops = pieces.flatMap((p) => p.ops);
    const values = ops.findIndex((o) => o.op === "values");
    const textFormats = ops.filter((o): o is Extract<SheetOp, { op: "numberFormat" }> => o.op === "numberFormat" && o.format === "@");
    expect(textFormats.map((o) => o.address)).toEqual(["A1:A2"]);
    expect(ops.indexOf(textFormats[0]!)).toBeLessThan(values);
    const v = ops[values] as Extract<SheetOp, { op: "values" }>;
    expect(v.values).toEqual([
      ["=SUM(A1:A9)", 5, 10],
      ["+44", 46024, '=HYPERLINK("#\'Register\'!C5","C5")'],
    ]);
    expect(ops.filter((o) => o.op === "numberFormat").map((o) => (o as { format: string }).format).sort()).toEqual(['"£"#,##0;[Red]-"£"#,##0', "@", "dd/mm/yyyy"]);
  });

  it("groups formats into blocks: a column of 10,000 styled cells is one op", () => {
    const rows: TabCell[][] = Array.from({ length: 10_000 }, (_, i) => [
      { t: "text", v: i % 2 ? "Error" : "Warning", style: i < 5000 ? "error" : "warning" },
      { t: "text", v: `message ${i}`, wrap: true },
    ]);
    const ops = planTab(spec(rows), { tableName, autoFilter: true }).flatMap((p) => p.ops);
    expect(ops.filter((o) => o.op === "style")).toHaveLength(3);
    expect(ops.filter((o) => o.op === "numberFormat")).toHaveLength(1);
    expect(blocks(0, 2, 3, () => "k")).toEqual([{ top: 0, left: 0, bottom: 2, right: 2, key: "k" }]);
  });

  it("chunks a long tab by payload size, each piece within the budget, and adds tables last", () => {
    const rows: TabCell[][] = [[{ t: "text", v: "Heading", style: "heading" }]];
    for (let i = 0; i < 20_000; i++) rows.push([{ t: "text", v: `Partnership ${i} ${"x".repeat(i % 200)}` }, { t: "money", v: i }]);
    const budget = 256 * 1024;
    const pieces = planTab(spec(rows, { tables: [{ name: "PRA_T", headerRow: 0, lastRow: rows.length - 1, columns: 2 }], freezeRows: 1 }), {
      tableName,
      autoFilter: true,
      budget,
    });
    const rowPieces = pieces.filter((p) => p.ops.some((o) => o.op === "values"));
    expect(rowPieces.length).toBeGreaterThan(5);
    for (const p of pieces) expect(p.bytes).toBeLessThanOrEqual(budget);
    const last = pieces.at(-1)!;
    expect(last.ops).toEqual([
      { op: "freezeRows", rows: 1 },
      { op: "table", address: "A1:B20001", name: "PRA_Test" },
    ]);
    const writtenRows = rowPieces.reduce((n, p) => n + (p.ops.find((o) => o.op === "values") as { values: unknown[] }).values.length, 0);
    expect(writtenRows).toBe(rows.length);
  });

  it("a list with no rows gets filter buttons where the host has them, never an empty table", () => {
    const rows: TabCell[][] = [[{ t: "text", v: "A" }, { t: "text", v: "B" }]];
    const t = { name: "PRA_T", headerRow: 0, lastRow: 0, columns: 2 };
    expect(planTab(spec(rows, { tables: [t] }), { tableName, autoFilter: true }).at(-1)!.ops).toEqual([{ op: "autoFilter", address: "A1:B1" }]);
    expect(planTab(spec(rows, { tables: [t] }), { tableName, autoFilter: false }).flatMap((p) => p.ops).some((o) => o.op === "table" || o.op === "autoFilter")).toBe(false);
  });
});

describe("addresses", () => {
  it("reads the rows of a multi-area address, sheet names with commas and quotes included", () => {
    expect(rowsOfAreas("Register!A1:C3,Register!A5:C9")).toEqual([
      [1, 3],
      [5, 9],
    ]);
    expect(rowsOfAreas("'My, ''odd'' sheet!'!$A$2:$C$2,'My, ''odd'' sheet!'!A7")).toEqual([
      [2, 2],
      [7, 7],
    ]);
  });
});
