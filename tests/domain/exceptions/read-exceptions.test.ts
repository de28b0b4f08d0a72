import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { readExceptions, ruleKey } from "../../../src/domain/exceptions/read-exceptions.js";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { findHeader } from "../../../src/domain/register/find-header.js";
import { pickRegister } from "../../../src/domain/register/pick-register.js";
import { RULE_CODES } from "../../../src/domain/rules/index.js";
import { FULL_HEADERS, TODAY, findingsOf, registerGrid, runCheck } from "../../helpers/grid.js";
import { exceptionsGrid, HEADERS, ROWS } from "./exceptions-grid.js";

const read = (grid: Grid) => readExceptions([registerGrid(FULL_HEADERS, ROWS), grid], "Register", RULE_CODES);

describe("readExceptions: finding the sheet", () => {
  it("finds it by name, trimmed and in any capitals, with its header below a title and a note", () => {
    const grid: Grid = {
      name: "  accepted   EXCEPTIONS ",
      rows: [
        ["Accepted exceptions to the partnership protocol"],
        ["Agreed by the Corporate Governance Group"],
        [],
        HEADERS,
        ["exit-strategy-missing", "P-001", "Canal Corridor Partnership", "One-year pilot", "J Smith", "31/03/2027"],
      ],
    };
    const sheet = read(grid)!;
    expect(sheet.sheet).toBe("  accepted   EXCEPTIONS ");
    expect(sheet.headerRow).toBe(4);
    expect(sheet.entries).toEqual([
      {
        row: 5,
        rule: "exit-strategy-missing",
        ref: "P-001",
        partnership: "Canal Corridor Partnership",
        reason: "One-year pilot",
        by: "J Smith",
        until: "2027-03-31",
      },
    ]);
    expect(sheet.problems).toEqual([]);
  });

  it("is null when the workbook has no Accepted exceptions sheet", () => {
    expect(readExceptions([registerGrid(FULL_HEADERS, ROWS), { name: "Exceptions 2025", rows: [HEADERS] }], "Register", RULE_CODES)).toBeNull();
  });

  it("matches its columns loosely, in any order, with other columns beside them", () => {
    const grid: Grid = {
      name: "Accepted exceptions",
      rows: [
        ["Valid until", "Notes", "Reason for accepting", "Partnership name", "Rule code", "Accepted by (officer)", "Partnership ref"],
        [new Date(Date.UTC(2027, 2, 31)), "see minutes", "Pilot", "Safer Borough Partnership", "Sponsoring officer missing", "A Khan", "p-002"],
      ],
    };
    expect(read(grid)!.entries).toEqual([
      { row: 2, rule: "sponsoring-officer-missing", ref: "p-002", partnership: "Safer Borough Partnership", reason: "Pilot", by: "A Khan", until: "2027-03-31" },
    ]);
    expect(read(grid)!.columns).toEqual({ rule: "E", ref: "G", partnership: "D", reason: "C", by: "F", until: "A" });
  });

  it.each([
    ["exit-strategy-missing", "exit-strategy-missing"],
    ["  Exit Strategy Missing ", "exit-strategy-missing"],
    ["EXIT_STRATEGY_MISSING", "exit-strategy-missing"],
    ["`exit-strategy-missing`", "exit-strategy-missing"],
  ])("reads the rule %j as %j", (written, code) => {
    expect(ruleKey(written)).toBe(code);
  });

  it("skips blank rows and does not count them", () => {
    const sheet = read(
      exceptionsGrid([
        [],
        ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"],
        [null, "", "  ", null, null, null],
        ["risk-register-missing", null, "Health & Wellbeing Board", "Merging", "J Smith", null],
      ]),
    )!;
    expect(sheet.entries.map((e) => [e.row, e.rule, e.until])).toEqual([
      [3, "exit-strategy-missing", "2027-03-31"],
      [5, "risk-register-missing", null],
    ]);
    expect(sheet.rows).toBe(2);
    expect(sheet.problems).toEqual([]);
  });

  it("reads a blank Until as no end date", () => {
    expect(read(exceptionsGrid([["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", null]]))!.entries[0]!.until).toBeNull();
  });
});

