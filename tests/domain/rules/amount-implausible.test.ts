import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, runCheck } from "../../helpers/grid.js";

describe("amount-implausible", () => {
  it("does not fire on an ordinary contribution", () => {
    expect(findingsOf(runCheck([cleanRow()]), "amount-implausible")).toEqual([]);
  });

  it("fires on a trillion-pound contribution, saying it is left out of the totals", () => {
    const report = runCheck([cleanRow({ "Annual contribution": "£1,000,000,000,000", "Approved amount": "£10,000" })]);
    const [f] = findingsOf(report, "amount-implausible");
    expect(f).toMatchObject({ severity: "warning", row: 2, field: "annualContribution", ref: "P-001", clause: "2.5" });
    expect(f!.message).toContain('"£1,000,000,000,000"');
    expect(f!.message).toContain("left out of the finance totals");
    expect(f!.message).toContain("Correct it");
  });

  it.each<[string, CellValue]>([
    ["Annual contribution", -500],
    ["Annual contribution", "(£500)"],
    ["Approved amount", "£3bn"],
  ])("fires on %s %j", (header, value) => {
    expect(findingsOf(runCheck([cleanRow({ [header]: value })]), "amount-implausible")).toHaveLength(1);
  });

  it.each<[CellValue]>([[0], ["nil"], ["£999,999,999"], ["£1.2m"]])("does not fire on %j", (value) => {
    expect(findingsOf(runCheck([cleanRow({ "Annual contribution": value, "Approved amount": "£2,000,000,000" })]), "amount-implausible")).toEqual(
      findingsOf(runCheck([cleanRow({ "Approved amount": "£2,000,000,000" })]), "amount-implausible"),
    );
  });

  it("still applies to a closed partnership, as a finance rule", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Annual contribution": -250 })]);
    expect(findingsOf(report, "amount-implausible")).toHaveLength(1);
  });
});
