// Property: random hand-written sheet XML (what other generators write: inline strings, t="str", shared
// formulas, cells without r, styled empty cells, hyperlinks, merges, hidden rows and columns) reads the same
// through both readers.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readBoth, tempDir, writeRawWorkbook, removeTempDirs } from "./helpers.js";
import { SHARED, STYLES } from "./raw-workbooks.js";

afterAll(removeTempDirs);

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const style = fc.constantFrom("", ' s="0"', ' s="1"', ' s="2"', ' s="3"', ' s="4"', ' s="6"', ' s="7"', ' s="8"', ' s="12"', ' s="13"', ' s="99"');
const xmlText = fc.oneof(
  fc.string({ maxLength: 10 }).map(esc),
  fc.constantFrom("", "a &amp;amp; b", "_x0007_", "&lt;tag&gt;", " spaced ", "0", "1", "-2.5e3", "45000"),
);
const numberText = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map(String),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  fc.constantFrom("0", "45000.5", " 12 ", "1E-3", "abc", ""),
);
const errorCode = fc.constantFrom("#N/A", "#REF!", "#DIV/0!", "#VALUE!");

/** The inside of a <c>: its t attribute and children. */
const cellBody: fc.Arbitrary<{ t: string; body: string }> = fc.oneof(
  fc.integer({ min: 0, max: SHARED.length - 1 }).map((i) => ({ t: ' t="s"', body: `<v>${i}</v>` })),
  xmlText.map((x) => ({ t: ' t="inlineStr"', body: `<is><t>${x}</t></is>` })),
  fc.array(xmlText, { minLength: 1, maxLength: 3 }).map((xs) => ({ t: ' t="inlineStr"', body: `<is>${xs.map((x) => `<r><rPr><b/></rPr><t>${x}</t></r>`).join("")}</is>` })),
  xmlText.map((x) => ({ t: ' t="str"', body: `<v>${x}</v>` })),
  fc.constantFrom("0", "1").map((b) => ({ t: ' t="b"', body: `<v>${b}</v>` })),
  errorCode.map((e) => ({ t: ' t="e"', body: `<v>${e}</v>` })),
  numberText.map((n) => ({ t: "", body: `<v>${n}</v>` })),
  numberText.map((n) => ({ t: ' t="n"', body: `<v>${n}</v>` })),
  fc.tuple(numberText, fc.boolean()).map(([n, text]) => ({ t: "", body: `<f>${text ? "A1+1" : ""}</f><v>${n}</v>` })),
  xmlText.map((x) => ({ t: ' t="str"', body: `<f>B1</f><v>${x}</v>` })),
  fc.constantFrom("0", "1").map((b) => ({ t: ' t="b"', body: `<f>A1=1</f><v>${b}</v>` })),
  errorCode.map((e) => ({ t: ' t="e"', body: `<f>1/0</f><v>${e}</v>` })),
  fc.constant({ t: "", body: "<f>NOW()</f>" }),
  fc.tuple(fc.integer({ min: 0, max: 2 }), numberText, fc.boolean()).map(([si, n, master]) => ({
    t: "",
    body: master ? `<f t="shared" ref="A1:Z40" si="${si}">A1*2</f><v>${n}</v>` : `<f t="shared" si="${si}"/><v>${n}</v>`,
  })),
  numberText.map((n) => ({ t: "", body: `<f t="array" ref="A1"/><v>${n}</v>` })),
  fc.constant({ t: "", body: "" }),
  fc.constant({ t: ' t="inlineStr"', body: "<is/>" }),
);

interface RawCell {
  col: number;
  omitRef: boolean;
  style: string;
  cell: { t: string; body: string };
}

const rowSpec = fc.record({
  row: fc.integer({ min: 1, max: 30 }),
  hidden: fc.constantFrom("", ' hidden="1"', ' hidden="true"', ' hidden="0"'),
  cells: fc.uniqueArray(fc.record({ col: fc.integer({ min: 1, max: 12 }), omitRef: fc.boolean(), style, cell: cellBody }), {
    selector: (c) => c.col,
    maxLength: 8,
  }),
});

const MERGES = ["A1:C1", "E2:F4", "B6:B9", "H10:J10", "D12:D12", "A20:L21"];
const letter = (c: number) => String.fromCharCode(64 + c);

const sheetSpec = fc.record({
  rows: fc.uniqueArray(rowSpec, { selector: (r) => r.row, maxLength: 12 }),
  merges: fc.subarray(MERGES),
  hiddenCols: fc.array(fc.record({ min: fc.integer({ min: 1, max: 14 }), span: fc.integer({ min: 0, max: 3 }) }), { maxLength: 3 }),
  links: fc.array(fc.record({ ref: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 })), kind: fc.constantFrom("web", "mail", "empty", "internal") }), {
    maxLength: 5,
  }),
});

type SheetSpec = typeof sheetSpec extends fc.Arbitrary<infer T> ? T : never;

function sheetBody(spec: SheetSpec): string {
  const rows = [...spec.rows].sort((a, b) => a.row - b.row);
  const cols = spec.hiddenCols.map((h) => `<col min="${h.min}" max="${h.min + h.span}" hidden="1"/>`).join("");
  const data = rows
    .map((r) => {
      const cells = [...r.cells].sort((a, b) => a.col - b.col) as RawCell[];
      // A cell may leave out r only after a cell exceljs keeps (styled), or exceljs has no column for it and fails.
      const kept = (c: RawCell | undefined) => c !== undefined && c.style !== "" && c.style !== ' s="0"';
      const xml = cells
        .map((c, i) => `<c${c.omitRef && kept(cells[i - 1]) ? "" : ` r="${letter(c.col)}${r.row}"`}${c.style}${c.cell.t}>${c.cell.body}</c>`)
        .join("");
      return `<row r="${r.row}"${r.hidden}>${xml}</row>`;
    })
    .join("");
  const merges = spec.merges.length ? `<mergeCells>${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
  const seen = new Set<string>();
  const links = spec.links
    .map((l) => ({ ...l, ref: `${letter(l.ref[0])}${l.ref[1]}` }))
    .filter((l) => !seen.has(l.ref) && seen.add(l.ref))
    .map((l) => {
      if (l.kind === "internal") return `<hyperlink ref="${l.ref}" location="Sheet1!A1"/>`;
      const id = l.kind === "web" ? "rId1" : l.kind === "mail" ? "rId2" : "rId3";
      return `<hyperlink ref="${l.ref}" r:id="${id}"/>`;
    })
    .join("");
  return `${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${data}</sheetData>${merges}${links ? `<hyperlinks>${links}</hyperlinks>` : ""}`;
}

describe("property: random hand-written sheet XML", () => {
  it("reads the same through both readers", async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(sheetSpec, { minLength: 1, maxLength: 2 }), fc.boolean(), async (sheets, date1904) => {
        const file = writeRawWorkbook(dir, `raw-${n++}.xlsx`, {
          sharedStrings: SHARED,
          styles: STYLES,
          date1904,
          sheets: sheets.map((s, i) => ({
            name: `Sheet${i + 1}`,
            body: sheetBody(s),
            links: [
              ["rId1", "https://example.org/a?b=1&amp;c=2"],
              ["rId2", "mailto:someone@example.org"],
              ["rId3", ""],
            ],
          })),
        });
        const { exceljs, stream } = await readBoth(file);
        expect(stream).toEqual(exceljs);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
