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

function profileWith(periods: Record<string, number>) {
  const loaded = loadProfile({ periods });
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.profile;
}

describe("declaration-due-soon", () => {
  it("does not fire when everyone declared in March (renewals due next March)", () => {
    expect(rulesFired(checkWith(cleanRow(), CLEAN_ROW_DECLARATIONS))).toEqual([]);
  });

  it("fires, for information, on a representative whose renewal falls due in 46 days, naming the date and what to do", () => {
    const report = checkWith(cleanRow(), patelDeclaredOn("15/08/2025"));
    expect(rulesFired(report)).toEqual(["declaration-due-soon"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "declaration-due-soon",
      severity: "info",
      row: 2,
      column: null,
      field: null,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "Dudley protocol",
    });
    expect(f!.people).toEqual([
      { person: "Dev Patel", roles: ["representative"], evidence: "Latest declaration 15 August 2025, renewal due by 15 August 2026", certainty: "exact" },
    ]);
    expect(f!.message).toContain("Dev Patel (latest declaration 15 August 2025, renewal due by 15 August 2026)");
    expect(f!.message).toContain("The Dudley protocol asks for interests to be declared afresh every 12 months");
    expect(f!.message).toContain("ask them to renew their declaration of interests before then and update the register of interests");
  });

  it.each([
    ["on the check date itself", "30/06/2025", "30 June 2026"],
    ["on the 90th day", "28/09/2025", "28 September 2026"],
  ])("fires when the renewal falls due %s", (_label, declared, due) => {
    const [f] = findingsOf(checkWith(cleanRow(), patelDeclaredOn(declared)), "declaration-due-soon");
    expect(f!.message).toContain(`renewal due by ${due}`);
  });

  it("does not fire when the renewal falls due 91 days after the check date", () => {
    expect(rulesFired(checkWith(cleanRow(), patelDeclaredOn("29/09/2025")))).toEqual([]);
  });

  it("leaves a declaration that is already out of date to stale-declaration", () => {
    expect(rulesFired(checkWith(cleanRow(), patelDeclaredOn("29/06/2025")))).toEqual(["stale-declaration"]);
  });

  it("judges each person by their latest declaration", () => {
    const report = checkWith(cleanRow(), patelDeclaredOn("15/08/2025", [["Dev Patel", "Borough Cricket Club", "Member", "01/04/2026"]]));
    expect(findingsOf(report, "declaration-due-soon")).toEqual([]);
  });

  it("lists everyone falling due on the row in one finding; someone already overdue is left to stale-declaration", () => {
    const declarations: Declaration[] = [
      ["Cllr Dev Patel", "Rotary Club of Borough", "Member", "15/08/2025"],
      ["Anna Bell", "Borough Allotment Society", "Treasurer", "10/07/2025"],
      ["Ben Carter", "None", "Nil return", "01/01/2025"],
    ];
    const report = checkWith(cleanRow(), declarations);
    expect(rulesFired(report)).toEqual(["stale-declaration", "declaration-due-soon"]);
    const [f] = findingsOf(report, "declaration-due-soon");
    expect(f!.people!.map((p) => [p.person, p.roles[0]])).toEqual([
      ["Dev Patel", "representative"],
      ["Anna Bell", "sponsoring officer"],
    ]);
    expect(f!.message).toContain("renewal due by 15 August 2026");
    expect(f!.message).toContain("renewal due by 10 July 2026");
    expect(f!.message).toContain("ask each of them to renew");
    expect(findingsOf(report, "stale-declaration")[0]!.people!.map((p) => p.person)).toEqual(["Ben Carter"]);
  });

  it('reports a match on an initial ("J Smith" / "Jane Smith") as possible', () => {
    const report = checkWith(cleanRow({ "Council representatives": "J Smith" }), [
      ...CLEAN_ROW_DECLARATIONS,
      ["Jane Smith", "Borough Cricket Club", "Member", "15/08/2025"],
    ]);
    const [f] = findingsOf(report, "declaration-due-soon");
    expect(f!.people![0]).toMatchObject({ person: "J Smith", certainty: "possible" });
    expect(f!.message).toContain("name matched on an initial");
  });

  it("uses the profile's dueSoonDays", () => {
    expect(findingsOf(checkWith(cleanRow(), patelDeclaredOn("15/08/2025"), { profile: profileWith({ dueSoonDays: 30 }) }), "declaration-due-soon")).toEqual([]);
    const [f] = findingsOf(checkWith(cleanRow(), patelDeclaredOn("15/12/2025"), { profile: profileWith({ dueSoonDays: 180 }) }), "declaration-due-soon");
    expect(f!.message).toContain("renewal due by 15 December 2026");
  });

  it("counts from the profile's declarationMonths", () => {
    const [f] = findingsOf(checkWith(cleanRow(), patelDeclaredOn("15/08/2024"), { profile: profileWith({ declarationMonths: 24 }) }), "declaration-due-soon");
    expect(f!.message).toContain("renewal due by 15 August 2026");
    expect(f!.message).toContain("afresh every 24 months");
  });

  it("still applies to a closed partnership, as the other conflict-of-interest rules do", () => {
    const report = checkWith(cleanRow({ Status: "Closed" }), patelDeclaredOn("15/08/2025"));
    expect(rulesFired(report)).toEqual(["closed-partnership", "declaration-due-soon"]);
  });

  it("does not run, and says why, when the workbook has no register of interests", () => {
    const report = runCheck([cleanRow()]);
    expect(report.rulesNotRun).toContainEqual({ rule: "declaration-due-soon", reason: "the workbook has no register of interests sheet" });
  });
});
