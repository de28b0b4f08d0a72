import { describe, expect, it } from "vitest";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import { findingsOf, runCheck } from "../../helpers/grid.js";
import { exceptionsGrid, ROWS } from "../exceptions/exceptions-grid.js";

function profileOf(json: unknown) {
  const loaded = loadProfile(json);
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.profile;
}

const PILOT = ["exit-strategy-missing", "P-001", "Canal Corridor Partnership", "Exit strategy not needed: one-year pilot", "J Smith", "31/03/2027"];
const checkOn = (today: string, profile?: ReturnType<typeof profileOf>) =>
  runCheck(ROWS, { today, extraGrids: [exceptionsGrid([PILOT])], ...(profile ? { profile } : {}) });

describe("exception-expired", () => {
  it("does not fire while the exception is in date, its last day included", () => {
    for (const today of ["2026-06-30", "2027-03-31"]) expect(findingsOf(checkOn(today), "exception-expired")).toEqual([]);
  });

  it("fires the day after Until, on the exceptions row's Until cell, and the finding counts again", () => {
    const report = checkOn("2027-04-01");
    const [f, ...more] = findingsOf(report, "exception-expired");
    expect(more).toEqual([]);
    expect(f).toMatchObject({
      severity: "warning",
      sheet: "Accepted exceptions",
      row: 2,
      column: "F",
      field: null,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "Accepted exceptions",
      status: "open",
    });
    expect(f!.message).toBe(
      "The accepted exception for exit-strategy-missing on P-001 Canal Corridor Partnership applied until 31 March 2027 and has expired, " +
        "so the finding counts again. Renew it with a later Until date (column F) if it still stands, or remove the row and put the finding right.",
    );
    expect(findingsOf(report, "exit-strategy-missing")[0]).toMatchObject({ status: "open" });
    expect(findingsOf(report, "exit-strategy-missing")[0]!.exception).toBeUndefined();
    expect(report.exceptions).toMatchObject({ expired: 1, unused: 0 });
  });

  it("names the partnership from the register when the row gives only its Ref", () => {
    const report = runCheck(ROWS, { today: "2027-04-01", extraGrids: [exceptionsGrid([["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"]])] });
    expect(findingsOf(report, "exception-expired")[0]).toMatchObject({ ref: "P-001", partnership: "Canal Corridor Partnership" });
  });

  it("says to remove the row when the finding has gone too", () => {
    const report = runCheck(ROWS, { today: "2027-04-01", extraGrids: [exceptionsGrid([["scrutiny-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"]])] });
    expect(findingsOf(report, "exception-expired")[0]!.message).toMatch(/has expired, and there is no such finding any more\. Remove the row\.$/);
    expect(findingsOf(report, "exception-unused")).toEqual([]);
  });

  it("says to remove the old row when a later row renews the exception", () => {
    const renewed = ["exit-strategy-missing", "P-001", null, "Pilot extended", "J Smith", "31/03/2028"];
    const report = runCheck(ROWS, { today: "2027-04-01", extraGrids: [exceptionsGrid([PILOT, renewed])] });
    expect(findingsOf(report, "exit-strategy-missing")[0]).toMatchObject({ status: "accepted", exception: { until: "2028-03-31", row: 3 } });
    expect(findingsOf(report, "exception-expired")[0]!.message).toMatch(/another row of this sheet accepts the finding now\. Remove this row\.$/);
  });

  it("can be switched off by the profile (the exception still no longer applies)", () => {
    const report = checkOn("2027-04-01", profileOf({ rules: { "exception-expired": "off" } }));
    expect(findingsOf(report, "exception-expired")).toEqual([]);
    expect(findingsOf(report, "exit-strategy-missing")[0]).toMatchObject({ status: "open" });
  });

  it("takes its severity from the profile", () => {
    expect(findingsOf(checkOn("2027-04-01", profileOf({ rules: { "exception-expired": "error" } })), "exception-expired")[0]?.severity).toBe("error");
  });
});
