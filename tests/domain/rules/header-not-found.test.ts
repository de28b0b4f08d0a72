import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import type { Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { TODAY, cleanRow, findingsOf, runCheck } from "../../helpers/grid.js";

const COVER: Grid = {
  name: "Cover",
  rows: [["Borough Council"], ["Partnership Register 2026"], [], ["Prepared by the Policy Team", null, "June 2026"]],
};

describe("header-not-found", () => {
  it("does not fire on a register with a header row", () => {
    expect(findingsOf(runCheck([cleanRow()]), "header-not-found")).toEqual([]);
  });

  it("fires once on a workbook with only a cover sheet, and no register is read", () => {
    const report = check([COVER], defaultProfile(), TODAY);
    expect(report.register).toBeNull();
    expect(report.partnerships).toEqual([]);
    expect(report.findings).toHaveLength(1);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "header-not-found",
      severity: "error",
      row: null,
      column: null,
      field: null,
      ref: null,
      partnership: null,
      clause: "Register",
    });
    expect(f!.message).toContain('No sheet ("Cover") has a header row that looks like a partnership register');
    expect(f!.message).toContain("name the sheet with --sheet");
  });

  it("fires when the only candidate header has fewer than three recognisable columns", () => {
    const report = check([{ name: "Sheet1", rows: [["Partnership", "Notes"], ["Canal Corridor Partnership", "ok"]] }], defaultProfile(), TODAY);
    expect(report.register).toBeNull();
    expect(report.findings.map((f) => f.rule)).toEqual(["header-not-found"]);
  });

  it("fires on an empty workbook", () => {
    const report = check([], defaultProfile(), TODAY);
    expect(report.findings.map((f) => f.rule)).toEqual(["header-not-found"]);
  });

  it("fires, listing the sheets, when the named sheet does not exist", () => {
    const report = runCheck([cleanRow()], { extraGrids: [COVER], options: { sheet: "Partnerships 2025" } });
    expect(report.register).toBeNull();
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.message).toBe(
      'There is no sheet called "Partnerships 2025". The sheets are: "Register", "Cover". Check the --sheet name.',
    );
  });

  it("takes its severity from the profile", () => {
    const profile = defaultProfile();
    const report = check([COVER], { ...profile, rules: { ...profile.rules, "header-not-found": { enabled: true, severity: "warning" } } }, TODAY);
    expect(report.findings[0]!.severity).toBe("warning");
  });
});
