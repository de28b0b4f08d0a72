import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("commitment-exceeds-approval", () => {
  it("does not fire on £5,000 against £10,000 approved", () => {
    expect(findingsOf(runCheck([cleanRow()]), "commitment-exceeds-approval")).toEqual([]);
  });

  it("fires on £12,000 against £10,000 approved, saying by how much", () => {
    const report = runCheck([cleanRow({ "Annual contribution": "£12,000", "Approved amount": "£10,000" })]);
    expect(rulesFired(report)).toEqual(["commitment-exceeds-approval"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "commitment-exceeds-approval",
      severity: "error",
      row: 2,
      column: "AC",
      field: "annualContribution",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.message).toContain("The contribution of £12,000 is more than the £10,000 approved (£2,000 over)");
    expect(f!.message).toContain("Clause 2.5: get approval for the extra commitment, or correct the amount in column AC");
  });

  it.each<[CellValue, CellValue]>([
    ["£1.2m", "£1m"],
    [10000.5, 10000],
    ["12.5k", "£12,000"],
  ])("fires on %j against %j approved", (amount, approved) => {
    expect(findingsOf(runCheck([cleanRow({ "Annual contribution": amount, "Approved amount": approved })]), "commitment-exceeds-approval")).toHaveLength(1);
  });

  it.each<[CellValue, CellValue]>([
    ["£10,000", "£10,000"],
    ["£10,000", 10000],
    ["£9,999", "£10k"],
    ["£12,000", null],
    ["£12,000", "tbc"],
    [null, "£10,000"],
  ])("does not fire on %j against %j approved", (amount, approved) => {
    expect(findingsOf(runCheck([cleanRow({ "Annual contribution": amount, "Approved amount": approved })]), "commitment-exceeds-approval")).toEqual([]);
  });

  it("still applies to a closed partnership", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Annual contribution": "£12,000" })]);
    expect([...rulesFired(report)].sort()).toEqual(["closed-partnership", "commitment-exceeds-approval"]);
  });
});
