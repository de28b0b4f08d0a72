// Surgical edits of the index parts and the styles part: what we own changes, everything else stays as written.
import { describe, expect, it } from "vitest";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { dateSerial } from "../../../src/xlsx/package/cell-ref.js";
import { editRels, parseRels, resolveTarget } from "../../../src/xlsx/package/rels.js";
import { registerStyles, sheetXml } from "../../../src/xlsx/package/sheet-xml.js";
import { StyleBook } from "../../../src/xlsx/package/styles.js";
import { editContentTypes, editWorkbookXml, readWorkbookXml } from "../../../src/xlsx/package/workbook-index.js";

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x15="urn:x15" mc:Ignorable="x15"><fileVersion appName="xl"/><workbookPr date1904="1"/><bookViews><workbookView xWindow="0" activeTab="3" firstSheet="1"/></bookViews><sheets><sheet name="Register" sheetId="1" r:id="rId1"/><sheet name="Findings" sheetId="7" r:id="rId2"/><sheet name="Risks" sheetId="8" r:id="rId3"/><sheet name="My notes" sheetId="4" state="hidden" r:id="rId4"/><sheet name="R&amp;D" sheetId="5" r:id="rId5"/></sheets><definedNames><definedName name="Budget">Register!$F$2:$F$20</definedName><definedName name="_xlnm.Print_Titles" localSheetId="2">Risks!$1:$4</definedName><definedName name="Local" localSheetId="4">'R&amp;D'!$A$1</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">Register!$A$1:$Z$99</definedName></definedNames><calcPr calcId="191029"/><x15:unknown keep="me"/></workbook>`;

describe("xl/workbook.xml", () => {
  it("reads sheets, defined names and the 1904 date system", () => {
    const info = readWorkbookXml(WORKBOOK);
    expect(info.sheets.map((s) => [s.name, s.sheetId, s.rId, s.state])).toEqual([
      ["Register", 1, "rId1", "visible"],
      ["Findings", 7, "rId2", "visible"],
      ["Risks", 8, "rId3", "visible"],
      ["My notes", 4, "rId4", "hidden"],
      ["R&D", 5, "rId5", "visible"],
    ]);
    expect(info.date1904).toBe(true);
    expect(info.definedNames.map((n) => [n.name, n.localSheetId])).toEqual([
      ["Budget", undefined],
      ["_xlnm.Print_Titles", 2],
      ["Local", 4],
      ["_xlnm.Print_Area", 0],
    ]);
  });

  it("removes sheets with their local names, renumbers the others' localSheetId, adds ours, keeps the rest as written", () => {
    const out = editWorkbookXml(WORKBOOK, {
      removeRIds: new Set(["rId2", "rId3"]),
      add: [{ name: "Findings & more", sheetId: 9, rId: "rId9" }],
      definedNames: [{ name: "_xlnm.Print_Titles", localSheetId: 3, value: "'Findings & more'!$5:$5" }],
    });
    const info = readWorkbookXml(out);
    expect(info.sheets.map((s) => s.name)).toEqual(["Register", "My notes", "R&D", "Findings & more"]);
    expect(info.definedNames.map((n) => [n.name, n.localSheetId, n.value])).toEqual([
      ["Budget", undefined, "Register!$F$2:$F$20"],
      ["Local", 2, "'R&amp;D'!$A$1"],
      ["_xlnm.Print_Area", 0, "Register!$A$1:$Z$99"],
      ["_xlnm.Print_Titles", 3, "'Findings &amp; more'!$5:$5"],
    ]);
    // The active tab was a hidden sheet's index (3 -> "My notes" is hidden now at 1): it falls back to a visible sheet.
    expect(out).toMatch(/activeTab="0"/);
    for (const kept of ['<x15:unknown keep="me"/>', '<calcPr calcId="191029"/>', 'mc:Ignorable="x15"', '<workbookPr date1904="1"/>', 'xWindow="0"']) {
      expect(out).toContain(kept);
    }
    expect(out).toContain('<sheet name="Findings &amp; more" sheetId="9" r:id="rId9"/>');
  });

  it("keeps the active tab on the same sheet when sheets before it go", () => {
    const wb = WORKBOOK.replace('activeTab="3"', 'activeTab="4"');
    const out = editWorkbookXml(wb, { removeRIds: new Set(["rId2"]), add: [], definedNames: [] });
    expect(out).toMatch(/activeTab="3"/);
  });

  it("adds a definedNames element in schema order when the workbook has none", () => {
    const bare = WORKBOOK.replace(/<definedNames>.*<\/definedNames>/, "");
    const out = editWorkbookXml(bare, { removeRIds: new Set(), add: [], definedNames: [{ name: "_xlnm.Print_Titles", localSheetId: 0, value: "Register!$1:$1" }] });
    expect(out).toMatch(/<\/sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Register!\$1:\$1<\/definedName><\/definedNames><calcPr/);
  });

  it("works with a prefixed SpreadsheetML namespace", () => {
    const prefixed = `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" rel:id="R1"/></x:sheets></x:workbook>`;
    const out = editWorkbookXml(prefixed, { removeRIds: new Set(), add: [{ name: "B", sheetId: 2, rId: "R2" }], definedNames: [] });
    expect(out).toContain('<x:sheet name="B" sheetId="2" rel:id="R2"/></x:sheets>');
    expect(readWorkbookXml(out).sheets.map((s) => s.rId)).toEqual(["R1", "R2"]);
  });
});

