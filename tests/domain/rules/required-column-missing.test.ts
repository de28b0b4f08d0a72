import { describe, expect, it } from "vitest";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import { FULL_HEADERS, cleanRow, findingsOf, runCheck } from "../../helpers/grid.js";

const WITHOUT_EXIT = FULL_HEADERS.filter((h) => h !== "Exit strategy");

function profileOf(json: unknown) {
  const loaded = loadProfile(json);
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.profile;
}

describe("required-column-missing", () => {
  it("does not fire on a register with every column", () => {
    expect(findingsOf(runCheck([cleanRow()]), "required-column-missing")).toEqual([]);
  });

  it('fires once for a register with no "Exit strategy" column, naming the checks that cannot run', () => {
    const report = runCheck([cleanRow({ "Continuing liabilities": "Building lease to 2030" }), cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership" })], {
      headers: WITHOUT_EXIT,
    });
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "required-column-missing",
      severity: "warning",
      row: null,
      column: null,
      field: "exitStrategy",
      ref: null,
      partnership: null,
      sheet: "Register",
    });
    expect(f!.message).toContain('No "exit strategy" column was found, so these checks could not run: exit-strategy-missing, liabilities-without-exit');
    expect(f!.message).toContain('Add the column to the register, or map an existing column to "exitStrategy" in your profile\'s "columns"');
    expect(report.rulesNotRun).toEqual(
      expect.arrayContaining([
        { rule: "exit-strategy-missing", reason: "no column for exitStrategy" },
        { rule: "liabilities-without-exit", reason: "no column for exitStrategy" },
      ]),
    );
  });

  it("does not name a rule the profile switched off", () => {
    const report = runCheck([cleanRow()], { headers: WITHOUT_EXIT, profile: profileOf({ rules: { "liabilities-without-exit": "off" } }) });
    const [f] = findingsOf(report, "required-column-missing");
    expect(f!.message).toContain("so this check could not run: exit-strategy-missing.");
    expect(f!.message).not.toContain("liabilities-without-exit");
    expect(report.rulesNotRun.map((r) => r.rule)).not.toContain("liabilities-without-exit");
  });

  it("does not fire when every rule needing the column is switched off", () => {
    const profile = profileOf({ rules: { "liabilities-without-exit": "off", "exit-strategy-missing": { enabled: false } } });
    expect(findingsOf(runCheck([cleanRow()], { headers: WITHOUT_EXIT, profile }), "required-column-missing")).toEqual([]);
  });

  it("gives one finding per missing field", () => {
    const headers = FULL_HEADERS.filter((h) => h !== "Exit strategy" && h !== "Risk register" && h !== "Business case");
    const report = runCheck([cleanRow()], { headers });
    expect(findingsOf(report, "required-column-missing").map((f) => f.field).sort()).toEqual(["businessCase", "exitStrategy", "riskRegister"]);
  });

  it("does not fire when the profile maps a differently worded column to the field", () => {
    const headers = FULL_HEADERS.map((h) => (h === "Exit strategy" ? "Plan B" : h));
    const report = runCheck([{ ...cleanRow(), "Plan B": "No" }], { headers, profile: profileOf({ columns: { "Plan B": "exitStrategy" } }) });
    expect(findingsOf(report, "required-column-missing")).toEqual([]);
    expect(findingsOf(report, "exit-strategy-missing")).toHaveLength(1);
  });
});
