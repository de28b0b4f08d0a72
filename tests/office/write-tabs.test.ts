import { beforeAll, describe, expect, it } from "vitest";
import { DATE_FORMAT, MONEY_FORMAT, TAB_MARKER, type TabCell, type TabSpec } from "../../src/domain/tabs/tab-spec.js";
import { WorkbookProblem } from "../../src/office/workbook-session.js";
import { FakeWorkbook, type FakeWorkbookOptions } from "./fake-excel.js";
import { checkGrids, FORMULA_LIKE_NAMES, MB, measure, registerRows, registerWorkbook, type Checked } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];

const open = sessionsPerTest();

/** A register workbook and the seven tabs the engine describes for it, from the grids the adapter read back. */
async function prepared(rows: number, options: FakeWorkbookOptions = {}): Promise<{ wb: FakeWorkbook; checked: Checked; source: unknown[][] }> {
  const wb = new FakeWorkbook(options);
  const source = registerRows(rows);
  wb.addSheet("Register", source);
  const grids = await open(wb).readGrids();
  return { wb, checked: checkGrids(grids), source };
}

/** Row (1-based) of the first cell in column `col` of a sheet holding `text`. */
function rowOf(wb: FakeWorkbook, sheet: string, col: number, text: string): number {
  const s = wb.sheet(sheet);
  const r = s.values.findIndex((row) => row?.[col] === text);
  if (r < 0) throw new Error(`"${text}" not in column ${col} of ${sheet}`);
  return r + 1;
}

