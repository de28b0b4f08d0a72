import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import { FULL_HEADERS, TODAY, cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

/** The full register with a second "Sponsoring officer" column straight after the first: columns G and H. */
function twoSponsorColumns(first: CellValue, second: CellValue): Grid {
  const row = cleanRow({ "Sponsoring officer": first });
  const values = FULL_HEADERS.map((h) => row[h] ?? null);
  return {
    name: "Register",
    rows: [
      [...FULL_HEADERS.slice(0, 7), "Sponsoring officer", ...FULL_HEADERS.slice(7)],
      [...values.slice(0, 7), second, ...values.slice(7)],
    ],
  };
}

function run(grid: Grid, profile: Profile = defaultProfile()) {
  return check([grid], profile, TODAY);
}

describe("ambiguous-column", () => {
  it("does not fire when every column names a different field", () => {
    expect(findingsOf(runCheck([cleanRow()]), "ambiguous-column")).toEqual([]);
  });

  it('fires once on two "Sponsoring officer" columns, naming both', () => {
    const report = run(twoSponsorColumns("Anna Bell", "Zed Other"));
    expect(rulesFired(report)).toEqual(["ambiguous-column"]);
    const [f] = report.findings;
    expect(f).toMatchObject({ rule: "ambiguous-column", severity: "warning", row: null, column: "H", ref: null, partnership: null, sheet: "Register" });
    expect(f!.message).toContain('Column H ("Sponsoring officer")');
    expect(f!.message).toContain("which column G already supplies");
    expect(f!.message).toContain("rename the header or set the mapping in your profile");
  });

  it("says which field the ignored column looked like", () => {
    const [f] = findingsOf(run(twoSponsorColumns("Anna Bell", "Zed Other")), "ambiguous-column");
    expect(f!.field).toBe("sponsoringOfficer");
  });

  it("uses the first column: a blank first column is missing even when the second is filled", () => {
    const report = run(twoSponsorColumns(null, "Zed Other"));
    expect(report.register!.columns.find((c) => c.field === "sponsoringOfficer")?.column).toBe("G");
    expect(findingsOf(report, "sponsoring-officer-missing")).toEqual([expect.objectContaining({ row: 2, column: "G" })]);
  });

  it("uses the first column: a filled first column meets the standard even when the second is blank", () => {
    expect(findingsOf(run(twoSponsorColumns("Anna Bell", null)), "sponsoring-officer-missing")).toEqual([]);
  });

  it("is not raised when switched off, and the first column is still used", () => {
    const loaded = loadProfile({ rules: { "ambiguous-column": "off" } });
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    expect(rulesFired(run(twoSponsorColumns(null, "Zed Other"), loaded.profile))).toEqual(["sponsoring-officer-missing"]);
  });
});
