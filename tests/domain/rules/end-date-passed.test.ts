import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("end-date-passed", () => {
  it("does not fire on a partnership that runs to 2029", () => {
    expect(findingsOf(runCheck([cleanRow()]), "end-date-passed")).toEqual([]);
  });

  it("fires on an active partnership whose end date has passed, saying to close it or record the new date", () => {
    const report = runCheck([cleanRow({ "End date": "31/03/2026" })]);
    expect(rulesFired(report)).toEqual(["end-date-passed"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "end-date-passed",
      severity: "error",
      row: 2,
      column: "M",
      field: "endDate",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "2.14",
    });
    expect(f!.message).toContain("The end date 31 March 2026 has passed but the partnership is not recorded as closed");
    expect(f!.message).toContain("Clause 2.14");
    expect(f!.message).toContain("use the exit provisions and mark it closed, or record the new end date in column M");
  });

  it.each<[string | null, CellValue]>([
    ["Active", "29/06/2026"],
    ["Under review", "31/03/2026"],
    ["Closing", "31/03/2026"],
    [null, "31/03/2026"],
    ["Active", 46112],
  ])("fires when the status is %j and the end date is %j", (status, end) => {
    expect(findingsOf(runCheck([cleanRow({ Status: status, "End date": end })]), "end-date-passed")).toHaveLength(1);
  });

  it.each<[string, CellValue]>([
    ["the check date itself", "30/06/2026"],
    ["tomorrow", "01/07/2026"],
    ["blank (open-ended)", null],
    ["ongoing", "Ongoing"],
  ])("does not fire when the end date is %s", (_label, end) => {
    expect(findingsOf(runCheck([cleanRow({ "End date": end })]), "end-date-passed")).toEqual([]);
  });

  it.each(["Closed", "Dissolved"])("does not fire on a partnership recorded as %s", (status) => {
    expect(rulesFired(runCheck([cleanRow({ Status: status, "End date": "31/03/2025" })]))).toEqual(["closed-partnership"]);
  });

  it("leaves an unreadable end date to unreadable-value", () => {
    expect(rulesFired(runCheck([cleanRow({ "End date": "31/02/2026" })]))).toEqual(["unreadable-value"]);
  });
});
