import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("conflicts-not-recorded", () => {
  it("does not fire when the representatives' declarations are recorded", () => {
    expect(findingsOf(runCheck([cleanRow()]), "conflicts-not-recorded")).toEqual([]);
  });

  it.each<[CellValue]>([[null], ["No"], ["x"]])("fires when a councillor represents the council and conflicts declared is %j", (declared) => {
    const report = runCheck([cleanRow({ "Conflicts of interest declared": declared })]);
    expect(rulesFired(report)).toEqual(["conflicts-not-recorded"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "conflicts-not-recorded",
      severity: "warning",
      row: 2,
      column: "AA",
      field: "conflictsDeclared",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.message).toContain("The council has representatives here but no record that conflicts of interest were declared");
    expect(f!.message).toContain("Clause 2.13: ask each representative to declare their interests and record it in column AA");
  });

  it("quotes a cell that says the declaration is still to come", () => {
    const [f] = findingsOf(runCheck([cleanRow({ "Conflicts of interest declared": "tbc" })]), "conflicts-not-recorded");
    expect(f!.message).toContain('(recorded as "tbc")');
  });

  it("gives one finding for the row however many representatives it names", () => {
    const report = runCheck([
      cleanRow({ "Council representatives": "Cllr Dev Patel; Cllr A Khan; Jane Smith (officer)", "Conflicts of interest declared": "No" }),
    ]);
    expect(findingsOf(report, "conflicts-not-recorded")).toHaveLength(1);
  });

  it.each(["Yes", "Declared at first board meeting, May 2025", "N/A", "✓"])("does not fire when conflicts declared is %j", (declared) => {
    expect(rulesFired(runCheck([cleanRow({ "Conflicts of interest declared": declared })]))).toEqual([]);
  });

  it.each<[CellValue]>([[null], ["Vacant"], ["none"]])("does not fire when no representative is named (%j)", (reps) => {
    const report = runCheck([cleanRow({ "Council representatives": reps, "Conflicts of interest declared": "No" })]);
    expect(findingsOf(report, "conflicts-not-recorded")).toEqual([]);
  });

  it("still applies to a closed partnership", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Conflicts of interest declared": "No" })]);
    expect([...rulesFired(report)].sort()).toEqual(["closed-partnership", "conflicts-not-recorded"]);
  });
});
