import { describe, expect, it } from "vitest";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

/** Shortfalls that would each raise a finding on an in-scope row. */
const GAPS = {
  "Sponsoring officer": null,
  "Risk register": "No",
  "Exit strategy": "tbc",
  "Date of last review": "01/01/2024",
  "Budget approved": "No",
  "Conflicts of interest declared": "No",
  "Council representatives": "Cllr A Khan (Director)",
  "Annual contribution": "£5-10k",
};

describe("out-of-scope", () => {
  it("does not fire on a joint committee", () => {
    expect(findingsOf(runCheck([cleanRow()]), "out-of-scope")).toEqual([]);
  });

  it.each([
    ["Contract for services", "a contract for services (clause 2.2 a)"],
    ["Consultation group", "a consultation or discussion group (clause 2.2 b)"],
    ["Outside body appointment", "an outside-body appointment with no strategic role (clause 2.2 c)"],
    ["PFI scheme", "a Private Finance Initiative scheme (clause 2.2 d)"],
  ])("lists %j as outside the protocol (info) and applies no other check, even to its gaps", (form, reason) => {
    const report = runCheck([cleanRow({ "Form of partnership": form, ...GAPS })]);
    expect(rulesFired(report)).toEqual(["out-of-scope"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "out-of-scope",
      severity: "info",
      row: 2,
      column: "D",
      field: "legalForm",
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      clause: "2.2",
    });
    expect(f!.message).toContain(`Recorded as ${reason}`);
    expect(f!.message).toContain("no other check was applied");
    expect(f!.message).toContain("correct the form of partnership in column D");
  });

  it.each(["Informal arrangement", "Informal partnership", "Outside body - strategic role"])(
    "keeps %j in scope: its gaps are reported",
    (form) => {
      const report = runCheck([cleanRow({ "Form of partnership": form, ...GAPS })]);
      expect(findingsOf(report, "out-of-scope")).toEqual([]);
      expect(rulesFired(report)).toEqual(
        expect.arrayContaining(["sponsoring-officer-missing", "risk-register-missing", "exit-strategy-missing", "annual-review-overdue", "unreadable-value", "conflicts-not-recorded", "fiduciary-role"]),
      );
    },
  );

  it("is not checked for duplicates against the partnerships in scope", () => {
    const report = runCheck([cleanRow(), cleanRow({ "Form of partnership": "PFI scheme" })]);
    expect(report.findings.map((f) => [f.row, f.rule])).toEqual([[3, "out-of-scope"]]);
  });
});
