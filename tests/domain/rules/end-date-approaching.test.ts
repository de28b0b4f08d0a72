import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../src/domain/model.js";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

describe("end-date-approaching", () => {
  it("does not fire on a partnership that runs to 2029", () => {
    expect(findingsOf(runCheck([cleanRow()]), "end-date-approaching")).toEqual([]);
  });

  it("fires, for information, on a partnership ending in 62 days, naming the date and saying to plan its exit or extension", () => {
    const report = runCheck([cleanRow({ "End date": "31/08/2026" })]);
    expect(rulesFired(report)).toEqual(["end-date-approaching"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "end-date-approaching",
      severity: "info",
      row: 2,
      column: "M",
      field: "endDate",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "2.14",
    });
    expect(f!.message).toContain("The partnership ends on 31 August 2026, 62 days after the check date");
    expect(f!.message).toContain("Clause 2.14");
    expect(f!.message).toContain("agree with the partners before then whether to use the exit provisions or extend it");
    expect(f!.message).toContain("record the new end date in column M");
  });

  it.each<[string, CellValue, string]>([
    ["the check date itself", "30/06/2026", "30 June 2026, the check date itself"],
    ["tomorrow", "01/07/2026", "1 July 2026, 1 day after the check date"],
    ["the 90th day", "28/09/2026", "28 September 2026, 90 days after the check date"],
    ["an Excel date serial", 46265, "31 August 2026"],
    ["a date written out", "31 August 2026", "31 August 2026"],
  ])("fires on an end date of %s (%j)", (_label, end, text) => {
    const [f, ...rest] = findingsOf(runCheck([cleanRow({ "End date": end })]), "end-date-approaching");
    expect(rest).toEqual([]);
    expect(f!.message).toContain(`ends on ${text}`);
  });

  it.each<[string, CellValue]>([
    ["91 days away", "29/09/2026"],
    ["blank (open-ended)", null],
    ["ongoing", "Ongoing"],
  ])("does not fire when the end date is %s", (_label, end) => {
    expect(findingsOf(runCheck([cleanRow({ "End date": end })]), "end-date-approaching")).toEqual([]);
  });

  it("leaves an end date that has passed to end-date-passed", () => {
    expect(rulesFired(runCheck([cleanRow({ "End date": "29/06/2026" })]))).toEqual(["end-date-passed"]);
  });

  it.each(["Under review", "Closing", "Proposed"])("fires whatever the status short of closed (%s)", (status) => {
    expect(findingsOf(runCheck([cleanRow({ Status: status, "End date": "31/08/2026" })]), "end-date-approaching")).toHaveLength(1);
  });

  it.each(["Closed", "Dissolved"])("does not fire on a partnership recorded as %s", (status) => {
    expect(rulesFired(runCheck([cleanRow({ Status: status, "End date": "31/08/2026" })]))).toEqual(["closed-partnership"]);
  });

  it("uses the profile's dueSoonDays", () => {
    const short = loadProfile({ periods: { dueSoonDays: 30 } });
    const long = loadProfile({ periods: { dueSoonDays: 365 } });
    if (!short.ok || !long.ok) throw new Error("profile refused");
    expect(findingsOf(runCheck([cleanRow({ "End date": "31/08/2026" })], { profile: short.profile }), "end-date-approaching")).toEqual([]);
    const [f] = findingsOf(runCheck([cleanRow({ "End date": "31/03/2027" })], { profile: long.profile }), "end-date-approaching");
    expect(f!.message).toContain("ends on 31 March 2027, 274 days after the check date");
  });

  it("leaves an unreadable end date to unreadable-value", () => {
    expect(rulesFired(runCheck([cleanRow({ "End date": "31/02/2026" })]))).toEqual(["unreadable-value"]);
  });
});