describe("relationships and content types", () => {
  it("resolves relative and absolute targets", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table%201.xml")).toBe("xl/tables/table 1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  it("removes and adds relationships without touching the others", () => {
    const rels = `<?xml version="1.0"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="t/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="t/hyperlink" Target="https://example.invalid/" TargetMode="External"/></Relationships>`;
    const out = editRels(rels, new Set(["rId2"]), [{ id: "rId4", type: "t/worksheet", target: "worksheets/sheet9.xml" }]);
    expect(parseRels(out, "xl/workbook.xml").map((r) => [r.id, r.part ?? r.target])).toEqual([
      ["rId1", "xl/worksheets/sheet1.xml"],
      ["rId3", "https://example.invalid/"],
      ["rId4", "xl/worksheets/sheet9.xml"],
    ]);
  });

  it("drops Overrides of removed parts and adds ours, once", () => {
    const types = `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="w"/><Override PartName="/xl/tables/table1.xml" ContentType="t"/></Types>`;
    const out = editContentTypes(types, ["xl/worksheets/sheet2.xml"], [
      { part: "xl/tables/table1.xml", contentType: "t" },
      { part: "xl/worksheets/sheet3.xml", contentType: "w" },
    ]);
    expect(out).not.toContain("sheet2.xml");
    expect(out.match(/table1\.xml/g)).toHaveLength(1);
    expect(out).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="w"/>');
    expect(out).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
  });
});

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0"/></numFmts><fonts count="2"><font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/></styleSheet>`;

describe("the styles part", () => {
  it("appends our formats after the workbook's, keeping every existing index and the default font", () => {
    const book = new StyleBook(STYLES);
    const heading = book.index({ style: "heading", numFmt: "@", wrap: false, link: false });
    const money = book.index({ numFmt: '"£"#,##0;[Red]-"£"#,##0', wrap: false, link: false });
    const again = book.index({ style: "heading", numFmt: "@", wrap: false, link: false });
    expect([heading, money, again]).toEqual([2, 3, 2]);
    const xml = book.toXml();
    expect(xml.startsWith(STYLES.slice(0, STYLES.indexOf("<numFmts")))).toBe(true);
    expect(xml).toContain('<numFmt numFmtId="170" formatCode="0.0"/><numFmt numFmtId="171" formatCode="&quot;£&quot;#,##0;[Red]-&quot;£&quot;#,##0"/>');
    expect(xml).toMatch(/<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/><xf numFmtId="170" fontId="1"/);
    // Our heading font: bold and white, on the workbook's own face (Arial 10).
    expect(xml).toContain('<font><b/><color rgb="FFFFFFFF"/><sz val="10"/><name val="Arial"/><family val="2"/></font>');
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<dxfs count="0"/>');
  });

  it("reuses what an earlier run appended, so running again leaves the part unchanged", () => {
    const first = new StyleBook(STYLES);
    for (const style of ["heading", "error", "title"] as const) first.index({ style, numFmt: "@", wrap: true, link: false });
    first.index({ numFmt: "dd/mm/yyyy", wrap: false, link: false });
    const once = first.toXml();
    const second = new StyleBook(once);
    for (const style of ["heading", "error", "title"] as const) second.index({ style, numFmt: "@", wrap: true, link: false });
    second.index({ numFmt: "dd/mm/yyyy", wrap: false, link: false });
    expect(second.toXml()).toBe(once);
  });

  it("creates a complete styles part when the workbook has none", () => {
    const book = new StyleBook(undefined);
    expect(book.created).toBe(true);
    expect(book.index({ style: "good", numFmt: "@", wrap: false, link: false })).toBe(1);
    expect(book.toXml()).toMatch(/<cellXfs count="2">/);
  });
});

describe("the worksheet XML", () => {
  const spec: TabSpec = {
    key: "t",
    name: "T",
    widths: [12, 30],
    freezeRows: 2,
    rows: [
      [{ t: "text", v: "=1+1" }, { t: "text", v: "@SUM(A1)" }],
      [
        { t: "text", v: "Bell\u0007 & <Co> _x0041_ \uD800" },
        { t: "link", v: "C5", sheet: "Bob's sheet", cell: "C5" },
      ],
      [{ t: "date", v: "2026-11-30" }, { t: "money", v: 1234.5 }, { t: "number", v: Number.NaN }],
      [null, { t: "text", v: "  padded  " }],
      [{ t: "text", v: "line one\r\nline two" }, { t: "text", v: "" }],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
    print: { landscape: true, fitToWidth: true, titleRows: [1, 2] },
  };

  function xmlOf(s: TabSpec, date1904 = false): string {
    const styles = new StyleBook(undefined);
    registerStyles([s], styles);
    return [...sheetXml({ spec: s, name: "T", styles, date1904, mainNs: "m", relNs: "r", tables: [] })].join("");
  }

  it("writes text as inline strings, never formulas, escaped and cleaned of characters XML cannot hold", () => {
    const xml = xmlOf(spec);
    expect(xml).not.toContain("<f>");
    expect(xml).toContain('t="inlineStr"><is><t>=1+1</t></is>');
    expect(xml).toContain("<is><t>@SUM(A1)</t></is>");
    expect(xml).toContain('<is><t xml:space="preserve">Bell &amp; &lt;Co&gt; _x005F_x0041_ </t></is>');
    expect(xml).toContain('<is><t xml:space="preserve">  padded  </t></is>');
    expect(xml).toContain('<is><t xml:space="preserve">line one&#13;\nline two</t></is>');
    expect(xml).toMatch(/<c r="B5" s="\d+"\/>/);
  });

  it("writes dates as serials, money as numbers, links by location, freeze panes, merges and print setup", () => {
    const xml = xmlOf(spec);
    expect(xml).toContain(`<v>${dateSerial("2026-11-30")}</v>`);
    expect(dateSerial("2026-11-30")).toBe(46356);
    expect(xmlOf(spec, true)).toContain("<v>44894</v>");
    expect(xml).toMatch(/<c r="B3" s="\d+"><v>1234.5<\/v><\/c>/);
    expect(xml).toContain('<c r="C3" s="');
    expect(xml).toContain('t="e"><v>#NUM!</v>');
    expect(xml).toContain(`<hyperlink ref="B2" location="'Bob''s sheet'!C5" display="C5"/>`);
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>');
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(xml).toContain('<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="30" customWidth="1"/></cols>');
  });

  it("comes in chunks, never one string for a long tab", () => {
    const long: TabSpec = { key: "l", name: "L", widths: [10], rows: Array.from({ length: 20_000 }, (_, i) => [{ t: "text", v: `row ${i}` }]) };
    const styles = new StyleBook(undefined);
    const chunks = [...sheetXml({ spec: long, name: "L", styles, date1904: false, mainNs: "m", relNs: "r", tables: [] })];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200_000);
  });
});