describe("readExceptions: rows that cannot be used", () => {
  const cases: [string, CellValue[], string, RegExp][] = [
    ["no rule", [null, "P-001", null, "Pilot", "J Smith", "31/03/2027"], "A", /the Rule is blank/],
    ["an unknown rule code", ["exit strategy", "P-001", null, "Pilot", "J Smith", "31/03/2027"], "A", /"exit strategy" is not a rule code: copy the code from the Rule column of the Findings tab/],
    ["neither ref nor partnership", ["exit-strategy-missing", null, " ", "Pilot", "J Smith", "31/03/2027"], "B", /neither a Ref nor a Partnership/],
    ["no reason", ["exit-strategy-missing", "P-001", null, "", "J Smith", "31/03/2027"], "D", /the Reason is blank: say why/],
    ["an unreadable Until", ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/13/2027"], "F", /the Until date "31\/13\/2027" is not a date we can read .*31\/03\/2027/],
    ["an Until of tbc", ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "tbc"], "F", /the Until date "tbc" is not a date/],
    ["an Excel error in Until", ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", { error: "#REF!" }], "F", /an Excel error/],
  ];

  it.each(cases)("makes a row with %s an unreadable-value finding on that row and cell of the sheet, saying what to fix", (_label, cells, column, says) => {
    const report = runCheck(ROWS, { extraGrids: [exceptionsGrid([cells])] });
    const found = findingsOf(report, "unreadable-value");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: "Accepted exceptions", row: 2, column, severity: "warning", status: "open", clause: "Register" });
    expect(found[0]!.message).toMatch(says);
    expect(found[0]!.message).toMatch(/accepts nothing.*Correct the row, or remove it\.$/);
    // It accepts nothing: the register's three errors stay open.
    expect(report.findings.filter((f) => f.status === "accepted")).toEqual([]);
  });

  it("names every problem of a row in one finding, at the first cell to fix", () => {
    const report = runCheck(ROWS, { extraGrids: [exceptionsGrid([["nonsense", null, null, null, "J Smith", "someday"]])] });
    const [f] = findingsOf(report, "unreadable-value");
    expect(f).toMatchObject({ row: 2, column: "A" });
    expect(f!.message).toMatch(/"nonsense" is not a rule code.*neither a Ref nor a Partnership.*the Reason is blank.*the Until date "someday"/);
  });

  it("still uses the good rows around a bad one", () => {
    const report = runCheck(ROWS, {
      extraGrids: [
        exceptionsGrid([
          ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"],
          ["no-such-rule", "P-002", null, "?", "J Smith", "31/03/2027"],
          ["risk-register-missing", "P-003", null, "Merging", "J Smith", "31/03/2027"],
        ]),
      ],
    });
    expect(report.findings.filter((f) => f.status === "accepted").map((f) => f.rule)).toEqual(["exit-strategy-missing", "risk-register-missing"]);
    expect(findingsOf(report, "unreadable-value").map((f) => [f.sheet, f.row])).toEqual([["Accepted exceptions", 3]]);
  });

  it("says so once when the sheet has content but no header row it can read", () => {
    const report = runCheck(ROWS, { extraGrids: [{ name: "Accepted exceptions", rows: [["P-001 exit strategy: pilot, agreed by J Smith"]] }] });
    const found = findingsOf(report, "unreadable-value");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sheet: "Accepted exceptions", row: null });
    expect(found[0]!.message).toMatch(/no header row.*Rule \| Ref \| Partnership \| Reason \| Accepted by \| Until/);
  });

  it("raises nothing for an empty sheet", () => {
    const report = runCheck(ROWS, { extraGrids: [{ name: "Accepted exceptions", rows: [] }] });
    expect(report.findings.filter((f) => f.sheet === "Accepted exceptions")).toEqual([]);
  });

  it("raises nothing for a bad row when the profile switches unreadable-value off", () => {
    const base = defaultProfile();
    const profile = { ...base, rules: { ...base.rules, "unreadable-value": { enabled: false, severity: "warning" as const } } };
    const report = runCheck(ROWS, { profile, extraGrids: [exceptionsGrid([["nonsense", "P-001", null, "Pilot", "J Smith", null]])] });
    expect(report.findings.filter((f) => f.sheet === "Accepted exceptions")).toEqual([]);
  });
});

describe("the Accepted exceptions sheet is never the register", () => {
  const exceptions = exceptionsGrid([
    ["exit-strategy-missing", "P-001", "Canal Corridor Partnership", "Pilot", "J Smith", "31/03/2027"],
    ["risk-register-missing", "P-003", "Health & Wellbeing Board", "Merging", "J Smith", "31/03/2027"],
  ]);
  // A small register whose header maps three fields, as many as the exceptions sheet's Ref, Partnership and Until.
  const register = registerGrid(["Ref", "Partnership", "Exit strategy"], [{ Ref: "P-001", Partnership: "Canal Corridor Partnership", "Exit strategy": "No" }]);

  it("is not taken for the register although its Ref, Partnership and Until headers map as well as a register's", () => {
    expect(findHeader(exceptions)?.score).toBe(findHeader(register)?.score);
    const pick = pickRegister([exceptions, register]);
    expect(pick.ok && pick.grid.name).toBe("Register");
  });

  it("is skipped whatever it is called, for its Rule and Reason columns", () => {
    const pick = pickRegister([{ ...exceptions, name: "Exceptions" }, register]);
    expect(pick.ok && pick.grid.name).toBe("Register");
  });

  it("leaves header-not-found when it is the only sheet", () => {
    const report = check([exceptions], defaultProfile(), TODAY);
    expect(report.register).toBeNull();
    expect(report.findings.map((f) => f.rule)).toEqual(["header-not-found"]);
  });

  it("is read as the exceptions while the register is checked", () => {
    const report = check([exceptions, register], defaultProfile(), TODAY);
    expect(report.register?.sheet).toBe("Register");
    expect(report.exceptions).toEqual({ sheet: "Accepted exceptions", headerRow: 1, rows: 2, expired: 0, unused: 1 });
    expect(report.findings.find((f) => f.rule === "exit-strategy-missing")).toMatchObject({ status: "accepted" });
  });

  it("is still taken when the user names it with --sheet (and then it is not read as the exceptions)", () => {
    const pick = pickRegister([exceptions, register], "Accepted exceptions");
    expect(pick.ok && pick.grid.name).toBe("Accepted exceptions");
    expect(readExceptions([exceptions, register], "Accepted exceptions", RULE_CODES)).toBeNull();
  });
});