describe("writing the seven tabs through Office.js (50-row register)", () => {
  let wb: FakeWorkbook;
  let checked: Checked;
  let names: string[];
  let registerBefore: string;

  beforeAll(async () => {
    ({ wb, checked } = await prepared(50));
    registerBefore = wb.snapshot("Register");
    wb.resetLog();
    names = await open(wb).writeTabs(checked.specs);
  });

  it("adds the seven tabs after the register, in 4 syncs (survey 2, all tabs in 1 request, print setup 1)", () => {
    expect(names).toEqual(TABS);
    expect(wb.sheetNames()).toEqual(["Register", ...TABS]);
    expect(measure(wb).syncs).toBe(4);
    expect(wb.syncLog.every((s) => !s.error)).toBe(true);
  });

  it("leaves the register exactly as it was", () => {
    expect(wb.snapshot("Register")).toBe(registerBefore);
  });

  it("writes every value of every tab where the description puts it", () => {
    for (const spec of checked.specs) {
      const sheet = wb.sheet(spec.name);
      spec.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (!cell) return;
          const v = sheet.values[r]?.[c];
          const where = `${spec.name} row ${r + 1} col ${c + 1}`;
          if (cell.t === "text") expect(v ?? "", where).toBe(cell.v);
          else if (cell.t === "number" || cell.t === "money") expect(v, where).toBe(cell.v);
          else if (cell.t === "link") expect(v, where).toBe(cell.v);
        }),
      );
    }
  });

  it("marks each tab as ours in A2 and names the register it came from", () => {
    for (const name of TABS) expect(String(wb.cell(name, "A2").value)).toMatch(new RegExp(`^${TAB_MARKER} · Register: register.xlsx › Register`));
  });

  it("stores formula-like partnership names as text, never as formulas", () => {
    for (const name of FORMULA_LIKE_NAMES) {
      for (const tab of ["Findings", "Scorecards"]) {
        const s = wb.sheet(tab);
        const hits = s.values.flatMap((row, r) => (row ?? []).map((v, c) => ({ v, r, c })).filter((x) => x.v === name));
        expect(hits.length, `${name} on ${tab}`).toBeGreaterThan(0);
        for (const h of hits) {
          expect(s.formulas.has(`${h.r},${h.c}`), `${name} at ${tab} row ${h.r + 1}`).toBe(false);
          expect(s.numberFormats[h.r]?.[h.c]).toBe("@");
        }
      }
    }
  });

  it("writes the only formula we ever write: links back to the register's cells", () => {
    const s = wb.sheet("Findings");
    const formulas = [...s.formulas.values()];
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^=HYPERLINK\("#'Register'!\$?[A-Z]+\d+","[A-Z]+\d+"\)$/);
    const cell = wb.cell("Findings", `G${rowOf(wb, "Findings", 3, FORMULA_LIKE_NAMES[0]!)}`);
    expect(cell.formula).toMatch(/^=HYPERLINK\("#'Register'!/);
    expect(cell.style).toMatchObject({ "font.underline": "Single", "font.color": "#0563C1" });
  });

  it("formats money, dates and text the way the CLI's workbook does", () => {
    const finance = wb.sheet("Finance summary");
    const moneyCells = checked.specs[4]!.rows.flatMap((row, r) => row.map((cell, c) => ({ cell, r, c }))).filter((x) => x.cell?.t === "money");
    expect(moneyCells.length).toBeGreaterThan(0);
    for (const m of moneyCells) expect(finance.numberFormats[m.r]?.[m.c]).toBe(MONEY_FORMAT);
    const risks = checked.specs[1]!;
    const dates = risks.rows.flatMap((row, r) => row.map((cell, c) => ({ cell, r, c }))).filter((x) => x.cell?.t === "date");
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) {
      const sheet = wb.sheet("Risks");
      expect(sheet.numberFormats[d.r]?.[d.c]).toBe(DATE_FORMAT);
      expect(typeof sheet.values[d.r]?.[d.c]).toBe("number"); // an Excel serial, so it sorts and filters as a date
    }
    expect(wb.cell("Findings", "A1").numberFormat).toBe("@");
  });

  it("styles by meaning: headings, errors and warnings filled as in the CLI", () => {
    const header = rowOf(wb, "Findings", 0, "Severity");
    expect(wb.cell("Findings", `A${header}`).style).toMatchObject({ "fill.color": "#1F4E79", "font.bold": true, "font.color": "#FFFFFF" });
    expect(wb.cell("Findings", `H${header}`).style).toMatchObject({ "fill.color": "#1F4E79" });
    const error = rowOf(wb, "Findings", 0, "Error");
    expect(wb.cell("Findings", `A${error}`).style).toMatchObject({ "fill.color": "#F4CCCC", "font.bold": true });
    expect(wb.cell("Findings", "A1").style).toMatchObject({ "font.bold": true, "font.size": 14 });
    expect(wb.cell("Findings", `H${error + 1}`).style).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
  });

  it("formats in blocks, never cell by cell and never whole columns", () => {
    const formatOps = wb.syncLog.flatMap((s) => s.ops).filter((o) => o.member.startsWith("format.") || o.member === "numberFormat");
    const cells = checked.specs.reduce((n, s) => n + s.rows.reduce((m, r) => m + r.filter(Boolean).length, 0), 0);
    expect(formatOps.length).toBeLessThan(cells / 3);
    expect(wb.unboundedWrites).toEqual([]);
  });

  it("adds the tables over the rows already written, with their names, and freezes the header", () => {
    const findings = checked.specs[0]!;
    const t = findings.tables![0]!;
    expect(wb.tablesOn("Findings")).toEqual([{ name: "PRA_Findings", address: `A${t.headerRow + 1}:H${t.lastRow + 1}`, style: "TableStyleLight1" }]);
    expect(wb.sheet("Findings").freezeRows).toBe(findings.freezeRows);
    const ops = wb.syncLog.flatMap((s) => s.ops);
    const firstTable = ops.findIndex((o) => o.member === "add" && o.target.endsWith(".tables"));
    const lastValues = ops.map((o) => o.member).lastIndexOf("values");
    expect(firstTable).toBeGreaterThan(ops.findIndex((o) => o.member === "values" && o.sheet !== "Register"));
    expect(lastValues).toBeGreaterThan(0);
    expect(wb.tables.map((x) => x.name).sort()).toEqual(checked.specs.flatMap((s) => (s.tables ?? []).filter((x) => x.lastRow > x.headerRow).map((x) => x.name)).sort());
  });

  it("sets column widths, merges and print setup (ExcelApi 1.9)", () => {
    expect(wb.sheet("Findings").columnWidths.get(7)).toBeCloseTo((90 * 7 + 5) * 0.75);
    expect(wb.sheet("Committee summary").merges.length).toBeGreaterThan(0);
    expect(wb.sheet("Committee summary").pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
      printTitleRows: "$1:$2",
    });
    expect(wb.sheet("Finance summary").pageLayout).toMatchObject({ orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
  });

  it("switches calculation to manual while writing and gives back the user's mode", () => {
    const sets = wb.syncLog.flatMap((s) => s.ops).filter((o) => o.member === "calculationMode" && o.action === "set");
    expect(sets).toHaveLength(2);
    expect(wb.calculationMode).toBe("Automatic");
  });

  it("suspends screen updating once per request that writes", () => {
    expect(wb.screenUpdatingSuspensions).toBe(1);
  });
});

