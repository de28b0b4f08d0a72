// Hand-built workbooks that reach every path of the cell parser, including XML exceljs never writes itself.
import type { RawWorkbook } from "./helpers.js";

/** cellXfs: which number format each style index uses (see the comments for what exceljs makes of each). */
export const STYLES = `
<numFmts count="6">
  <numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>
  <numFmt numFmtId="165" formatCode="#,##0.00 &quot;kg&quot;"/>
  <numFmt numFmtId="166" formatCode="[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy"/>
  <numFmt numFmtId="167" formatCode="0\\d"/>
  <numFmt numFmtId="168" formatCode="&quot;£&quot;#,##0"/>
  <numFmt numFmtId="14" formatCode="0.00"/>
</numFmts>
<fonts count="1"><font><sz val="11"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="22" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="14">
  <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="15" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
  <xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf>
  <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="27" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/>
  <xf fontId="0" fillId="0" borderId="0" xfId="0"/>
</cellXfs>
<dxfs count="1"><dxf><numFmt numFmtId="169" formatCode="yyyy"/></dxf></dxfs>`;

export const SHARED = [
  "<t>Shared text</t>", // 0
  '<r><t>Rich </t></r><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">shared </t></r><r><t>text</t></r>', // 1
  "<t>Bell_x0007_ Trust _x00e9_ _x00E9_</t>", // 2: upper-case hex escapes only
  "", // 3: an <si> with no text at all
  '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>', // 4
  "<t/>", // 5: the empty string
  '<t xml:space="preserve">  padded  </t>', // 6
  "<t>a &amp;amp; b &lt;c&gt;</t>", // 7: shared strings are not decoded twice
  "<r><t>run</t></r><r><rPr><i/></rPr></r>", // 8: a run without text
  "<t>line one\nline two</t>", // 9
];

const row = (r: number, cells: string, attrs = "") => `<row r="${r}"${attrs}>${cells}</row>`;

/** Sheet 1: every kind of cell, and the layouts exceljs treats in its own ways. */
const TYPES_BODY = `
<dimension ref="A1:XFD20"/>
<sheetViews><sheetView workbookViewId="0"/></sheetViews>
<cols><col min="2" max="3" width="12" hidden="1"/><col min="30" max="30" hidden="true"/><col min="40" max="41" width="5"/></cols>
<sheetData>
${row(
  1,
  `<c r="A1" t="s"><v>0</v></c>
<c r="B1" t="inlineStr"><is><t>inline &amp; text</t></is></c>
<c r="C1" t="inlineStr"><is><r><t>Rich </t></r><r><rPr><b/></rPr><t>inline</t></r></is></c>
<c r="D1" t="str"><v>a &amp;amp; b</v></c>
<c r="E1" t="s"><v>1</v></c>
<c r="F1" t="s"><v>2</v></c>
<c r="G1" t="inlineStr"><is><t>Bell_x0007_ inline</t></is></c>
<c r="H1" t="s"><v>3</v></c>
<c r="I1" t="s"><v>4</v></c>
<c r="J1" t="s"><v>5</v></c>
<c r="K1" t="s"><v>6</v></c>
<c r="L1" t="s"><v>7</v></c>
<c r="M1" t="s"><v>8</v></c>
<c r="N1" t="s"><v>9</v></c>
<c r="P1" t="inlineStr"><is/></c>`,
  ' spans="1:15"',
)}
${row(
  2,
  `<c r="A2"><v>42</v></c><c r="B2"><v>-1.5E-3</v></c><c r="C2" t="n"><v>3.14</v></c>
<c r="D2" t="b"><v>1</v></c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#REF!</v></c><c r="G2" t="e"><v>#N/A</v></c>
<c r="H2"><v> 12 </v></c><c r="I2" s="11"><v>007</v></c><c r="J2"><v>1e308</v></c><c r="K2"><v>-0</v></c>`,
)}
${row(
  3,
  `<c r="A3" s="1"><v>46000</v></c><c r="B3" s="2"><v>46000.5</v></c><c r="C3" s="3"><v>45000</v></c>
<c r="D3" s="4"><v>45000</v></c><c r="E3" s="5"><v>45000</v></c><c r="F3" s="6"><v>0.75</v></c>
<c r="G3" s="7"><v>45000</v></c><c r="H3" s="8"><v>45000</v></c><c r="I3" s="9"><v>45000</v></c>
<c r="J3" s="0"><v>45000</v></c><c r="K3" s="12"><v>45000</v></c><c r="L3" s="13"><v>45000</v></c>
<c r="M3" s="99"><v>45000</v></c><c r="N3" s="1"><v>1</v></c><c r="O3" s="1"><v>60</v></c><c r="P3" s="1" t="s"><v>0</v></c>
<c r="Q3" s="1" t="b"><v>1</v></c><c r="R3" s="2"><v>2958465.99999</v></c>`,
)}
${row(
  4,
  `<c r="A4"><f>1+1</f><v>2</v></c>
