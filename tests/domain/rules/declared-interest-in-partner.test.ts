import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { CLEAN_ROW_DECLARATIONS, cleanRow, findingsOf, interestsGrid, rulesFired, runCheck } from "../../helpers/grid.js";

/** `cleanRow()` (partners "Canal and River Trust; County Council") checked with a register of interests holding `extra`. */
function withInterests(row: Record<string, CellValue>, extra: [string, string, string, CellValue][]) {
  return runCheck([row], { extraGrids: [interestsGrid([...CLEAN_ROW_DECLARATIONS, ...extra])] });
}

describe("declared-interest-in-partner", () => {
  it("does not fire when nobody has an interest in a partner", () => {
    expect(rulesFired(withInterests(cleanRow(), []))).toEqual([]);
  });

  it('fires on a representative who declared an interest in a partner ("SMITH, Jane" / "Jane Smith")', () => {
    const report = withInterests(cleanRow({ "Council representatives": "Jane Smith" }), [
      ["SMITH, Jane", "Canal & River Trust Ltd", "Trustee", "01/05/2026"],
    ]);
    expect(rulesFired(report)).toEqual(["declared-interest-in-partner"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "declared-interest-in-partner",
      severity: "error",
      row: 2,
      column: "E",
      field: "partners",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.people).toHaveLength(1);
    expect(f!.people![0]).toMatchObject({ person: "Jane Smith", roles: ["representative"], certainty: "exact" });
    expect(f!.people![0]!.evidence).toContain('Trustee: Canal & River Trust Ltd, declared 1 May 2026 (register of interests row 5; partner "Canal and River Trust")');
    expect(f!.message).toContain("Jane Smith (representative) has declared Trustee: Canal & River Trust Ltd");
    expect(f!.message).toContain("Clause 2.13: refer this to the monitoring officer and record how the conflict is managed");
    expect(f!.message).not.toContain("Possible");
  });

  it.each(["Canal & River Trust Ltd", "The Canal and River Trust", "CANAL AND RIVER TRUST", "Canal and River Trust Limited"])(
    "matches the declared organisation %j to the partner after normalising",
    (org) => {
      const report = withInterests(cleanRow({ "Council representatives": "Jane Smith" }), [["Jane Smith", org, "Trustee", "01/05/2026"]]);
      expect(findingsOf(report, "declared-interest-in-partner")[0]?.people?.[0]?.certainty).toBe("exact");
    },
  );

  it('reports a match that rests on an initial ("J Smith" / "Jane Smith") as possible', () => {
    const report = withInterests(cleanRow({ "Council representatives": "J Smith" }), [
      ["Jane Smith", "Canal and River Trust", "Trustee", "01/05/2026"],
    ]);
    const [f] = findingsOf(report, "declared-interest-in-partner");
    expect(f!.people![0]).toMatchObject({ person: "J Smith", certainty: "possible" });
    expect(f!.message).toMatch(/^Possible conflict \(the names only partly match\)/);
  });

  it("covers the officers who sponsor and monitor the partnership", () => {
    const report = withInterests(cleanRow(), [["Anna Bell", "County Council", "Spouse employed", "01/05/2026"]]);
    const [f] = findingsOf(report, "declared-interest-in-partner");
    expect(f!.people).toEqual([expect.objectContaining({ person: "Anna Bell", roles: ["sponsoring officer"], certainty: "exact" })]);
  });

  it("gives one finding for the row however many people have an interest", () => {
    const report = withInterests(cleanRow({ "Council representatives": "Jane Smith; Tom Brown" }), [
      ["Jane Smith", "Canal and River Trust", "Trustee", "01/05/2026"],
      ["Tom Brown", "County Council", "Employee", "01/05/2026"],
    ]);
    const found = findingsOf(report, "declared-interest-in-partner");
    expect(found).toHaveLength(1);
    expect(found[0]!.people!.map((p) => p.person)).toEqual(["Jane Smith", "Tom Brown"]);
  });

  it.each<[string, [string, string, string, CellValue]]>([
    ["an interest in a body that is not a partner", ["Cllr Dev Patel", "Borough Cricket Club", "Member", "01/05/2026"]],
    ["a partner interest held by someone not on the row", ["Tom Brown", "Canal and River Trust", "Trustee", "01/05/2026"]],
    ["a different person with the same surname", ["Ravi Patel", "County Council", "Employee", "01/05/2026"]],
  ])("does not fire on %s", (_label, declaration) => {
    expect(findingsOf(withInterests(cleanRow(), [declaration]), "declared-interest-in-partner")).toEqual([]);
  });

  it("still applies to a closed partnership but not to one outside the protocol", () => {
    const declaration: [string, string, string, CellValue] = ["Cllr Dev Patel", "County Council", "Employee", "01/05/2026"];
    expect(findingsOf(withInterests(cleanRow({ Status: "Closed" }), [declaration]), "declared-interest-in-partner")).toHaveLength(1);
    expect(rulesFired(withInterests(cleanRow({ "Form of partnership": "Contract for services" }), [declaration]))).toEqual(["out-of-scope"]);
  });

  it("does not run, and says why, when the workbook has no register of interests", () => {
    const report = runCheck([cleanRow()]);
    expect(findingsOf(report, "declared-interest-in-partner")).toEqual([]);
    expect(report.rulesNotRun).toContainEqual({ rule: "declared-interest-in-partner", reason: "the workbook has no register of interests sheet" });
  });
});
