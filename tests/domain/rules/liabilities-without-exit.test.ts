import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("liabilities-without-exit", () => {
  it("does not fire when there are no continuing liabilities", () => {
    expect(findingsOf(runCheck([cleanRow()]), "liabilities-without-exit")).toEqual([]);
  });

  it("fires on a lease recorded with no exit strategy, quoting the liability", () => {
    const report = runCheck([cleanRow({ "Continuing liabilities": "Building lease to 2030", "Exit strategy": "No" })]);
    expect([...rulesFired(report)].sort()).toEqual(["exit-strategy-missing", "liabilities-without-exit"]);
    const [f] = findingsOf(report, "liabilities-without-exit");
    expect(f).toMatchObject({
      rule: "liabilities-without-exit",
      severity: "warning",
      row: 2,
      column: "AF",
      field: "liabilities",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.message).toContain('Continuing liabilities or assets are recorded ("Building lease to 2030") but there is no exit strategy');
    expect(f!.message).toContain("Clause 2.4 g: agree how liabilities and assets are settled at exit and record it in column U");
  });

  it.each<[CellValue, CellValue]>([
    ["Pension deficit £20k", null],
    ["£20,000", "No"],
    [250000, "tbc"],
    ["Shared office equipment", "Draft exit plan"],
  ])("fires on liabilities %j with exit strategy %j", (liabilities, exit) => {
    expect(findingsOf(runCheck([cleanRow({ "Continuing liabilities": liabilities, "Exit strategy": exit })]), "liabilities-without-exit")).toHaveLength(1);
  });

  it.each<[CellValue]>([["None"], ["nil"], ["£0"], [0], ["N/A"], [null], ["No"]])(
    "does not fire on liabilities %j even with no exit strategy",
    (liabilities) => {
      const report = runCheck([cleanRow({ "Continuing liabilities": liabilities, "Exit strategy": "No" })]);
      expect(findingsOf(report, "liabilities-without-exit")).toEqual([]);
    },
  );

  it.each(["Yes", "Clause 12 of the partnership agreement", "N/A"])("does not fire when the exit strategy is %j", (exit) => {
    const report = runCheck([cleanRow({ "Continuing liabilities": "Building lease to 2030", "Exit strategy": exit })]);
    expect(rulesFired(report)).toEqual([]);
  });

  it("leaves an unreadable exit strategy to unreadable-value", () => {
    const report = runCheck([cleanRow({ "Continuing liabilities": "Building lease to 2030", "Exit strategy": { error: "#N/A" } })]);
    expect(rulesFired(report)).toEqual(["unreadable-value"]);
  });
});
