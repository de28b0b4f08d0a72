// The output workbook keeps the input package: a register with a chart, an image, a drop-down list,
// conditional formatting, a comment, a defined name, a hidden sheet and a pivot table comes out with every one
// of its parts as stored (same compressed bytes, same CRC) except the index parts, plus our seven tabs; it opens
// in exceljs and in LibreOffice; running on its own output replaces our tabs and leaves nothing behind.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { TAB_MARKER, type TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { writePackage } from "../../../src/xlsx/package/write-package.js";
import { pdfPages, printToPdf } from "../../../scripts/print-to-pdf.js";
import { danglingTargets, expectConsistentPackage, expectedValue, rewritePart, specCells } from "./package-checks.js";
import { EXTRAS, partsOf, sheetNames, sheetParts, specsFor, storedEntries, targetsOf, tempDir } from "./package-helpers.js";

const INDEX_PARTS = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
const INPUT_SHEETS = ["Partnerships", "Summary by status", "Lists"];
const OUR_TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every input part other than the index parts is in the output exactly as stored. */
async function expectInputPartsKept(input: string, output: string): Promise<void> {
  const [before, after] = await Promise.all([storedEntries(input), storedEntries(output)]);
  for (const [name, entry] of before) {
    if (INDEX_PARTS.includes(name)) continue;
    const copy = after.get(name);
    expect(copy, `${name} is in the output`).toBeDefined();
    expect(copy!.crc, `${name} CRC`).toBe(entry.crc);
    expect(copy!.method, `${name} method`).toBe(entry.method);
    expect(copy!.raw.equals(entry.raw), `${name} compressed bytes`).toBe(true);
  }
}

let dir: string;
let out: string;
let specs: TabSpec[];
let names: string[];

beforeAll(async () => {
  dir = tempDir();
  out = path.join(dir, "checked.xlsx");
  ({ specs } = await specsFor(EXTRAS));
  names = await writePackage(EXTRAS, specs, out);
});

describe("the fidelity fixture", () => {
  it("has what the test is about: chart, image, validation, conditional formatting, comment, defined name, hidden sheet, pivot cache", async () => {
    const parts = await partsOf(EXTRAS);
    const names = [...parts.keys()];
    for (const prefix of ["xl/charts/chart", "xl/media/image", "xl/pivotCache/pivotCacheDefinition", "xl/pivotCache/pivotCacheRecords", "xl/pivotTables/pivotTable", "xl/comments", "xl/drawings/vmlDrawing"]) {
      expect(names.some((n) => n.startsWith(prefix)), prefix).toBe(true);
    }
    const register = parts.get(sheetParts(parts).get("Partnerships")!)!;
    expect(register).toContain("<dataValidations");
    expect(register).toContain("<conditionalFormatting");
    expect(parts.get("xl/workbook.xml")).toMatch(/<definedName[^>]*name="Contributions"/);
    expect(parts.get("xl/workbook.xml")).toMatch(/<sheet name="Lists"[^>]*state="hidden"/);
  });
});

