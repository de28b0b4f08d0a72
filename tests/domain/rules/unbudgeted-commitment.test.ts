import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("unbudgeted-commitment", () => {
  it("does not fire on a budgeted contribution", () => {
    expect(findingsOf(runCheck([cleanRow()]), "unbudgeted-commitment")).toEqual([]);
  });

  it.each<[CellValue]>([[null], ["No"], ["x"]])("fires on £5,000 a year with budget approval %j", (approval) => {
    const report = runCheck([cleanRow({ "Annual contribution": "£5,000", "Budget approved": approval })]);
    expect(rulesFired(report)).toEqual(["unbudgeted-commitment"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "unbudgeted-commitment",
      severity: "error",
      row: 2,
      column: "AD",
      field: "budgetApproved",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "2.5",
    });
    expect(f!.message).toContain("The council contributes £5,000 but no budget approval is recorded");
    expect(f!.message).toContain("Clause 2.5: seek approval for the commitment and record it in column AD");
  });

  it.each(["tbc", "pending"])("fires when approval is %j, quoting the cell", (approval) => {
    const [f] = findingsOf(runCheck([cleanRow({ "Budget approved": approval })]), "unbudgeted-commitment");
    expect(f!.message).toContain(`no budget approval is recorded (recorded as "${approval}")`);
  });

  it.each<[CellValue]>([[5000], ["5000.00"], ["£1.2m"], ["12.5k"]])("reads the contribution %j as above zero", (amount) => {
    const report = runCheck([cleanRow({ "Annual contribution": amount, "Budget approved": null, "Approved amount": "£2m" })]);
    expect(findingsOf(report, "unbudgeted-commitment")).toHaveLength(1);
  });

  it.each<[CellValue]>([[0], ["0"], ["nil"], ["£0"], ["None"], [null], ["tbc"]])(
    "does not fire when the contribution is %j",
    (amount) => {
      const report = runCheck([cleanRow({ "Annual contribution": amount, "Budget approved": null })]);
      expect(findingsOf(report, "unbudgeted-commitment")).toEqual([]);
    },
  );

  it.each(["Yes", "Approved Cabinet 12/03/2025", "✓", "N/A"])("does not fire when approval is %j", (approval) => {
    expect(rulesFired(runCheck([cleanRow({ "Budget approved": approval })]))).toEqual([]);
  });

  it("still applies to a closed partnership", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Budget approved": "No" })]);
    expect([...rulesFired(report)].sort()).toEqual(["closed-partnership", "unbudgeted-commitment"]);
  });
});
