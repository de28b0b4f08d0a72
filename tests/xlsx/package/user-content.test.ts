// What belongs to the user stays theirs: a sheet of theirs with our tab's name, macros in an .xlsm, and text that
// looks like a formula (always written as text).
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writePackage } from "../../../src/xlsx/package/write-package.js";
import { contentTypeOf } from "../../../src/xlsx/package/workbook-index.js";
import { expectConsistentPackage } from "./package-checks.js";
import { MACROS, partsOf, sheetNames, sheetParts, specsFor, storedEntries, tempDir } from "./package-helpers.js";

const HEADERS = ["Ref", "Partnership", "Sponsoring officer", "Exit strategy", "Risk register", "Annual contribution", "Budget approved"];
const OUR_TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];

async function writeWorkbook(file: string, sheets: Record<string, unknown[][]>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("a user's own sheet called Findings", () => {
  it("is kept byte for byte, and ours is called Findings (checked), on the first run and the next", async () => {
    const dir = tempDir();
    const input = path.join(dir, "register.xlsx");
    await writeWorkbook(input, {
      Register: [HEADERS, ["P-1", "Canal Partnership", "", "No", "Yes", 5000, "Yes"]],
      Findings: [["My own notes on the audit"], ["keep me"]],
    });
    const out = path.join(dir, "out.xlsx");
    const { specs } = await specsFor(input);
    expect(await writePackage(input, specs, out)).toEqual(["Findings (checked)", ...OUR_TABS.slice(1)]);

    const inputParts = await partsOf(input);
    const userPart = sheetParts(inputParts).get("Findings")!;
    const [before, after] = await Promise.all([storedEntries(input), storedEntries(out)]);
    expect(after.get(userPart)!.raw.equals(before.get(userPart)!.raw)).toBe(true);
    expect(after.get(userPart)!.crc).toBe(before.get(userPart)!.crc);

    const wb = await readWorkbook(out);
    expect(wb.getWorksheet("Findings")!.getCell("A2").value).toBe("keep me");
    expect(wb.getWorksheet("Findings (checked)")!.getCell("A1").value).toBe("Findings");

    const again = path.join(dir, "again.xlsx");
    expect(await writePackage(out, (await specsFor(out)).specs, again)).toEqual(["Findings (checked)", ...OUR_TABS.slice(1)]);
    const parts = await partsOf(again);
    expect(sheetNames(parts)).toEqual(["Register", "Findings", "Findings (checked)", ...OUR_TABS.slice(1)]);
    expect((await storedEntries(again)).get(userPart)!.raw.equals(before.get(userPart)!.raw)).toBe(true);
    expectConsistentPackage(parts);
  });
});

describe("a macro-enabled workbook (.xlsm)", () => {
  it("keeps its macro-enabled content type and vbaProject.bin byte for byte", async () => {
    const dir = tempDir();
    const out = path.join(dir, "checked.xlsm");
    const { specs } = await specsFor(MACROS);
    expect(await writePackage(MACROS, specs, out)).toEqual(OUR_TABS);
    const [before, after] = await Promise.all([storedEntries(MACROS), storedEntries(out)]);
    const vba = after.get("xl/vbaProject.bin")!;
    expect(vba).toBeDefined();
    expect(vba.raw.equals(before.get("xl/vbaProject.bin")!.raw)).toBe(true);
    expect(vba.crc).toBe(before.get("xl/vbaProject.bin")!.crc);
    const parts = await partsOf(out);
    const types = parts.get("[Content_Types].xml")!;
    expect(contentTypeOf(types, "xl/workbook.xml")).toBe("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(contentTypeOf(types, "xl/vbaProject.bin")).toBe("application/vnd.ms-office.vbaProject");
    expect(parts.get("xl/_rels/workbook.xml.rels")).toMatch(/relationships\/vbaProject" Target="vbaProject.bin"/);
    expectConsistentPackage(parts);
  });
});

describe("text that looks like a formula", () => {
  it("is written as an inline string, never as a formula", async () => {
    const dir = tempDir();
    const input = path.join(dir, "register.xlsx");
    const nasty = ["=1+1", "@SUM(A1)", '=HYPERLINK("http://example.invalid","click me")', "+44 1234", "-5 days"];
    await writeWorkbook(input, { Register: [HEADERS, ...nasty.map((name, i) => [`P-${i + 1}`, name, "", "No", "Yes", 5000, "Yes"])] });
    const out = path.join(dir, "out.xlsx");
    const { specs } = await specsFor(input);
    await writePackage(input, specs, out);

    const parts = await partsOf(out);
    const sheets = sheetParts(parts);
    const findings = parts.get(sheets.get("Findings")!)!;
    for (const name of OUR_TABS) expect(parts.get(sheets.get(name)!)!, name).not.toMatch(/<f[\s>]/);
    const escaped = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    for (const text of nasty) expect(findings).toContain(`t="inlineStr"><is><t>${escaped(text)}</t></is>`);

    const wb = await readWorkbook(out);
    const values: unknown[] = [];
    wb.getWorksheet("Findings")!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    for (const text of nasty) expect(values).toContain(text);
    expect(values.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  });
});