describe("writing our tabs into the fidelity fixture", () => {
  it("names our seven tabs as the specs ask", () => {
    expect(names).toEqual(OUR_TABS);
  });

  it("copies every input part unchanged (compressed bytes and CRC) except the index parts", async () => {
    await expectInputPartsKept(EXTRAS, out);
  });

  it("only adds to the index parts: the input's sheets, names, pivot caches and styles are all still there", async () => {
    const [before, after] = await Promise.all([partsOf(EXTRAS), partsOf(out)]);
    expect(sheetNames(after)).toEqual([...INPUT_SHEETS, ...OUR_TABS]);
    const wb = after.get("xl/workbook.xml")!;
    for (const kept of [/<definedName[^>]*name="Contributions"[^>]*>Partnerships!\$F\$2:\$F\$11</, /<sheet name="Lists"[^>]*state="hidden"/, /<pivotCaches><pivotCache cacheId="1" r:id="rId6"\/><\/pivotCaches>/, /<loext:extCalcPr/]) {
      expect(wb).toMatch(kept);
    }
    // Styles only appended: the input's part is a prefix of ours up to each list's end.
    const stylesBefore = before.get("xl/styles.xml")!;
    const stylesAfter = after.get("xl/styles.xml")!;
    for (const block of ["fonts", "fills", "cellXfs"]) {
      const inner = (xml: string) => new RegExp(`<${block}[^>]*>([\\s\\S]*?)</${block}>`).exec(xml)![1]!;
      expect(inner(stylesAfter).startsWith(inner(stylesBefore)), block).toBe(true);
    }
    // Print titles of the committee summary, local to its sheet (index 8).
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="8">'Committee summary'!$1:$2</definedName>`);
    expectConsistentPackage(after);
  });

  it("opens in exceljs with our values, a table per list, and the input's sheets unchanged", async () => {
    const [input, output] = await Promise.all([readWorkbook(EXTRAS), readWorkbook(out)]);
    expect(output.worksheets.map((w) => w.name)).toEqual([...INPUT_SHEETS, ...OUR_TABS]);
    for (const name of INPUT_SHEETS) {
      expect(output.getWorksheet(name)!.getSheetValues(), name).toEqual(input.getWorksheet(name)!.getSheetValues());
      expect(output.getWorksheet(name)!.state).toBe(input.getWorksheet(name)!.state);
    }
    for (const spec of specs) {
      const ws = output.getWorksheet(spec.name)!;
      for (const [at, cell] of specCells(spec)) {
        const [r, c] = at.split(":").map(Number) as [number, number];
        expect(ws.getCell(r, c).value, `${spec.name} ${at}`).toEqual(expectedValue(cell));
      }
      for (const t of spec.tables ?? []) {
        if (t.lastRow > t.headerRow) expect(ws.getTable(t.name), `${spec.name} table ${t.name}`).toBeTruthy();
      }
      expect(String(ws.getCell("A2").value).startsWith(TAB_MARKER)).toBe(true);
    }
    const findings = output.getWorksheet("Findings")!;
    expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  });

  it("links each finding to its cell in the register, by location", async () => {
    const parts = await partsOf(out);
    const xml = parts.get(sheetParts(parts).get("Findings")!)!;
    const links = [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)" display="([^"]*)"\/>/g)].map((m) => [m[1], m[2]!.replace(/&apos;/g, "'")]);
    const spec = specs[0]!;
    const expected: [string, string][] = [];
    spec.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.t === "link") expected.push([`${String.fromCharCode(65 + c)}${r + 1}`, `'${cell.sheet}'!${cell.cell}`]);
      }),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(links).toEqual(expected);
    expect(expected.every(([, loc]) => loc.startsWith("'Partnerships'!"))).toBe(true);
  });

  it("opens in LibreOffice headless: it prints to a PDF with pages", () => {
    const pdf = printToPdf(out, dir);
    expect(fs.existsSync(pdf)).toBe(true);
    expect(pdfPages(pdf)).toBeGreaterThan(OUR_TABS.length);
  });
});

describe("running on its own output", () => {
  let second: string;
  beforeAll(async () => {
    second = path.join(dir, "again.xlsx");
    const again = await specsFor(out);
    expect(await writePackage(out, again.specs, second)).toEqual(OUR_TABS);
  });

  it("replaces our tabs: the same seven names once each, and no orphan sheet or table parts", async () => {
    const parts = await partsOf(second);
    expect(sheetNames(parts)).toEqual([...INPUT_SHEETS, ...OUR_TABS]);
    const sheets = [...parts.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets).toHaveLength(INPUT_SHEETS.length + OUR_TABS.length);
    const tables = [...parts.keys()].filter((n) => /^xl\/tables\/.*\.xml$/.test(n));
    const used = [...sheetParts(parts).values()].flatMap((p) => targetsOf(parts, p)).filter((p) => p.startsWith("xl/tables/"));
    expect(tables.sort()).toEqual(used.sort());
    expect(tables).toHaveLength(specs.flatMap((s) => s.tables ?? []).filter((t) => t.lastRow > t.headerRow).length);
    expect(parts.get("xl/workbook.xml")!.match(/_xlnm\.Print_Titles/g)).toHaveLength(specs.filter((s) => s.print?.titleRows).length);
    expectConsistentPackage(parts);
  });

  it("still carries every part of the original register as stored, and its styles part is not grown again", async () => {
    await expectInputPartsKept(EXTRAS, second);
    const [first, again] = await Promise.all([storedEntries(out), storedEntries(second)]);
    expect(again.get("xl/styles.xml")!.raw.equals(first.get("xl/styles.xml")!.raw)).toBe(true);
  });

  it("recognises our tabs by their marker, not their name: a renamed tab of ours is replaced too", async () => {
    const renamed = path.join(dir, "renamed.xlsx");
    await rewritePart(out, "xl/workbook.xml", (xml) => xml.replace('name="Risks"', 'name="Risks (old)"'), renamed);
    const third = path.join(dir, "third.xlsx");
    const again = await specsFor(renamed);
    expect(await writePackage(renamed, again.specs, third)).toEqual(OUR_TABS);
    const parts = await partsOf(third);
    expect(sheetNames(parts)).toEqual([...INPUT_SHEETS, ...OUR_TABS]);
    expectConsistentPackage(parts);
  });
});

describe("an output written by the earlier exceljs writer", () => {
  it("is recognised through its shared strings, and its tabs replaced", async () => {
    const { writeOutput } = await import("../../../src/xlsx/write-output.js");
    const { openWorkbook } = await import("../../../src/xlsx/open-workbook.js");
    const old = path.join(dir, "old-writer.xlsx");
    await writeOutput(await openWorkbook(EXTRAS), specs, old);
    const oldParts = await partsOf(old);
    const oldFindings = oldParts.get(sheetParts(oldParts).get("Findings")!)!;
    expect(oldFindings).toMatch(/<c r="A2"[^>]*t="s"/);

    const replaced = path.join(dir, "replaced.xlsx");
    const again = await specsFor(old);
    expect(await writePackage(old, again.specs, replaced)).toEqual(OUR_TABS);
    const parts = await partsOf(replaced);
    expect(sheetNames(parts).filter((n) => !INPUT_SHEETS.includes(n))).toEqual(OUR_TABS);
    // exceljs leaves a relationship to a theme it did not write: that is the input's, not ours.
    expectConsistentPackage(parts, danglingTargets(oldParts));
    const wb = await readWorkbook(replaced);
    expect(wb.worksheets).toHaveLength(INPUT_SHEETS.length + OUR_TABS.length);
  });
});

describe("failures", () => {
  it("leaves no output and no temporary file when the input is not a workbook", async () => {
    const bad = path.join(dir, "not-a-workbook.xlsx");
    fs.writeFileSync(bad, "plain text");
    const target = path.join(dir, "never.xlsx");
    await expect(writePackage(bad, specs, target)).rejects.toThrow();
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves no temporary file when a tab cannot be written", async () => {
    const target = path.join(dir, "half.xlsx");
    const broken = [{ ...specs[0]!, rows: [[{ t: "text", v: "fine" }]], get merges(): never {
      throw new Error("boom");
    } }] as TabSpec[];
    await expect(writePackage(EXTRAS, broken, target)).rejects.toThrow("boom");
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
