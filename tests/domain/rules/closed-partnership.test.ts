import { describe, expect, it } from "vitest";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

/** A closed partnership whose governance was never finished, with money and a director still on the books. */
const CLOSED_WITH_GAPS = {
  "Sponsoring officer": null,
  "Exit strategy": "No",
  "Risk register": "No",
  "Date of last review": "01/01/2020",
  "End date": "31/03/2025",
  "Business case": { error: "#REF!" },
  "Budget approved": "No",
  "Council representatives": "Cllr A Khan (Director)",
  "Conflicts of interest declared": null,
};

describe("closed-partnership", () => {
  it("does not fire on an active partnership", () => {
    expect(findingsOf(runCheck([cleanRow()]), "closed-partnership")).toEqual([]);
  });

  it.each(["Closed", "Dissolved", "Closed March 2025", "Wound up"])("lists a partnership recorded as %j for attention (info), quoting the status", (status) => {
    const report = runCheck([cleanRow({ Status: status })]);
    expect(rulesFired(report)).toEqual(["closed-partnership"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "closed-partnership",
      severity: "info",
      row: 2,
      column: "F",
      field: "status",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "2.14",
    });
    expect(f!.message).toContain(`Recorded as closed ("${status}")`);
    expect(f!.message).toContain("only the finance and conflict-of-interest checks were applied");
    expect(f!.message).toContain("Check that any continuing liabilities and assets have been settled");
  });

  it("names the protocol clause in its message", () => {
    const [f] = runCheck([cleanRow({ Status: "Closed" })]).findings;
    expect(f!.message).toMatch(/[Cc]lause 2\.14/);
  });

  it("skips every governance check but keeps the finance and conflict checks", () => {
    const report = runCheck([cleanRow({ Status: "Dissolved", ...CLOSED_WITH_GAPS })]);
    expect([...rulesFired(report)].sort()).toEqual(["closed-partnership", "conflicts-not-recorded", "fiduciary-role", "unbudgeted-commitment"]);
  });

  it("still reports continuing liabilities with no exit strategy, but not the missing exit strategy itself", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Exit strategy": "No", "Continuing liabilities": "Building lease to 2030" })]);
    expect([...rulesFired(report)].sort()).toEqual(["closed-partnership", "liabilities-without-exit"]);
  });

  it("reports an unreadable finance cell but not an unreadable governance cell", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Business case": { error: "#REF!" }, "Annual contribution": "£5-10k" })]);
    expect(findingsOf(report, "unreadable-value").map((f) => f.field)).toEqual(["annualContribution"]);
  });

  it.each(["Closing", "Under review", "Active"])("treats %j as not closed: governance checks still apply", (status) => {
    const report = runCheck([cleanRow({ Status: status, "Exit strategy": "No" })]);
    expect(rulesFired(report)).toEqual(["exit-strategy-missing"]);
  });
});