describe("rebuilding and sharing names with the user's sheets", () => {
  it("never touches a user's own 'Findings' sheet: ours is 'Findings (checked)'", async () => {
    const { wb, checked } = await prepared(20);
    wb.addSheet("Findings", [["Our own findings from the audit"], ["keep me"]]);
    const before = wb.snapshot("Findings");
    const names = await open(wb).writeTabs(checked.specs);
    expect(names[0]).toBe("Findings (checked)");
    expect(wb.snapshot("Findings")).toBe(before);
    expect(wb.cell("Findings (checked)", "A1").value).toBe("Findings");
  });

  it("a second run replaces our tabs rather than adding more, and keeps the user's sheets", async () => {
    const { wb, checked } = await prepared(20);
    wb.addSheet("Notes", [["mine"]]);
    await open(wb).writeTabs(checked.specs);
    wb.sheet("Findings").values[40] = ["stale row from the first run"];
    await open(wb).writeTabs(checked.specs);
    expect(wb.sheetNames()).toEqual(["Register", "Notes", ...TABS]);
    expect(wb.sheet("Findings").values[40]).toBeUndefined();
    expect(wb.tables.filter((t) => t.name.startsWith("PRA_Findings")).map((t) => t.name)).toEqual(["PRA_Findings"]);
  });

  it("recognises our tabs by the marker even after the user renamed one", async () => {
    const { wb, checked } = await prepared(20);
    await open(wb).writeTabs(checked.specs);
    wb.sheet("Risks").name = "Risks (old)";
    await open(wb).writeTabs(checked.specs);
    expect(wb.sheetNames()).toEqual(["Register", ...TABS]);
  });
});

describe("when Excel refuses a write part-way", () => {
  it("leaves no half-built tab, keeps the earlier run's tabs, restores calculation, and says what to do", async () => {
    const { wb, checked } = await prepared(30, { calculationMode: "AutomaticExceptTables" });
    await open(wb).writeTabs(checked.specs);
    const before = wb.sheetNames();
    const findingsBefore = wb.snapshot("Findings");
    let writes = 0;
    wb.failWhen = (op) => (op.member === "values" && op.sheet !== "Register" && ++writes === 3 ? "GeneralException" : null);
    const error = await open(wb)
      .writeTabs(checked.specs)
      .catch((e: unknown) => e);
    wb.failWhen = null;
    expect(error).toBeInstanceOf(WorkbookProblem);
    expect((error as Error).message).toMatch(/^Excel could not let the add-in write the report tabs \(GeneralException\): try again/);
    expect(wb.sheetNames()).toEqual(before);
    expect(wb.snapshot("Findings")).toBe(findingsBefore);
    expect(wb.calculationMode).toBe("AutomaticExceptTables");
  });

  it("names the problem when the workbook's structure is protected, and writes nothing", async () => {
    const { wb, checked } = await prepared(5);
    wb.structureProtected = true;
    const error = (await open(wb)
      .writeTabs(checked.specs)
      .catch((e: unknown) => e)) as WorkbookProblem;
    expect(error).toBeInstanceOf(WorkbookProblem);
    expect(error.kind).toBe("protected");
    expect(error.message).toMatch(/structure is protected.*unprotect it \(Review › Protect Workbook\)/);
    expect(wb.sheetNames()).toEqual(["Register"]);
    expect(wb.calculationMode).toBe("Automatic");
  });

  it("says plainly that a read-only workbook cannot be written to", async () => {
    const { wb, checked } = await prepared(5);
    wb.readOnly = true;
    const error = (await open(wb)
      .writeTabs(checked.specs)
      .catch((e: unknown) => e)) as WorkbookProblem;
    expect(error.kind).toBe("readOnly");
    expect(error.message).toMatch(/read-only.*open an editable copy/);
    expect(wb.sheetNames()).toEqual(["Register"]);
  });

  it("restores the calculation mode even when the very last request fails", async () => {
    const { wb, checked } = await prepared(5, { calculationMode: "Automatic" });
    // The request that renames the finished tabs is refused (once: cleaning up afterwards is allowed).
    let refused = false;
    wb.failWhen = (op) => (!refused && op.member === "name" && op.action === "set" ? ((refused = true), "AccessDenied") : null);
    const error = (await open(wb)
      .writeTabs(checked.specs)
      .catch((e: unknown) => e)) as WorkbookProblem;
    wb.failWhen = null;
    expect(error.kind).toBe("protected");
    expect(wb.sheetNames()).toEqual(["Register"]);
    expect(wb.calculationMode).toBe("Automatic");
  });
});

