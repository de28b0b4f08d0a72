import { describe, expect, it } from "vitest";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import { findingsOf, runCheck } from "../../helpers/grid.js";
import { exceptionsGrid, ROWS } from "../exceptions/exceptions-grid.js";

function profileOf(json: unknown) {
  const loaded = loadProfile(json);
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.profile;
}

/** Scrutiny is in place for P-002, so there is nothing to accept. */
const NOTHING_TO_ACCEPT = ["scrutiny-missing", "P-002", "Safer Borough Partnership", "Reviewed by Place Scrutiny", "J Smith", "31/03/2027"];

describe("exception-unused", () => {
  it("does not fire for an exception that accepts a finding", () => {
    const report = runCheck(ROWS, { extraGrids: [exceptionsGrid([["sponsoring-officer-missing", "P-002", null, "Recruiting", "J Smith", "31/03/2027"]])] });
    expect(findingsOf(report, "exception-unused")).toEqual([]);
  });

  it("fires, as info, on the exceptions row that matches no finding", () => {
    const report = runCheck(ROWS, { extraGrids: [exceptionsGrid([NOTHING_TO_ACCEPT])] });
    const [f, ...more] = findingsOf(report, "exception-unused");
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      severity: "info",
      sheet: "Accepted exceptions",
      row: 2,
      column: "A",
      ref: "P-002",
      partnership: "Safer Borough Partnership",
      clause: "Accepted exceptions",
      status: "open",
    });
    expect(f!.message).toBe(
      "This accepted exception matches no finding: there is no scrutiny-missing finding for P-002 Safer Borough Partnership " +
        "(the finding may have been put right, or the Ref or Partnership may not match the register). Remove the row, or correct its Rule, Ref or Partnership.",
    );
    expect(report.exceptions).toMatchObject({ rows: 1, expired: 0, unused: 1 });
  });

  it("fires for a misspelt Ref", () => {
    const report = runCheck(ROWS, { extraGrids: [exceptionsGrid([["exit-strategy-missing", "P-0001", null, "Pilot", "J Smith", "31/03/2027"]])] });
    expect(findingsOf(report, "exception-unused")).toHaveLength(1);
    expect(findingsOf(report, "exit-strategy-missing")[0]).toMatchObject({ status: "open" });
  });

  it("says when the rule it accepts is switched off in the profile", () => {
    const profile = profileOf({ rules: { "exit-strategy-missing": "off" } });
    const report = runCheck(ROWS, { profile, extraGrids: [exceptionsGrid([["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"]])] });
    expect(findingsOf(report, "exception-unused")[0]!.message).toContain("(the exit-strategy-missing check is switched off in the profile)");
  });

  it("can be switched off, or given another severity, by the profile", () => {
    const off = runCheck(ROWS, { profile: profileOf({ rules: { "exception-unused": "off" } }), extraGrids: [exceptionsGrid([NOTHING_TO_ACCEPT])] });
    expect(findingsOf(off, "exception-unused")).toEqual([]);
    const warning = runCheck(ROWS, { profile: profileOf({ rules: { "exception-unused": "warning" } }), extraGrids: [exceptionsGrid([NOTHING_TO_ACCEPT])] });
    expect(findingsOf(warning, "exception-unused")[0]?.severity).toBe("warning");
  });
});
