import { describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import type { CellValue, Grid } from "../../src/domain/model.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { FULL_HEADERS, TODAY, cleanRow, registerGrid, rulesFired, runCheck } from "../helpers/grid.js";

/** One register row's cells in FULL_HEADERS order. */
function cells(overrides: Record<string, CellValue> = {}): CellValue[] {
  const row = cleanRow(overrides);
  return FULL_HEADERS.map((h) => row[h] ?? null);
}

const COVER: Grid = {
  name: "Cover",
  rows: [["Borough Council"], ["Partnership Register 2026"], [], ["Owner: Policy Team", null, "Version 3"]],
};

/**
 * A register as councils keep one: a title merged across the top (so only column A holds it), a subtitle,
 * the header in row 4, a blank row inside the table, a totals row and notes under it.
 */
const REGISTER: Grid = {
  name: "Partnerships 2026",
  rows: [
    ["Borough Council Register of Partnerships", ...Array<CellValue>(FULL_HEADERS.length - 1).fill(null)],
    ["As at 30 June 2026"],
    [],
    FULL_HEADERS,
    cells(), // row 5
    [], // row 6
    cells({ Ref: "P-002", Partnership: "Safer Borough Partnership", "Exit strategy": "No" }), // row 7
    [null, null, null], // row 8
    cells({ Ref: "P-003", Partnership: "Health and Wellbeing Board", "Sponsoring officer": null, "Risk register": "tbc" }), // row 9
    ["Total", ...Array<CellValue>(27).fill(null), "£15,000"], // row 10
    [],
    ["Notes: contributions are for 2026/27."],
    ["Source: finance system, June 2026"],
  ],
};

describe("check(): finding the register", () => {
  it("picks the register sheet after a cover sheet", () => {
    const report = check([COVER, REGISTER], defaultProfile(), TODAY);
    expect(report.register?.sheet).toBe("Partnerships 2026");
    expect(report.findings.every((f) => f.sheet === "Partnerships 2026")).toBe(true);
  });

  it("finds the header below merged title rows and reports findings at their sheet rows", () => {
    const report = check([COVER, REGISTER], defaultProfile(), TODAY);
    expect(report.register?.headerRow).toBe(4);
    expect(report.findings.map((f) => [f.row, f.rule, f.column])).toEqual([
      [7, "exit-strategy-missing", "U"],
      [9, "sponsoring-officer-missing", "G"],
      [9, "risk-register-missing", "S"],
    ]);
  });

  it("skips blank rows inside the table and does not count a totals row or notes as partnerships", () => {
    const report = check([COVER, REGISTER], defaultProfile(), TODAY);
    expect(report.partnerships.map((p) => [p.row, p.ref, p.name])).toEqual([
      [5, "P-001", "Canal Corridor Partnership"],
      [7, "P-002", "Safer Borough Partnership"],
      [9, "P-003", "Health and Wellbeing Board"],
    ]);
  });

  it.each(["Total", "Grand total", "TOTALS", "Sub-total"])("stops the table at a %j row", (label) => {
    const grid = registerGrid(FULL_HEADERS, [cleanRow(), { Ref: label, "Annual contribution": 5000 }, cleanRow({ Ref: "P-009" })]);
    expect(check([grid], defaultProfile(), TODAY).partnerships.map((p) => p.row)).toEqual([2]);
  });

  it("does not count a note written in column A under the table as a partnership", () => {
    const grid = registerGrid(FULL_HEADERS, [cleanRow(), {}, { Ref: "This register is reviewed annually by the Audit Committee." }]);
    const report = check([grid], defaultProfile(), TODAY);
    expect(report.partnerships.map((p) => p.row)).toEqual([2]);
    expect(report.findings).toEqual([]);
  });

  it("takes the sheet the user names (--sheet), ignoring case", () => {
    const archive = registerGrid(FULL_HEADERS, [cleanRow({ "Exit strategy": "No" })], "Archive 2025");
    const report = check([COVER, REGISTER, archive], defaultProfile(), TODAY, { sheet: "archive 2025" });
    expect(report.register?.sheet).toBe("Archive 2025");
    expect(report.partnerships.map((p) => p.row)).toEqual([2]);
    expect(report.findings.map((f) => [f.row, f.rule])).toContainEqual([2, "exit-strategy-missing"]);
  });

  it("does not read another partnership register in the workbook as a register of interests", () => {
    const archive = registerGrid(FULL_HEADERS, [cleanRow({ "Exit strategy": "No" })], "Archive 2025");
    const report = check([COVER, REGISTER, archive], defaultProfile(), TODAY, { sheet: "Archive 2025" });
    expect(report.interests).toBeNull();
    expect(rulesFired(report)).toEqual(["exit-strategy-missing"]);
  });
});

describe("check(): the report", () => {
  it("counts the partnerships and says which profile and date it used", () => {
    const report = runCheck([cleanRow(), cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership" }), cleanRow({ Ref: "P-003", Partnership: "Youth Board" })]);
    expect(report.partnerships).toHaveLength(3);
    expect(report.today).toBe(TODAY);
    expect(report.profile).toBe("default");
    expect(report.findings).toEqual([]);
  });

  it("says in the message when a finding is on a hidden row", () => {
    const grid: Grid = { ...registerGrid(FULL_HEADERS, [cleanRow(), cleanRow({ Ref: "P-002", Partnership: "Old Board", "Exit strategy": "No" })]), hiddenRows: new Set([3]) };
    const report = check([grid], defaultProfile(), TODAY);
    expect(report.partnerships.map((p) => p.hidden)).toEqual([false, true]);
    const [f] = report.findings;
    expect(f).toMatchObject({ rule: "exit-strategy-missing", row: 3 });
    expect(f!.message).toMatch(/\(This row is hidden in the sheet\.\)$/);
  });

  it("does not mention hiding on a visible row", () => {
    const report = runCheck([cleanRow({ "Exit strategy": "No" })]);
    expect(report.findings[0]!.message).not.toContain("hidden");
  });

  it("sorts findings by row, register-level findings first, then errors before warnings before info", () => {
    const headers = FULL_HEADERS.filter((h) => h !== "Business case");
    const report = runCheck(
      [
        cleanRow({ "Scrutiny arrangements": null }),
        cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership", Status: "Closed" }),
        cleanRow({ Ref: "P-003", Partnership: "Youth Board", "Exit strategy": "No", "Date of last review": null, "Legal power confirmed": "No" }),
      ],
      { headers },
    );
    expect(report.findings.map((f) => [f.row, f.severity, f.rule])).toEqual([
      [null, "warning", "required-column-missing"],
      [2, "warning", "scrutiny-missing"],
      [3, "info", "closed-partnership"],
      [4, "error", "exit-strategy-missing"],
      [4, "warning", "annual-review-missing"],
      [4, "warning", "legal-power-unconfirmed"],
    ]);
  });

  it("lists the rules that could not run and why", () => {
    const report = runCheck([cleanRow()], { headers: FULL_HEADERS.filter((h) => h !== "Approval to participate") });
    expect(report.rulesNotRun).toEqual([
      { rule: "approval-missing", reason: "no column for approvalToParticipate" },
      { rule: "declared-interest-in-partner", reason: "the workbook has no register of interests sheet" },
      { rule: "stale-declaration", reason: "the workbook has no register of interests sheet" },
      { rule: "declaration-due-soon", reason: "the workbook has no register of interests sheet" },
      { rule: "declaration-not-found", reason: "the workbook has no register of interests sheet" },
    ]);
  });
});
