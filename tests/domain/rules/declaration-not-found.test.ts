import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { CLEAN_ROW_DECLARATIONS, cleanRow, findingsOf, interestsGrid, rulesFired, runCheck } from "../../helpers/grid.js";

type Declaration = [string, string, string, CellValue];

function checkWith(row: Record<string, CellValue>, declarations: Declaration[]) {
  return runCheck([row], { extraGrids: [interestsGrid(declarations)] });
}

/** Everyone on the clean row except Ben Carter, the accountable officer. */
const WITHOUT_CARTER = CLEAN_ROW_DECLARATIONS.filter(([person]) => person !== "Ben Carter");

describe("declaration-not-found", () => {
  it("does not fire when everyone on the row has an entry", () => {
    expect(rulesFired(checkWith(cleanRow(), CLEAN_ROW_DECLARATIONS))).toEqual([]);
  });

  it("lists a person with no entry in the register of interests (info)", () => {
    const report = checkWith(cleanRow(), WITHOUT_CARTER);
    expect(rulesFired(report)).toEqual(["declaration-not-found"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "declaration-not-found",
      severity: "info",
      row: 2,
      column: null,
      field: null,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
    });
    expect(f!.people).toEqual([{ person: "Ben Carter", roles: ["accountable officer"], evidence: null, certainty: "exact" }]);
    expect(f!.message).toContain("No entry in the register of interests for Ben Carter (accountable officer)");
    expect(f!.message).toContain("check their declaration is on file");
  });

  it("names the protocol clause in its message", () => {
    const [f] = findingsOf(checkWith(cleanRow(), WITHOUT_CARTER), "declaration-not-found");
    expect(f!.message).toMatch(/[Cc]lause 2\.13/);
  });

  it('finds "Jane Smith" under "SMITH, Jane"', () => {
    const report = checkWith(cleanRow({ "Council representatives": "Jane Smith" }), [
      ...CLEAN_ROW_DECLARATIONS,
      ["SMITH, Jane", "Borough Cricket Club", "Member", "01/03/2026"],
    ]);
    expect(findingsOf(report, "declaration-not-found")).toEqual([]);
  });

  it("gives one finding for the row listing everyone missing, each once with all their roles", () => {
    const report = checkWith(cleanRow({ "Accountable officer": "Anna Bell", "Council representatives": "Cllr A Khan; Jane Smith" }), [
      ["Anna Bell", "Borough Allotment Society", "Treasurer", "01/03/2026"],
    ]);
    const found = findingsOf(report, "declaration-not-found");
    expect(found).toHaveLength(1);
    expect(found[0]!.people!.map((p) => [p.person, p.roles])).toEqual([
      ["A Khan", ["representative"]],
      ["Jane Smith", ["representative"]],
    ]);
  });

  it("lists an officer who holds two roles once, with both roles", () => {
    const report = checkWith(cleanRow({ "Accountable officer": "Anna Bell" }), [["Cllr Dev Patel", "Rotary Club of Borough", "Member", "01/03/2026"]]);
    const [f] = findingsOf(report, "declaration-not-found");
    expect(f!.people).toEqual([expect.objectContaining({ person: "Anna Bell", roles: ["sponsoring officer", "accountable officer"] })]);
  });

  it("still applies to a closed partnership", () => {
    expect(findingsOf(checkWith(cleanRow({ Status: "Closed" }), WITHOUT_CARTER), "declaration-not-found")).toHaveLength(1);
  });

  it("does not run, and says why, when the workbook has no register of interests", () => {
    const report = runCheck([cleanRow()]);
    expect(findingsOf(report, "declaration-not-found")).toEqual([]);
    expect(report.rulesNotRun).toContainEqual({ rule: "declaration-not-found", reason: "the workbook has no register of interests sheet" });
  });
});
