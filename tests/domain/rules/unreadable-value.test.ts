import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("unreadable-value", () => {
  it("does not fire on a row whose cells can all be read", () => {
    expect(findingsOf(runCheck([cleanRow()]), "unreadable-value")).toEqual([]);
  });

  it.each<[string, CellValue, string, string, string, string]>([
    ["Date of last review", "31/13/2025", "R", "lastReviewDate", "annual-review-missing", "not a date we can read"],
    ["Annual contribution", "£5-10k", "AC", "annualContribution", "unbudgeted-commitment", "a range, not one amount"],
    ["Risk register", { error: "#REF!" }, "S", "riskRegister", "risk-register-missing", "an Excel error (#REF!)"],
  ])("reports %j = %j once, in its column, and never as missing", (header, value, column, field, missingRule, reason) => {
    // With no budget approval recorded, a contribution read as any amount above zero would raise unbudgeted-commitment.
    const report = runCheck([cleanRow({ [header]: value, "Budget approved": header === "Annual contribution" ? null : "Yes" })]);
    expect(rulesFired(report)).toEqual(["unreadable-value"]);
    expect(findingsOf(report, missingRule)).toEqual([]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "unreadable-value",
      severity: "warning",
      row: 2,
      column,
      field,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    const text = typeof value === "string" ? value : "#REF!";
    expect(f!.message).toContain(`"${text}" in column ${column} cannot be read: ${reason}`);
    expect(f!.message).toContain("Correct the cell");
    expect(f!.message).toContain("the checks that need it are skipped for this row");
  });

  it("gives one finding per unreadable cell on a row", () => {
    const report = runCheck([cleanRow({ "Start date": "Spring-ish", "Approved amount": "about £10k?", "Exit strategy": "Y/N" })]);
    expect(findingsOf(report, "unreadable-value").map((f) => [f.column, f.field])).toEqual([
      ["L", "startDate"],
      ["U", "exitStrategy"],
      ["AE", "approvedAmount"],
    ]);
    expect(findingsOf(report, "exit-strategy-missing")).toEqual([]);
  });

  it.each<[string, CellValue]>([
    ["Date of last review", "15 Jan 2026"],
    ["Annual contribution", "£1.2m"],
    ["Annual contribution", "12.5k"],
    ["Risk register", "✔"],
    ["Risk register", "TRUE"],
    ["Date of last review", 46037],
  ])("reads %j = %j without complaint", (header, value) => {
    expect(findingsOf(runCheck([cleanRow({ [header]: value })]), "unreadable-value")).toEqual([]);
  });
});