describe("on Office 2019 (ExcelApi 1.7)", () => {
  it("writes the tabs without calculation mode, screen updating or page layout, and says nothing is wrong", async () => {
    const { wb, checked } = await prepared(20, { excelApi: "1.7", calculationMode: "Automatic" });
    wb.resetLog();
    const names = await open(wb).writeTabs(checked.specs);
    expect(names).toEqual(TABS);
    const ops = wb.syncLog.flatMap((s) => s.ops);
    expect(ops.some((o) => o.member === "calculationMode" && o.action === "set")).toBe(false);
    expect(ops.some((o) => o.member === "suspendScreenUpdatingUntilNextSync")).toBe(false);
    expect(ops.some((o) => o.target.includes("pageLayout"))).toBe(false);
    expect(ops.some((o) => o.member === "readOnly")).toBe(false);
    expect(wb.syncLog.every((s) => !s.error)).toBe(true);
    expect(measure(wb).syncs).toBe(3);
    expect(wb.tablesOn("Findings")).toHaveLength(1);
  });
});

describe("progress and hosts that accept less", () => {
  it("reports progress up to done = total", async () => {
    const { wb, checked } = await prepared(10);
    const calls: [number, number, string][] = [];
    await open(wb).writeTabs(checked.specs, (done, total, what) => calls.push([done, total, what]));
    expect(calls.length).toBeGreaterThan(0);
    const [done, total] = calls.at(-1)!;
    expect(done).toBe(total);
    for (let i = 1; i < calls.length; i++) expect(calls[i]![0]).toBeGreaterThanOrEqual(calls[i - 1]![0]);
  });

  it("when Excel refuses a request as too large, tries once more in smaller requests and succeeds", async () => {
    const wb = registerWorkbook(3, { payloadLimit: 2 * MB, calculationMode: "Automatic" });
    const rows: TabCell[][] = [
      [{ t: "text", v: "Big list", style: "title" }],
      [{ t: "text", v: `${TAB_MARKER} · test` }],
    ];
    for (let i = 0; i < 30_000; i++) rows.push([{ t: "text", v: `row ${i} ${"x".repeat(100)}` }]);
    const spec: TabSpec = { key: "big", name: "Big list", widths: [120], rows };
    const names = await open(wb).writeTabs([spec]);
    expect(names).toEqual(["Big list"]);
    expect(wb.syncLog.filter((s) => s.error === "RequestPayloadSizeLimitExceeded")).toHaveLength(1);
    expect(wb.sheetNames()).toEqual(["Register", "Big list"]);
    expect(wb.sheet("Big list").values).toHaveLength(rows.length);
    expect(wb.cell("Big list", "A30002").value).toBe(`row 29999 ${"x".repeat(100)}`);
    expect(wb.calculationMode).toBe("Automatic");
  });
});
