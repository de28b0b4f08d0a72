import { describe, expect, it } from "vitest";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { ERROR_ROWS_NAME, highlightFormula, WARNING_ROWS_NAME } from "../../src/office/highlight.js";
import { WorkbookProblem } from "../../src/office/workbook-session.js";
import { FakeWorkbook } from "./fake-excel.js";
import { checkGrids, HEADERS, highlightRows, measure, registerRows } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const open = sessionsPerTest();

async function prepared(rows: number, protectedRegister = false) {
  const wb = new FakeWorkbook();
  wb.addSheet("Register", registerRows(rows), { protected: protectedRegister });
  const grids = await open(wb).readGrids();
  const { report } = checkGrids(grids);
  return { wb, report, rows: highlightRows(report) };
}

const LAST_COLUMN = HEADERS.length - 1;

describe("highlighting the register's rows", () => {
  it("adds one conditional format per severity over the register, driven by a hidden list of rows, and nothing else", async () => {
    const { wb, rows } = await prepared(50);
    const before = JSON.parse(wb.snapshot("Register")) as Record<string, unknown>;
    wb.resetLog();
    await open(wb).highlight("Register", 0, LAST_COLUMN, rows);

    const after = JSON.parse(wb.snapshot("Register")) as Record<string, unknown>;
    expect({ ...after, conditionalFormats: [] }).toEqual({ ...before, conditionalFormats: [] });
    const errors = rows.filter((r) => r.severity === "error").map((r) => r.row).sort((a, b) => a - b);
    const warnings = rows.filter((r) => r.severity === "warning").map((r) => r.row).sort((a, b) => a - b);
    expect(errors.length).toBeGreaterThan(0);
    expect(warnings.length).toBeGreaterThan(0);
    const all = [...errors, ...warnings];
    const span = `${Math.min(...all) - 1}`;
    const cfs = wb.sheet("Register").conditionalFormats;
    expect(cfs.map((c) => ({ formula: c.formula, fill: c.fill, type: c.type }))).toEqual([
      { formula: highlightFormula(ERROR_ROWS_NAME), fill: "#F4CCCC", type: "Custom" },
      { formula: highlightFormula(WARNING_ROWS_NAME), fill: "#FFE7B3", type: "Custom" },
    ]);
    expect(cfs[0]!.rect).toEqual({ top: Number(span), left: 0, bottom: Math.max(...all) - 1, right: LAST_COLUMN });

    const list = wb.sheet("PRA highlights");
    expect(list.visibility).toBe("Hidden");
    expect(String(wb.cell("PRA highlights", "A2").value)).toMatch(new RegExp(`^${TAB_MARKER}`));
    expect(wb.read("PRA highlights", `A4:A${3 + errors.length}`).map((r) => r[0])).toEqual(errors);
    expect(wb.read("PRA highlights", `B4:B${3 + warnings.length}`).map((r) => r[0])).toEqual(warnings);
    expect(wb.names.get(ERROR_ROWS_NAME.toLowerCase())!.formula).toBe(`='PRA highlights'!$A$4:$A$${3 + errors.length}`);
    expect(wb.names.get(WARNING_ROWS_NAME.toLowerCase())!.formula).toBe(`='PRA highlights'!$B$4:$B$${3 + warnings.length}`);
    expect(measure(wb).syncs).toBe(3);
  });

  it("clear removes exactly what highlighting added: the register's cells, formats and own conditional formats are as before", async () => {
    const { wb, rows } = await prepared(50);
    // The council's own conditional format, which we must not touch.
    wb.sheet("Register").conditionalFormats.push({ id: 999, rect: { top: 1, left: 5, bottom: 50, right: 5 }, type: "Custom", formula: '=$F2="Closed"', fill: "#CCCCCC" });
    const before = wb.snapshot("Register");
    const sheetsBefore = wb.sheetNames();
    await open(wb).highlight("Register", 0, LAST_COLUMN, rows);
    expect(wb.sheet("Register").conditionalFormats).toHaveLength(3);
    wb.resetLog();
    await open(wb).clearHighlights();
    expect(wb.snapshot("Register")).toBe(before);
    expect(wb.sheetNames()).toEqual(sheetsBefore);
    expect([...wb.names.keys()]).toEqual([]);
    expect(measure(wb).syncs).toBe(4);
  });

  it("highlighting again replaces the earlier highlights rather than piling them up", async () => {
    const { wb, rows } = await prepared(30);
    await open(wb).highlight("Register", 0, LAST_COLUMN, rows);
    await open(wb).highlight("Register", 0, LAST_COLUMN, rows.slice(0, 2));
    expect(wb.sheet("Register").conditionalFormats.length).toBeLessThanOrEqual(2);
    expect(wb.sheetNames().filter((n) => n.startsWith("PRA highlights"))).toEqual(["PRA highlights"]);
  });

  it("a row with an error and a warning is highlighted as an error", async () => {
    const { wb } = await prepared(10);
    await open(wb).highlight("Register", 0, 3, [
      { row: 5, severity: "warning" },
      { row: 5, severity: "error" },
      { row: 7, severity: "warning" },
    ]);
    expect(wb.read("PRA highlights", "A4:B5")).toEqual([
      [5, 7],
      [null, null],
    ]);
  });

  it("the hidden list is ours: reading skips it, and writing the report tabs keeps it", async () => {
    const { wb, rows } = await prepared(20);
    await open(wb).highlight("Register", 0, LAST_COLUMN, rows);
    const grids = await open(wb).readGrids();
    expect(grids.map((g) => g.name)).toEqual(["Register"]);
    await open(wb).writeTabs(checkGrids(grids).specs);
    expect(wb.findSheet("PRA highlights")).toBeDefined();
    expect(wb.names.get(ERROR_ROWS_NAME.toLowerCase())!.formula).toMatch(/^='PRA highlights'!\$A\$4/);
  });

  it("a user's own sheet called 'PRA highlights' is left alone", async () => {
    const { wb, rows } = await prepared(10);
    wb.addSheet("PRA highlights", [["my sheet"]]);
    const mine = wb.snapshot("PRA highlights");
    await open(wb).highlight("Register", 0, LAST_COLUMN, rows);
    await open(wb).clearHighlights();
    expect(wb.snapshot("PRA highlights")).toBe(mine);
    expect(wb.sheetNames()).toEqual(["Register", "PRA highlights"]);
  });

  it("on a protected register: reading works, highlighting says to unprotect the named sheet and changes nothing", async () => {
    const { wb, rows } = await prepared(10, true);
    const before = wb.sheetNames();
    const error = (await open(wb)
      .highlight("Register", 0, LAST_COLUMN, rows)
      .catch((e: unknown) => e)) as WorkbookProblem;
    expect(error).toBeInstanceOf(WorkbookProblem);
    expect(error.kind).toBe("protected");
    expect(error.message).toBe('The sheet "Register" is protected, so the add-in cannot highlight its rows: unprotect it (Review › Unprotect Sheet) and try again.');
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.names.size).toBe(0);
  });

  it("a highlight Excel refuses part-way leaves nothing of ours behind", async () => {
    const { wb, rows } = await prepared(20);
    const before = wb.snapshot("Register");
    wb.failWhen = (op) => (op.member === "conditionalFormats.add" ? "GeneralException" : null);
    const error = await open(wb)
      .highlight("Register", 0, LAST_COLUMN, rows)
      .catch((e: unknown) => e);
    wb.failWhen = null;
    expect(error).toBeInstanceOf(WorkbookProblem);
    expect(wb.sheetNames()).toEqual(["Register"]);
    expect(wb.names.size).toBe(0);
    expect(wb.snapshot("Register")).toBe(before);
  });

  it("clearing when nothing is highlighted changes nothing", async () => {
    const { wb } = await prepared(5);
    const before = wb.snapshot("Register");
    await open(wb).clearHighlights();
    expect(wb.snapshot("Register")).toBe(before);
    expect(wb.syncLog.every((s) => s.ops.every((o) => o.action === "load"))).toBe(true);
  });

  it("a sheet that is not there gets a plain message", async () => {
    const { wb } = await prepared(5);
    const error = (await open(wb)
      .highlight("Partnerships", 0, 3, [{ row: 2, severity: "error" }])
      .catch((e: unknown) => e)) as WorkbookProblem;
    expect(error.message).toMatch(/no sheet called "Partnerships"/);
  });
});
