// Packages other tools write differently: no styles part, a calculation chain, sheet-local names after our tabs.
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { TAB_MARKER } from "../../../src/domain/tabs/tab-spec.js";
import { writePackage } from "../../../src/xlsx/package/write-package.js";
import { ZipWriter } from "../../../src/xlsx/package/zip-write.js";
import { expectConsistentPackage, rewritePackage } from "./package-checks.js";
import { EXTRAS, partsOf, sheetNames, sheetParts, specsFor, storedEntries, tempDir } from "./package-helpers.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A tiny tab of ours (the marker in A2), with a table and a link. */
const TAB: TabSpec = {
  key: "t",
  name: "Notes",
  widths: [10, 20],
  rows: [
    [{ t: "text", v: "Notes", style: "title" }],
    [{ t: "text", v: `${TAB_MARKER} · test`, style: "subtitle" }],
    [
      { t: "text", v: "Ref", style: "heading" },
      { t: "text", v: "Cell", style: "heading" },
    ],
    [{ t: "text", v: "P-1" }, { t: "link", v: "A1", sheet: "Data", cell: "A1" }],
    [{ t: "date", v: "2026-01-31" }, { t: "money", v: 12.5 }],
  ],
  tables: [{ name: "PRA_Notes", headerRow: 2, lastRow: 3, columns: 2 }],
  print: { landscape: false, fitToWidth: true, titleRows: [3, 3] },
};

describe("a package with no styles part", () => {
  it("gets one, with its relationship and content type, and opens in exceljs", async () => {
    const dir = tempDir();
    const input = path.join(dir, "bare.xlsx");
    const w = await ZipWriter.create(input);
    await w.add("[Content_Types].xml", [
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ]);
    await w.add("_rels/.rels", [`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`]);
    await w.add("xl/workbook.xml", [`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`]);
    await w.add("xl/_rels/workbook.xml.rels", [`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`]);
    await w.add("xl/worksheets/sheet1.xml", [`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>hello</t></is></c></row></sheetData></worksheet>`]);
    await w.finish();

    const out = path.join(dir, "out.xlsx");
    expect(await writePackage(input, [TAB], out)).toEqual(["Notes"]);
    const parts = await partsOf(out);
    expect(parts.get("xl/styles.xml")).toMatch(/<cellXfs count="\d+">/);
    expect(parts.get("xl/_rels/workbook.xml.rels")).toMatch(/relationships\/styles" Target="styles.xml"/);
    expectConsistentPackage(parts);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("Data")!.getCell("A1").value).toBe("hello");
    const ws = wb.getWorksheet("Notes")!;
    expect(ws.getCell("A4").value).toBe("P-1");
    expect(ws.getCell("A5").value).toEqual(new Date("2026-01-31T00:00:00Z"));
    expect(ws.getCell("A5").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("B5").numFmt).toBe('"£"#,##0;[Red]-"£"#,##0');
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
  });
});

describe("a calculation chain", () => {
  let dir: string;
  let first: string;
  let findingsId: number;

  beforeAll(async () => {
    dir = tempDir();
    first = path.join(dir, "first.xlsx");
    await writePackage(EXTRAS, (await specsFor(EXTRAS)).specs, first);
    const wb = (await partsOf(first)).get("xl/workbook.xml")!;
    findingsId = Number(/<sheet name="Findings" sheetId="(\d+)"/.exec(wb)![1]);
  });

  async function withChain(sheetIds: number[], file: string): Promise<void> {
    const chain = `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN}">${sheetIds.map((id, n) => `<c r="A${n + 1}" i="${id}"/>`).join("")}</calcChain>`;
    await rewritePackage(
      first,
      {
        "xl/_rels/workbook.xml.rels": (xml) => xml.replace("</Relationships>", `<Relationship Id="rIdChain" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`),
        "[Content_Types].xml": (xml) =>
          xml.replace("</Types>", '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'),
      },
      [["xl/calcChain.xml", chain]],
      file,
    );
  }

  it("that names a removed tab of ours is dropped with its relationship and content type", async () => {
    const input = path.join(dir, "chain-ours.xlsx");
    await withChain([1, findingsId], input);
    const out = path.join(dir, "chain-ours-out.xlsx");
    await writePackage(input, (await specsFor(input)).specs, out);
    const parts = await partsOf(out);
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    expect(parts.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(parts.get("[Content_Types].xml")).not.toContain("calcChain");
    expectConsistentPackage(parts);
  });

  it("that names only the user's sheets is kept as stored", async () => {
    const input = path.join(dir, "chain-user.xlsx");
    await withChain([1], input);
    const out = path.join(dir, "chain-user-out.xlsx");
    await writePackage(input, (await specsFor(input)).specs, out);
    const [before, after] = await Promise.all([storedEntries(input), storedEntries(out)]);
    expect(after.get("xl/calcChain.xml")!.raw.equals(before.get("xl/calcChain.xml")!.raw)).toBe(true);
  });
});

describe("sheets of the user's after our tabs", () => {
  it("keep their sheet-local names pointing at the same sheet when ours are removed and added again", async () => {
    const dir = tempDir();
    const first = path.join(dir, "first.xlsx");
    const { specs } = await specsFor(EXTRAS);
    await writePackage(EXTRAS, specs, first);
    // The user adds a sheet of their own after our tabs, with a print area of its own (local name, index 10).
    const withUserSheet = path.join(dir, "user-sheet.xlsx");
    const userSheet = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>mine</t></is></c></row></sheetData></worksheet>`;
    await rewritePackage(
      first,
      {
        "xl/workbook.xml": (xml) =>
          xml
            .replace("</sheets>", '<sheet name="My analysis" sheetId="99" r:id="rIdMine"/></sheets>')
            .replace("<definedNames>", `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="10">'My analysis'!$A$1:$C$9</definedName>`),
        "xl/_rels/workbook.xml.rels": (xml) => xml.replace("</Relationships>", `<Relationship Id="rIdMine" Type="${REL}/worksheet" Target="worksheets/mine.xml"/></Relationships>`),
        "[Content_Types].xml": (xml) =>
          xml.replace("</Types>", '<Override PartName="/xl/worksheets/mine.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
      },
      [["xl/worksheets/mine.xml", userSheet]],
      withUserSheet,
    );
    const out = path.join(dir, "again.xlsx");
    await writePackage(withUserSheet, (await specsFor(withUserSheet)).specs, out);
    const parts = await partsOf(out);
    const names = sheetNames(parts);
    expect(names.slice(0, 4)).toEqual(["Partnerships", "Summary by status", "Lists", "My analysis"]);
    expect(names).toHaveLength(11);
    const wb = parts.get("xl/workbook.xml")!;
    expect(wb).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="3">'My analysis'!$A$1:$C$9</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="9">'Committee summary'!$1:$2</definedName>`);
    expect(sheetParts(parts).get("My analysis")).toBe("xl/worksheets/mine.xml");
    expectConsistentPackage(parts);
  });
});
