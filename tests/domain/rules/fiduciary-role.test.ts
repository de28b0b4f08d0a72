import { describe, expect, it } from "vitest";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("fiduciary-role", () => {
  it("does not fire on a councillor with no role on the partnership body", () => {
    expect(findingsOf(runCheck([cleanRow()]), "fiduciary-role")).toEqual([]);
  });

  it.each([
    ["Cllr A Khan (Director)", "A Khan", "director"],
    ["J Smith - trustee", "J Smith", "trustee"],
    ["Cllr A Khan, Director", "A Khan", "director"],
    ["Councillor Aisha Khan (Trustee)", "Aisha Khan", "trustee"],
  ])("fires on %j, naming the person and the duty", (reps, person, capacity) => {
    const report = runCheck([cleanRow({ "Council representatives": reps })]);
    expect(rulesFired(report)).toEqual(["fiduciary-role"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "fiduciary-role",
      severity: "warning",
      row: 2,
      column: "I",
      field: "representatives",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.people).toEqual([{ person, roles: [`representative (${capacity})`], evidence: `Recorded as "${reps}"`, certainty: "exact" }]);
    expect(f!.message).toContain(`${person} (${capacity}) sits on the partnership body as a director or trustee`);
    expect(f!.message).toContain("Clause 2.13: make sure the duty is declared, and agree with the monitoring officer how conflicts will be handled");
  });

  it("gives one finding for the row naming every director and trustee", () => {
    const report = runCheck([cleanRow({ "Council representatives": "Cllr A Khan (Director); J Smith - trustee; Cllr Dev Patel (observer)" })]);
    const found = findingsOf(report, "fiduciary-role");
    expect(found).toHaveLength(1);
    expect(found[0]!.people!.map((p) => p.person)).toEqual(["A Khan", "J Smith"]);
    expect(found[0]!.message).toContain("A Khan (director), J Smith (trustee) sit on the partnership body as directors or trustees");
  });

  it.each(["Cllr Dev Patel (observer)", "Cllr A Khan (Chair)", "Cllr Dev Patel", "J Smith - board member"])("does not fire on %j", (reps) => {
    expect(rulesFired(runCheck([cleanRow({ "Council representatives": reps })]))).toEqual([]);
  });

  it("still applies to a closed partnership", () => {
    const report = runCheck([cleanRow({ Status: "Closed", "Council representatives": "Cllr A Khan (Director)" })]);
    expect([...rulesFired(report)].sort()).toEqual(["closed-partnership", "fiduciary-role"]);
  });
});
