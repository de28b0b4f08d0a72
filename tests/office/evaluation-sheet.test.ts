// The pane's "Add Evaluation sheet", through the Office.js adapter, against the recording fake.
import { describe, expect, it } from "vitest";
import { readEvaluation } from "../../src/domain/evaluation/read-evaluation.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { insertEvaluationSheet } from "../../src/office/evaluation-sheet.js";
import { TEMPLATE_HEADERS } from "../helpers/evaluation.js";
import { FakeWorkbook, type FakeWorkbookOptions } from "./fake-excel.js";
import { checkGrids, registerRows } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const open = sessionsPerTest();

/** A 6-row register, checked through the adapter as the pane does. */
async function checkedWorkbook(options: FakeWorkbookOptions = {}) {
  const wb = new FakeWorkbook(options);
  wb.addSheet("Register", registerRows(6));
  const session = open(wb);
  const { report, specs } = checkGrids(await session.readGrids());
  return { wb, session, report, specs };
}

describe("insertEvaluationSheet", () => {
  it("adds an Evaluation sheet of the user's: no marker, Ref and Partnership filled in for each partnership, header in row 4", async () => {
    const { wb, session, report } = await checkedWorkbook();
    const registerBefore = wb.snapshot("Register");
    expect(await insertEvaluationSheet(session, report)).toEqual({ ok: true, sheet: "Evaluation" });
    expect(wb.sheetNames()).toEqual(["Register", "Evaluation"]);
    expect(wb.snapshot("Register")).toBe(registerBefore);
    expect(String(wb.cell("Evaluation", "A2").value)).not.toContain(TAB_MARKER);
    expect(wb.read("Evaluation", "A4:K4")[0]).toEqual(TEMPLATE_HEADERS);
    const filled = wb.read("Evaluation", "A5:B10");
    expect(filled.map((r) => r[0])).toEqual(report.partnerships.map((p) => p.ref));
    // Formula-like names stay text.
    expect(filled.map((r) => r[1])).toEqual(report.partnerships.map((p) => p.name));
    expect(wb.sheet("Evaluation").formulas.size).toBe(0);
    expect(wb.sheet("Evaluation").freezeRows).toBe(4);
    expect(wb.activeSheet).toBe("Evaluation");
  });

  it("puts a 1-5 dropdown with a plain-English error on the six rating columns", async () => {
    const { wb, session, report } = await checkedWorkbook();
    await insertEvaluationSheet(session, report);
    const [v, ...more] = wb.sheet("Evaluation").validations;
    expect(more).toEqual([]);
    expect(v!.rect).toEqual({ top: 4, left: 4, bottom: 9 + 200, right: 9 });
    expect(v!.rule).toEqual({ list: { inCellDropDown: true, source: "1,2,3,4,5" } });
    expect(v!.ignoreBlanks).toBe(true);
    expect(v!.errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: expect.stringContaining("whole number from 1 to 5") });
    expect(v!.prompt).toMatchObject({ showPrompt: true, message: expect.stringContaining("1 (inadequate) to 5 (excellent)") });
  });

  it("refuses, in plain English, when a sheet called Evaluation is already there, and leaves it untouched", async () => {
    const { wb, session, report } = await checkedWorkbook();
    wb.addSheet("evaluation", [["Ref", "Partnership", "Rater"], ["P-00001", "Partnership 1", "Police"]]);
    const before = wb.snapshot("evaluation");
    const result = await insertEvaluationSheet(session, report);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('already has a sheet called "Evaluation"') });
    expect(wb.snapshot("evaluation")).toBe(before);
    expect(wb.sheetNames()).toEqual(["Register", "evaluation"]);
  });

  it("still adds the sheet, without dropdowns, on a host without data validation (ExcelApi 1.7)", async () => {
    const { wb, session, report } = await checkedWorkbook({ excelApi: "1.7" });
    expect(await insertEvaluationSheet(session, report)).toEqual({ ok: true, sheet: "Evaluation" });
    expect(wb.sheet("Evaluation").validations).toEqual([]);
    expect(wb.syncLog.every((s) => !s.error)).toBe(true);
  });

  it("removes the half-built sheet when Excel refuses a write, and says so", async () => {
    const { wb, session, report } = await checkedWorkbook();
    wb.failWhen = (op) => (op.member === "dataValidation.rule" ? "GeneralException" : null);
    const result = await insertEvaluationSheet(session, report);
    wb.failWhen = null;
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("add the Evaluation sheet");
    expect(wb.sheetNames()).toEqual(["Register"]);
  });

  it("refuses on a workbook whose structure is protected", async () => {
    const { wb, session, report } = await checkedWorkbook({ structureProtected: true });
    const result = await insertEvaluationSheet(session, report);
    expect(!result.ok && result.message).toContain("structure is protected");
    expect(wb.sheetNames()).toEqual(["Register"]);
  });

  it("is kept when the report tabs are written again, and is read back with the partners' ratings", async () => {
    const { wb, session, report, specs } = await checkedWorkbook();
    await insertEvaluationSheet(session, report);
    await session.writeTabs(specs);
    await session.writeTabs(specs);
    expect(wb.sheetNames()).toEqual(["Register", "Evaluation", ...specs.map((s) => s.name)]);
    // A partner fills in a row, as typed into Excel.
    wb.sheet("Evaluation").values[4]!.splice(2, 6, "Police", "Sam Lee", 4, 5, 3, 2);
    const grids = await session.readGrids();
    expect(grids.map((g) => g.name)).toContain("Evaluation");
    const evaluation = readEvaluation(grids, "Register");
    expect(evaluation?.rows).toEqual([
      { row: 5, ref: "P-00001", partnership: report.partnerships[0]!.name, rater: "Police", raterName: "Sam Lee", ratings: [4, 5, 3, 2, null, null], unreadable: [] },
      ...report.partnerships.slice(1).map((p, i) => expect.objectContaining({ row: 6 + i, ref: p.ref, ratings: Array(6).fill(null) })),
    ]);
  });
});
