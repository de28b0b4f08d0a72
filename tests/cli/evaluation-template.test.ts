// --evaluation-template end to end: the CLI adds a blank Evaluation sheet, partners fill it in, and the next check's
// Scorecards use their ratings while the sheet itself stays as they left it.
import fs from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { TEMPLATE_HEADERS } from "../helpers/evaluation.js";
import { cleanRow, FULL_HEADERS } from "../helpers/grid.js";
import { readWorkbook, runCli, STACK_TRACE, tempDir, writeWorkbook } from "./run-cli.js";

const TODAY = "2026-06-30";
const REGISTER = [
  cleanRow(),
  cleanRow({ Ref: "P-002", Partnership: "Safer Roads Partnership" }),
  cleanRow({ Ref: "P-003", Partnership: "Leisure Centres Contract", "Form of partnership": "Contract for services" }),
];

async function registerFile(dir: string): Promise<string> {
  const file = path.join(dir, "register.xlsx");
  await writeWorkbook(file, { Register: [FULL_HEADERS, ...REGISTER.map((r) => FULL_HEADERS.map((h) => r[h] ?? null))] });
  return file;
}

/** Every value of a sheet, by address. */
function valuesOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow((row) => row.eachCell((c) => (out[c.address] = c.value)));
  return out;
}

/** The Scorecards table's rows as objects keyed by heading, by Ref. */
function scorecards(wb: ExcelJS.Workbook): Map<string, Record<string, unknown>> {
  const ws = wb.getWorksheet("Scorecards")!;
  let header = 0;
  for (let r = 1; r <= ws.rowCount && !header; r++) if (ws.getCell(r, 1).value === "Ref" && ws.getCell(r, 2).value === "Partnership") header = r;
  const names = (ws.getRow(header).values as unknown[]).slice(1).map(String);
  const out = new Map<string, Record<string, unknown>>();
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const row: Record<string, unknown> = {};
    names.forEach((n, i) => (row[n] = ws.getCell(r, i + 1).value));
    if (row.Ref) out.set(String(row.Ref), row);
  }
  return out;
}

