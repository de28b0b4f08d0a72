// Where the streaming reader knowingly parts from exceljs: files exceljs misreads or refuses, none of which Excel
// writes. Each case pins what the streaming reader does instead (exceljs's own outcome is shown for the record).
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readGridsStreaming } from "../../../src/xlsx/stream/read-grids-stream.js";
import { plainGrids, rawWorkbookEntries, readBoth, tempDir, writeRawWorkbook, zipBuffer, type RawWorkbook, removeTempDirs } from "./helpers.js";

afterAll(removeTempDirs);

const one = (body: string): RawWorkbook => ({ sheets: [{ name: "S", body }] });

async function streamRows(file: string): Promise<unknown[][]> {
  return plainGrids(await readGridsStreaming(file))[0]!.rows;
}

describe("accepted differences from exceljs", () => {
  it("an inline string with a phonetic guide: exceljs loses the rest of the sheet; we read the text without the guide", async () => {
    const file = writeRawWorkbook(
      tempDir(),
      "phonetic.xlsx",
      one(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData>`),
    );
    const { exceljs } = await readBoth(file);
    expect(exceljs).toMatchObject({ grids: [{ rows: [[null]] }] });
    expect(await streamRows(file)).toEqual([["東京", 2], [3]]);
  });

  it("a worksheet part under another name or an absolute target: exceljs finds no sheets; we follow the relationship", async () => {
    const entries = rawWorkbookEntries(one(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`)).map((e) => {
      if (e.name === "xl/worksheets/sheet1.xml") return { ...e, name: "xl/worksheets/data.xml" };
      if (e.name === "xl/_rels/workbook.xml.rels") return { ...e, data: String(e.data).replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/data.xml"') };
      return e;
    });
    const file = path.join(tempDir(), "renamed-part.xlsx");
    fs.writeFileSync(file, zipBuffer(entries));
    const { exceljs } = await readBoth(file);
    expect(exceljs).toMatchObject({ error: expect.stringMatching(/has no sheets/) });
    expect(await streamRows(file)).toEqual([[1]]);
  });

  it("element names with a namespace prefix: exceljs refuses the file; we read the cells", async () => {
    const entries = rawWorkbookEntries(one("")).map((e) =>
      e.name === "xl/worksheets/sheet1.xml"
        ? {
            ...e,
            data: `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B1:C1"/></x:mergeCells></x:worksheet>`,
          }
        : e,
    );
    const file = path.join(tempDir(), "prefixed.xlsx");
    fs.writeFileSync(file, zipBuffer(entries));
    const { exceljs } = await readBoth(file);
    expect(exceljs).toMatchObject({ error: expect.stringMatching(/may be damaged/) });
    expect(await streamRows(file)).toEqual([["prefixed", 2]]);
  });

  it("overlapping merges: exceljs refuses the file as damaged; we blank every cell under either merge", async () => {
    const file = writeRawWorkbook(
      tempDir(),
      "overlap.xlsx",
      one(`<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="B1:C1"/></mergeCells>`),
    );
    const { exceljs } = await readBoth(file);
    expect(exceljs).toMatchObject({ error: expect.stringMatching(/may be damaged/) });
    expect(await streamRows(file)).toEqual([[1]]);
  });

  it("a hyperlink whose relationship is missing: exceljs refuses the file; we ignore the link", async () => {
    const file = writeRawWorkbook(tempDir(), "no-rel.xlsx", {
      sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" s="0"/></row></sheetData><hyperlinks><hyperlink ref="B1" r:id="rId9"/></hyperlinks>`, links: [["rId1", "https://example.org"]] }],
    });
    const { exceljs } = await readBoth(file);
    expect(exceljs).toMatchObject({ error: expect.stringMatching(/may be damaged/) });
    expect(await streamRows(file)).toEqual([[1]]);
  });

  it("a row whose first cell has no reference: exceljs refuses the file; we start at column A", async () => {
    const file = writeRawWorkbook(tempDir(), "no-ref.xlsx", one(`<sheetData><row r="1"><c><v>1</v></c><c><v>2</v></c></row></sheetData>`));
    const { exceljs } = await readBoth(file);
    expect(exceljs).toMatchObject({ error: expect.stringMatching(/may be damaged/) });
    expect(await streamRows(file)).toEqual([[1, 2]]);
  });
});