<c r="B4" t="str"><f>"a"&amp;"b"</f><v>ab &amp;amp; c</v></c>
<c r="C4" t="b"><f>TRUE()</f><v>1</v></c>
<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c>
<c r="E4" s="1"><f>TODAY()</f><v>46000</v></c>
<c r="F4"><f>A1</f></c>
<c r="G4"><f t="shared" ref="G4:G5" si="0">A2*2</f><v>84</v></c>
<c r="H4" s="1" t="e"><f>X</f><v>#N/A</v></c>
<c r="I4" t="str"><f>B1</f><v></v></c>
<c r="J4"><f t="array" ref="J4">SUM(A2:B2)</f><v>41.9985</v></c>
<c r="K4" s="3" t="str"><f>"12"</f><v>12</v></c>
<c r="L4"><f></f><v>5</v></c>
<c r="M4" s="1" t="b"><f>FALSE()</f><v>0</v></c>
<c r="N4"><f>A2-A2</f><v>0</v></c>
<c r="O4" t="b"><f>1=2</f><v>0</v></c>
<c r="P4"><f t="shared" si="5"/><v>3</v></c>
<c r="Q4"><f t="array" ref="Q4"/><v>8</v></c>
<c r="R4"><f t="shared" ref="R4:R5" si="1"/><v>9</v></c>
<c r="S4" t="str"><f>""</f><v></v></c>`,
)}
${row(5, `<c r="A5" t="inlineStr"><is><t>hidden row</t></is></c><c r="G5"><f t="shared" si="0"/><v>6</v></c><c r="R5"><f t="shared" si="1"/><v>10</v></c>`, ' hidden="1"')}
${row(6, `<c r="A6" s="1"/><c r="B6" s="3"/>`, ' hidden="1"')}
${row(7, `<c r="A7"><v>1</v></c><c r="Z7" s="1"/>`)}
${row(8, `<c r="B8"/><c r="C8" s="0"/>`)}
${row(9, `<c r="A9"><v>1</v></c><c t="s"><v>0</v></c><c/><c><v>3</v></c><c s="2"/><c><v>5</v></c>`)}
${row(10, `<c r="C10"><v>1</v></c><c r="XFD10"><v>9</v></c>`)}
${row(12, `<c r="A12" t="inlineStr"><is><t>merged master</t></is></c><c r="B12" t="inlineStr"><is><t>slave value</t></is></c><c r="D12"><v>4</v></c><c r="F12"><v>6</v></c><c r="G12"><v>7</v></c>`)}
${row(14, `<c r="A14" t="s"><v>0</v></c><c r="B14" s="1"/><c r="C14"/><c r="E14"/><c r="F14"/><c r="G14"><f>0</f><v>0</v></c><c r="H14" t="b"><f>1=2</f><v>0</v></c><c r="I14" s="1"><f>X</f></c><c r="J14"><f>0</f><v>0</v></c>`)}
${row(15, `<c r="B15"/>`, ' hidden="1"')}
${row(16, "", ' hidden="1"')}
${row(17, `<c r="A17"><v>17</v></c>`, ' hidden="0"')}
${row(19, `<c r="A19" t="inlineStr"><is><t>vertical merge</t></is></c>`)}
${row(20, "", ' hidden="1"')}
</sheetData>
<mergeCells count="4"><mergeCell ref="A12:C13"/><mergeCell ref="F12:G12"/><mergeCell ref="E17:E17"/><mergeCell ref="A19:A20"/></mergeCells>
<hyperlinks>
  <hyperlink ref="A14" r:id="rId1"/>
  <hyperlink ref="B14" r:id="rId1"/>
  <hyperlink ref="C14" r:id="rId2" tooltip="tip"/>
  <hyperlink ref="D14" r:id="rId1"/>
  <hyperlink ref="E14" location="Other!A1" display="Other"/>
  <hyperlink ref="F14" r:id="rId3"/>
  <hyperlink ref="B15" r:id="rId1"/>
  <hyperlink ref="A16:B16" r:id="rId1"/>
  <hyperlink ref="G14" r:id="rId1"/>
  <hyperlink ref="H14" r:id="rId2"/>
  <hyperlink ref="I14" r:id="rId1"/>
</hyperlinks>
<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;

/** Sheet 2: data starting at row 5, hidden columns beyond the data (exceljs does not report those). */
const ROW_FIVE_BODY = `
<cols><col min="2" max="2" hidden="1"/><col min="4" max="5" hidden="1"/></cols>
<sheetData>
${row(5, `<c r="A5" t="s"><v>0</v></c><c r="B5"><v>2</v></c><c r="C5" s="3"><v>45000</v></c>`)}
${row(6, `<c r="A6"><v>6</v></c>`)}
</sheetData>`;

export const TYPES_WORKBOOK: RawWorkbook = {
  sharedStrings: SHARED,
  styles: STYLES,
  sheets: [
    {
      name: "Types",
      body: TYPES_BODY,
      links: [
        ["rId1", "https://example.org/a"],
        ["rId2", "mailto:someone@example.org"],
        ["rId3", ""],
      ],
    },
    { name: "Row five", body: ROW_FIVE_BODY },
    { name: "Chart", body: "", chart: true },
    { name: "A &amp;amp; B", body: `<sheetData>${row(1, `<c r="A1" t="inlineStr"><is><t>double-decoded name</t></is></c>`)}</sheetData>`, state: "hidden" },
    { name: "Empty", body: "<sheetData/>", state: "veryHidden" },
  ],
};

/** The 1904 date system, and no shared strings or styles parts at all. */
export const DATE_1904_WORKBOOK: RawWorkbook = {
  date1904: true,
  styles: STYLES,
  sheets: [{ name: "Mac", body: `<sheetData>${row(1, `<c r="A1" s="1"><v>44000</v></c><c r="B1" s="2"><f>A1</f><v>44000.25</v></c><c r="C1"><v>44000</v></c>`)}</sheetData>` }],
};

/** `t="s"` cells in a workbook with no shared-strings part: exceljs keeps the index as a number. */
export const NO_SHARED_STRINGS_WORKBOOK: RawWorkbook = {
  sheets: [{ name: "Bare", body: `<sheetData>${row(1, `<c r="A1" t="s"><v>3</v></c><c r="B1" s="1"><v>45000</v></c>`)}</sheetData>` }],
};
