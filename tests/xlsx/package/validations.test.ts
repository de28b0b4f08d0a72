// Dropdowns (data validation) as the package writer stores them: in CT_Worksheet's place, read by exceljs and
// kept by LibreOffice.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { writePackage } from "../../../src/xlsx/package/write-package.js";
import { expectConsistentPackage } from "./package-checks.js";
import { partsOf, sheetParts, tempDir } from "./package-helpers.js";

/** CT_Worksheet's children, in the order the schema requires. */
const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
  "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
  "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup",
  "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing",
  "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** A tab with everything that goes around dropdowns: a merge, a table, a link, print setup. */
const TAB: TabSpec = {
  key: "ratings",
  name: "Ratings",
  widths: [10, 20, 12, 12],
  rows: [
    [{ t: "text", v: "Ratings", style: "title" }],
    [{ t: "text", v: "Rate each & every area" }, null],
    [
      { t: "text", v: "Ref", style: "heading" },
      { t: "text", v: "Link", style: "heading" },
      { t: "text", v: "Score A", style: "heading" },
      { t: "text", v: "Score B", style: "heading" },
    ],
    [{ t: "text", v: "P-1" }, { t: "link", v: "A1", sheet: "Register", cell: "A1" }],
    [{ t: "text", v: "P-2" }],
  ],
  merges: [{ top: 1, left: 0, bottom: 1, right: 3 }],
  tables: [{ name: "PRA_Ratings", headerRow: 2, lastRow: 4, columns: 4 }],
  validations: [
    {
      top: 3,
      left: 2,
      bottom: 9,
      right: 3,
      list: ["1", "2", "3", "4", "5"],
      title: "Rating 1 to 5",
      prompt: "Pick 1 to 5 <or leave blank>",
      error: 'Please enter a whole number from 1 to 5 & nothing "else".',
    },
  ],
  print: { landscape: true, fitToWidth: true },
};

let dir: string;
let out: string;
let xml: string;

beforeAll(async () => {
  dir = tempDir();
  const input = path.join(dir, "register.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Register").addRow(["Ref", "Partnership"]);
  await wb.xlsx.writeFile(input);
  out = path.join(dir, "out.xlsx");
  await writePackage(input, [TAB], out);
  const parts = await partsOf(out);
  expectConsistentPackage(parts);
  xml = parts.get(sheetParts(parts).get("Ratings")!)!;
});

describe("data validations in the package writer", () => {
  it("writes one list validation over the block, blanks allowed, with the prompt and error escaped", () => {
    const dv = /<dataValidations count="1"><dataValidation ([^>]*)><formula1>([^<]*)<\/formula1><\/dataValidation><\/dataValidations>/.exec(xml);
    expect(dv, xml).not.toBeNull();
    const attrs = dv![1]!;
    expect(attrs).toContain('type="list"');
    expect(attrs).toContain('allowBlank="1"');
    expect(attrs).toContain('showErrorMessage="1"');
    expect(attrs).toContain('showInputMessage="1"');
    expect(attrs).toContain('sqref="C4:D10"');
    expect(attrs).toContain('errorTitle="Rating 1 to 5"');
    expect(attrs).toContain('error="Please enter a whole number from 1 to 5 &amp; nothing &quot;else&quot;."');
    expect(attrs).toContain('prompt="Pick 1 to 5 &lt;or leave blank&gt;"');
    expect(dv![2]).toBe('"1,2,3,4,5"');
  });

  it("puts <dataValidations> where CT_Worksheet wants it: after mergeCells, before hyperlinks and the print setup", () => {
    const children = [...xml.matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]!).filter((n) => WORKSHEET_ORDER.includes(n) && n !== "dimension");
    const present = [...new Set(children)];
    const positions = present.map((n) => WORKSHEET_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(present).toEqual(expect.arrayContaining(["mergeCells", "dataValidations", "hyperlinks", "printOptions", "tableParts"]));
  });

  it("is read back by exceljs on every cell of the block, and nowhere else", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("Ratings")!;
    for (const address of ["C4", "D4", "C10", "D10"]) {
      expect(ws.getCell(address).dataValidation, address).toMatchObject({
        type: "list",
        allowBlank: true,
        formulae: ['"1,2,3,4,5"'],
        showErrorMessage: true,
        error: 'Please enter a whole number from 1 to 5 & nothing "else".',
        prompt: "Pick 1 to 5 <or leave blank>",
      });
    }
    for (const address of ["B4", "E4", "C3", "C11"]) expect(ws.getCell(address).dataValidation, address).toBeUndefined();
  });

  it("writes no <dataValidations> for a tab without any", async () => {
    const plain = path.join(dir, "plain.xlsx");
    await writePackage(out, [{ ...TAB, name: "Plain", validations: undefined, tables: [] }], plain);
    const parts = await partsOf(plain);
    expect(parts.get(sheetParts(parts).get("Plain")!)).not.toContain("dataValidation");
  });

  it("opens in LibreOffice, which keeps the dropdown when it saves the workbook again", async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pra-lo-"));
    const converted = path.join(dir, "lo");
    fs.mkdirSync(converted);
    try {
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", converted, out],
        { stdio: "pipe", timeout: 180_000 },
      );
    } finally {
      fs.rmSync(profile, { recursive: true, force: true });
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(converted, "out.xlsx"));
    const ws = wb.getWorksheet("Ratings")!;
    expect(ws.getCell("A4").value).toBe("P-1");
    // LibreOffice adds an unused second formula ("0"); the list is the first.
    expect(ws.getCell("C4").dataValidation).toMatchObject({ type: "list", showErrorMessage: true, error: 'Please enter a whole number from 1 to 5 & nothing "else".' });
    expect(ws.getCell("C4").dataValidation.formulae[0]).toBe('"1,2,3,4,5"');
    expect(ws.getCell("D10").dataValidation).toMatchObject({ type: "list" });
  });
});
