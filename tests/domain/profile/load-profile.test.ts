import { describe, expect, it } from "vitest";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import { RULE_CODES } from "../../../src/domain/rules/index.js";
import { summarise } from "../../../src/domain/summary.js";
import { FULL_HEADERS, cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

function loaded(json: unknown): Profile {
  const result = loadProfile(json);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.profile;
}

function problems(json: unknown): string[] {
  const result = loadProfile(json);
  if (result.ok) throw new Error("expected the profile to be refused");
  return result.problems;
}

/** The default severities of REQUIREMENTS.md §2 (ambiguous-column, declaration-not-found and the due-soon rules are the tool's own). */
const DEFAULT_SEVERITY: Record<string, "error" | "warning" | "info"> = {
  "header-not-found": "error",
  "required-column-missing": "warning",
  "ambiguous-column": "warning",
  "duplicate-partnership": "error",
  "unreadable-value": "warning",
  "out-of-scope": "info",
  "closed-partnership": "info",
  "sponsoring-officer-missing": "error",
  "accountable-officer-missing": "error",
  "representative-missing": "warning",
  "governance-document-missing": "error",
  "business-case-missing": "warning",
  "outcome-measures-missing": "warning",
  "performance-reporting-missing": "warning",
  "annual-review-missing": "warning",
  "annual-review-overdue": "error",
  "review-due-soon": "info",
  "risk-register-missing": "error",
  "risk-register-review-overdue": "warning",
  "risk-register-review-due-soon": "info",
  "exit-strategy-missing": "error",
  "end-date-passed": "error",
  "end-date-approaching": "info",
  "information-sharing-missing": "warning",
  "equality-assessment-missing": "warning",
  "scrutiny-missing": "warning",
  "legal-power-unconfirmed": "warning",
  "legal-form-missing": "warning",
  "conduct-standards-missing": "warning",
  "priority-link-missing": "warning",
  "approval-missing": "warning",
  "unbudgeted-commitment": "error",
  "commitment-exceeds-approval": "error",
  "liabilities-without-exit": "warning",
  "amount-implausible": "warning",
  "conflicts-not-recorded": "warning",
  "fiduciary-role": "warning",
  "declared-interest-in-partner": "error",
  "stale-declaration": "warning",
  "declaration-due-soon": "info",
  "declaration-not-found": "info",
  "exception-expired": "warning",
  "exception-unused": "info",
};

describe("defaultProfile()", () => {
  it("knows every rule of the protocol", () => {
    expect([...RULE_CODES].sort()).toEqual(Object.keys(DEFAULT_SEVERITY).sort());
  });

  it.each(Object.entries(DEFAULT_SEVERITY))("has %s on at %s", (code, severity) => {
    expect(defaultProfile().rules[code]).toEqual({ enabled: true, severity });
  });

  it("uses 12-month periods, looks 90 days ahead for what falls due, and maps no column by hand", () => {
    const p = defaultProfile();
    expect(p.periods).toEqual({ annualReviewMonths: 12, riskRegisterReviewMonths: 12, declarationMonths: 12, dueSoonDays: 90 });
    expect(p.columns).toEqual({});
  });

  it("is what an empty profile file gives, under the file's name", () => {
    const p = loaded({ name: "Borough Council 2026" });
    expect(p.name).toBe("Borough Council 2026");
    expect(p.rules).toEqual(defaultProfile().rules);
    expect(p.periods).toEqual(defaultProfile().periods);
  });
});

describe("loadProfile(): what a council can change", () => {
  it.each([
    ["off", "off"],
    ["{ enabled: false }", { enabled: false }],
  ])("switches a rule off with %s, and check() no longer raises it", (_label, setting) => {
    const profile = loaded({ rules: { "exit-strategy-missing": setting } });
    expect(profile.rules["exit-strategy-missing"]?.enabled).toBe(false);
    expect(rulesFired(runCheck([cleanRow({ "Exit strategy": "No" })], { profile }))).toEqual([]);
    expect(rulesFired(runCheck([cleanRow({ "Exit strategy": "No" })]))).toEqual(["exit-strategy-missing"]);
  });

  it.each([
    ["a severity word", "warning"],
    ["an object", { severity: "warning" }],
  ])("changes a severity with %s: the finding is a warning and no error is left", (_label, setting) => {
    const row = cleanRow({ "Exit strategy": "No" });
    const before = runCheck([row]);
    expect(summarise(before).bySeverity.error).toBe(1);

    const after = runCheck([row], { profile: loaded({ rules: { "exit-strategy-missing": setting } }) });
    expect(findingsOf(after, "exit-strategy-missing")[0]?.severity).toBe("warning");
    expect(summarise(after).bySeverity).toEqual({ error: 0, warning: 1, info: 0 });
    expect(summarise(after).partnershipsWithErrors).toBe(0);
  });

  it("raises a warning to an error", () => {
    const report = runCheck([cleanRow({ "Scrutiny arrangements": null })], { profile: loaded({ rules: { "scrutiny-missing": "error" } }) });
    expect(findingsOf(report, "scrutiny-missing")[0]?.severity).toBe("error");
  });

  it("changes a period and check() uses it", () => {
    const profile = loaded({ periods: { annualReviewMonths: 6 } });
    expect(profile.periods).toEqual({ annualReviewMonths: 6, riskRegisterReviewMonths: 12, declarationMonths: 12, dueSoonDays: 90 });
    const row = cleanRow({ "Date of last review": "30/11/2025" });
    expect(rulesFired(runCheck([row], { profile }))).toEqual(["annual-review-overdue"]);
    expect(rulesFired(runCheck([row]))).toEqual([]);
  });

  it('maps a header the tool does not know ("Officer (perf)") to a field', () => {
    const headers = FULL_HEADERS.map((h) => (h === "Accountable officer" ? "Officer (perf)" : h));
    const row = { ...cleanRow(), "Officer (perf)": "Ben Carter" };

    const unmapped = runCheck([row], { headers });
    expect(findingsOf(unmapped, "required-column-missing").map((f) => f.field)).toEqual(["accountableOfficer"]);

    const mapped = runCheck([row], { headers, profile: loaded({ columns: { "Officer (perf)": "accountableOfficer" } }) });
    expect(mapped.register!.columns.find((c) => c.header === "Officer (perf)")).toMatchObject({ column: "H", field: "accountableOfficer" });
    expect(mapped.findings).toEqual([]);
  });

  it("compares the mapped header loosely (case and spacing)", () => {
    const headers = FULL_HEADERS.map((h) => (h === "Accountable officer" ? "Officer (perf)" : h));
    const profile = loaded({ columns: { "  officer  (PERF) ": "accountableOfficer" } });
    const report = runCheck([{ ...cleanRow(), "Officer (perf)": null }], { headers, profile });
    expect(findingsOf(report, "accountable-officer-missing")).toEqual([expect.objectContaining({ row: 2, column: "H" })]);
  });

  it("unmaps a column with null: its field is then missing", () => {
    const profile = loaded({ columns: { "Business case": null } });
    const report = runCheck([cleanRow({ "Business case": "No" })], { profile });
    expect(report.register!.columns.find((c) => c.header === "Business case")?.field).toBeNull();
    expect(findingsOf(report, "business-case-missing")).toEqual([]);
    expect(findingsOf(report, "required-column-missing").map((f) => f.field)).toEqual(["businessCase"]);
  });
});

describe("loadProfile(): problems in plain English", () => {
  it("names an unknown rule code and lists the known ones", () => {
    const [p, ...rest] = problems({ rules: { "exit-strategy-misssing": "off" } });
    expect(rest).toEqual([]);
    expect(p).toContain('"rules" names "exit-strategy-misssing", which is not a rule.');
    expect(p).toContain("exit-strategy-missing");
  });

  it("refuses a severity word it does not know", () => {
    expect(problems({ rules: { "exit-strategy-missing": "critical" } })).toEqual([
      '"rules.exit-strategy-missing" must be "off", "error", "warning" or "info" (or { "enabled": true/false, "severity": "..." }).',
    ]);
  });

  it.each([0, 500])("refuses a period of %i months", (months) => {
    expect(problems({ periods: { annualReviewMonths: months } })).toEqual([
      '"periods.annualReviewMonths" must be a whole number of months from 1 to 120.',
    ]);
  });

  it.each([0, 366, 30.5])("refuses a due-soon horizon of %s days", (days) => {
    expect(problems({ periods: { dueSoonDays: days } })).toEqual(['"periods.dueSoonDays" must be a whole number of days from 1 to 365.']);
  });

  it("refuses a part-month period in plain words", () => {
    expect(problems({ periods: { declarationMonths: 6.5 } })).toEqual(['"periods.declarationMonths" must be a whole number of months from 1 to 120.']);
  });

  it("names an unknown top-level setting and lists the allowed ones", () => {
    const [p, ...rest] = problems({ name: "Borough", colour: "red" });
    expect(rest).toEqual([]);
    expect(p).toMatch(/^the profile has a setting the tool does not know: "colour"\. Allowed: name, description, rules, periods, columns/);
  });

  it("names an unknown period without listing the top-level settings", () => {
    const [p] = problems({ periods: { annualReview: 6 } });
    expect(p).toContain('"periods" has a setting the tool does not know: "annualReview"');
    expect(p).not.toContain("Allowed: name");
  });

  it("refuses a field name it does not know in columns", () => {
    const [p] = problems({ columns: { "Officer (perf)": "accountableOficer" } });
    expect(p).toContain('"columns.Officer (perf)" must be one of');
    expect(p).toContain('"accountableOfficer"');
  });

  it.each([["a string", "hello"], ["null", null], ["a list", []], ["a number", 42]])("refuses %s as a profile", (_label, json) => {
    expect(problems(json)).toEqual(["the profile must be an object { ... }."]);
  });
});