describe("--evaluation-template", () => {
  const dir = tempDir();
  let register: string;
  const template = path.join(dir, "with-template.xlsx");
  const filled = path.join(dir, "filled.xlsx");
  const rechecked = path.join(dir, "rechecked.xlsx");
  const recheckedJson = path.join(dir, "rechecked.json");
  let first: ReturnType<typeof runCli>;

  beforeAll(async () => {
    register = await registerFile(dir);
    first = runCli([register, "--today", TODAY, "--evaluation-template", "--out", template]);
  });

  it("adds an Evaluation sheet to the --out workbook and says how to use it", async () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Added the sheet "Evaluation" for the partners\' self-assessment');
    expect(first.stdout).toMatch(/Wrote .*with-template\.xlsx with the tabs "Findings",/);
    const wb = await readWorkbook(template);
    expect(wb.worksheets.map((w) => w.name)).toContain("Evaluation");
    expect(wb.worksheets.map((w) => w.name)[0]).toBe("Register");
  });

  it("fills in Ref and Partnership for each scored partnership, under the headers, with no generated-tab marker", async () => {
    const ws = (await readWorkbook(template)).getWorksheet("Evaluation")!;
    expect(String(ws.getCell("A2").value)).not.toContain(TAB_MARKER);
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(TEMPLATE_HEADERS);
    expect([ws.getCell("A5").value, ws.getCell("B5").value]).toEqual(["P-001", "Canal Corridor Partnership"]);
    expect([ws.getCell("A6").value, ws.getCell("B6").value]).toEqual(["P-002", "Safer Roads Partnership"]);
    expect(ws.getCell("A7").value).toBeNull(); // the contract for services gets no scorecard, so no row
  });

  it("offers a 1-5 dropdown with a plain-English error on the rating cells", async () => {
    const ws = (await readWorkbook(template)).getWorksheet("Evaluation")!;
    for (const address of ["E5", "J6", "E50"]) {
      expect(ws.getCell(address).dataValidation, address).toMatchObject({
        type: "list",
        formulae: ['"1,2,3,4,5"'],
        showErrorMessage: true,
        error: expect.stringContaining("whole number from 1 to 5"),
      });
    }
    expect(ws.getCell("D5").dataValidation).toBeUndefined();
  });

  it("needs --out: without it the CLI stops with exit 2 and says what to add", () => {
    const r = runCli([register, "--today", TODAY, "--evaluation-template"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: --evaluation-template adds the Evaluation sheet to the --out workbook: add --out/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("never writes over a sheet called Evaluation: exit 2, a plain message, and no output", () => {
    const out = path.join(dir, "again.xlsx");
    const r = runCli([template, "--today", TODAY, "--evaluation-template", "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: The workbook already has a sheet called "Evaluation", so --evaluation-template did not add one/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(fs.existsSync(out)).toBe(false);
  });

  describe("filled in by the partners, then checked again", () => {
    let before: Record<string, unknown>;
    let after: ExcelJS.Workbook;

    beforeAll(async () => {
      const wb = await readWorkbook(template);
      const ws = wb.getWorksheet("Evaluation")!;
      ws.getRow(5).values = ["P-001", "Canal Corridor Partnership", "Canal and River Trust", "Sam Lee", 4, 4, 4, 4, 4, 4, "Good year"];
      ws.getRow(6).values = ["P-002", "Safer Roads Partnership", "Police", "Ann Hale", 3, 3, 3, 3, 3, 3];
      // A second rater of the canal partnership, on a copied row; one rating pasted over the dropdown.
      ws.getRow(7).values = ["P-001", "Canal Corridor Partnership", "County Council", "Dev Patel", 1, 6, 5, 4, 4, 4];
      await wb.xlsx.writeFile(filled);
      before = valuesOf((await readWorkbook(filled)).getWorksheet("Evaluation")!);
      const r = runCli([filled, "--today", TODAY, "--out", rechecked, "--json", recheckedJson]);
      expect(r.status, r.stderr).toBe(0);
      after = await readWorkbook(rechecked);
    });

    it("keeps the partners' Evaluation sheet exactly as they left it, dropdowns included", () => {
      const ws = after.getWorksheet("Evaluation")!;
      expect(valuesOf(ws)).toEqual(before);
      expect(ws.getCell("F7").dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3,4,5"'] });
      expect(after.worksheets.filter((w) => w.name.startsWith("Evaluation"))).toHaveLength(1);
    });

    it("scores each behaviour area on the Scorecards from the mean of the partners' ratings, with the number of raters", () => {
      const cards = scorecards(after);
      const canal = cards.get("P-001")!;
      expect(canal["Achieve intended outcomes"]).toBe(2.5);
      expect(canal["Public interest"]).toBe(4); // the "6" is left out
      expect(canal["Building partners' capacity"]).toBe(4.5);
      expect(canal.Raters).toBe(2);
      expect(cards.get("P-002")).toMatchObject({ "Achieve intended outcomes": 3, Raters: 1, "Behaviours (0-100)": 50, "Agreement between partners": "One rater only" });
    });

    it("says where the partners disagree, and lists the rating it could not read", () => {
      const canal = scorecards(after).get("P-001")!;
      expect(canal["Agreement between partners"]).toBe("Partners disagree: Achieve intended outcomes (rated 1 to 4)");
      expect(canal["Rating notes"]).toBe('Left out, not a whole number from 1 to 5: "6" (row 7, column F).');
    });

    it("is not taken for the register, nor for a register of interests", () => {
      const report = JSON.parse(fs.readFileSync(recheckedJson, "utf8")) as { register: { sheet: string }; interests: unknown };
      expect(report.register.sheet).toBe("Register");
      expect(report.interests).toBeNull();
      expect(String(after.getWorksheet("Scorecards")!.getCell("A2").value)).toContain("filled.xlsx › Register");
    });
  });

  it("works on a CSV register too: the Evaluation sheet and its dropdowns go into the new workbook", async () => {
    const csv = path.join(dir, "register.csv");
    const quote = (v: unknown) => `"${String(v ?? "").replace(/"/g, '""')}"`;
    fs.writeFileSync(csv, [FULL_HEADERS, ...REGISTER.map((r) => FULL_HEADERS.map((h) => r[h]))].map((row) => row.map(quote).join(",")).join("\n"));
    const out = path.join(dir, "from-csv.xlsx");
    const r = runCli([csv, "--today", TODAY, "--evaluation-template", "--out", out]);
    expect(r.status, r.stderr).toBe(0);
    const ws = (await readWorkbook(out)).getWorksheet("Evaluation")!;
    expect(ws.getCell("A5").value).toBe("P-001");
    expect(ws.getCell("E5").dataValidation).toMatchObject({ type: "list", formulae: ['"1,2,3,4,5"'], allowBlank: true });
  });
});
