import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import { CLEAN_ROW_DECLARATIONS, cleanRow, findingsOf, interestsGrid, rulesFired, runCheck, type RunOptions } from "../../helpers/grid.js";

type Declaration = [string, string, string, CellValue];

/** The clean row's people, with Cllr Dev Patel's declaration dated `patelDeclared`. */
function patelDeclaredOn(patelDeclared: CellValue, extra: Declaration[] = []): Declaration[] {
  return [["Cllr Dev Patel", "Rotary Club of Borough", "Member", patelDeclared], ...CLEAN_ROW_DECLARATIONS.slice(1), ...extra];
}

function checkWith(row: Record<string, CellValue>, declarations: Declaration[], opts: RunOptions = {}) {
  return runCheck([row], { ...opts, extraGrids: [interestsGrid(declarations)] });
}

describe("stale-declaration", () => {
  it("does not fire when everyone declared this year", () => {
    expect(rulesFired(checkWith(cleanRow(), CLEAN_ROW_DECLARATIONS))).toEqual([]);
  });

  it("fires on a representative whose latest declaration is 13 months old", () => {
    const report = checkWith(cleanRow(), patelDeclaredOn("30/05/2025"));
    expect(rulesFired(report)).toEqual(["stale-declaration"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "stale-declaration",
      severity: "warning",
      row: 2,
      column: null,
      field: null,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.people).toEqual([{ person: "Dev Patel", roles: ["representative"], evidence: "Latest declaration 30 May 2025", certainty: "exact" }]);
    expect(f!.message).toContain("Dev Patel");
    expect(f!.message).toContain("more than 12 months ago");
    expect(f!.message).toContain("Ask them to renew their declaration of interests and update the register of interests");
  });

  it("writes the date in the message as the evidence does (30 May 2025)", () => {
    const [f] = findingsOf(checkWith(cleanRow(), patelDeclaredOn("30/05/2025")), "stale-declaration");
    expect(f!.message).toContain("30 May 2025");
  });

  it("names the protocol it rests on in its message", () => {
    const [f] = findingsOf(checkWith(cleanRow(), patelDeclaredOn("30/05/2025")), "stale-declaration");
    expect(f!.message).toContain("Dudley protocol");
  });

  it.each([
    ["exactly 12 months before", "30/06/2025"],
    ["11 months before", "30/07/2025"],
  ])("does not fire on a declaration %s", (_label, declared) => {
    expect(findingsOf(checkWith(cleanRow(), patelDeclaredOn(declared)), "stale-declaration")).toEqual([]);
  });

  it("judges each person by their latest declaration", () => {
    const report = checkWith(cleanRow(), patelDeclaredOn("01/04/2023", [["Dev Patel", "Borough Cricket Club", "Member", "01/04/2026"]]));
    expect(findingsOf(report, "stale-declaration")).toEqual([]);
  });

  it('matches "SMITH, Jane" to "Jane Smith" exactly', () => {
    const report = checkWith(cleanRow({ "Council representatives": "Jane Smith" }), [
      ...CLEAN_ROW_DECLARATIONS,
      ["SMITH, Jane", "Borough Cricket Club", "Member", "01/01/2025"],
    ]);
    expect(findingsOf(report, "stale-declaration")[0]?.people).toEqual([expect.objectContaining({ person: "Jane Smith", certainty: "exact" })]);
  });

  it('reports a match on an initial ("J Smith" / "Jane Smith") as possible', () => {
    const report = checkWith(cleanRow({ "Council representatives": "J Smith" }), [
      ...CLEAN_ROW_DECLARATIONS,
      ["Jane Smith", "Borough Cricket Club", "Member", "01/01/2025"],
    ]);
    const [f] = findingsOf(report, "stale-declaration");
    expect(f!.people![0]).toMatchObject({ person: "J Smith", certainty: "possible" });
    expect(f!.message).toContain("name matched on an initial");
  });

  it("gives one finding for the row however many declarations are stale", () => {
    const old: Declaration[] = CLEAN_ROW_DECLARATIONS.map(([p, o, n]) => [p, o, n, "01/01/2025"]);
    const found = findingsOf(checkWith(cleanRow(), old), "stale-declaration");
    expect(found).toHaveLength(1);
    expect(found[0]!.people!.map((p) => [p.person, p.roles[0]])).toEqual([
      ["Dev Patel", "representative"],
      ["Anna Bell", "sponsoring officer"],
      ["Ben Carter", "accountable officer"],
    ]);
  });

  it("uses the profile's declarationMonths", () => {
    const loaded = loadProfile({ periods: { declarationMonths: 24 } });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    expect(findingsOf(checkWith(cleanRow(), patelDeclaredOn("30/05/2025"), { profile: loaded.profile }), "stale-declaration")).toEqual([]);
    const report = checkWith(cleanRow(), patelDeclaredOn("30/05/2024"), { profile: loaded.profile });
    expect(findingsOf(report, "stale-declaration")[0]?.message).toContain("more than 24 months ago");
  });

  it("does not run, and says why, when the workbook has no register of interests", () => {
    const report = runCheck([cleanRow()]);
    expect(findingsOf(report, "stale-declaration")).toEqual([]);
    expect(report.rulesNotRun).toContainEqual({ rule: "stale-declaration", reason: "the workbook has no register of interests sheet" });
  });
});
