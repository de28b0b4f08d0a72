// The pane's Accept… logic without a browser: which findings can be accepted, the form's defaults and plain-English
// validation, the row it writes, and accepted findings kept apart (never counted, never highlighted).
import { describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import type { Grid } from "../../src/domain/model.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { acceptedBy, canAccept, defaultUntil, exceptionRowFor, hasErrors, newAcceptForm, splitAccepted, validateAcceptance } from "../../src/taskpane/accept.js";
import { highlightRows } from "../../src/taskpane/use-check.js";

const TODAY = "2026-11-30";

const register: Grid = {
  name: "Register",
  rows: [
    ["Ref", "Partnership", "Sponsoring officer", "Status", "Exit strategy"],
    ["P-1", "Town Deal Board", "", "Active", "Yes"],
    ["P-2", "Youth Board", "A Khan", "Active", ""],
    ["", "No Ref Partnership", "", "Active", "Yes"],
  ],
};

function exceptions(rows: unknown[][]): Grid {
  return { name: "Accepted exceptions", rows: [["Rule", "Ref", "Partnership", "Reason", "Accepted by", "Until"], ...rows] as Grid["rows"] };
}

describe("which findings can be accepted", () => {
  it("an open finding on a register row that names its partnership; not register-wide ones, nor the exceptions sheet's own", () => {
    const report = check([register, exceptions([["no-such-rule", "P-1", "", "typo", "me", ""]])], defaultProfile(), TODAY);
    const onRow = report.findings.find((f) => f.rule === "sponsoring-officer-missing" && f.ref === "P-1")!;
    expect(canAccept(report, onRow)).toBe(true);
    const noRef = report.findings.find((f) => f.row === 4)!;
    expect(noRef.partnership).toBe("No Ref Partnership");
    expect(canAccept(report, noRef)).toBe(true);
    const wide = report.findings.filter((f) => f.row === null);
    expect(wide.length).toBeGreaterThan(0);
    for (const f of wide) expect(canAccept(report, f), f.rule).toBe(false);
    const own = report.findings.filter((f) => f.sheet === "Accepted exceptions");
    expect(own.length).toBeGreaterThan(0);
    for (const f of own) expect(canAccept(report, f), f.rule).toBe(false);
    expect(canAccept(report, { ...onRow, ref: null, partnership: null })).toBe(false);
  });

  it("not one already accepted", () => {
    const report = check([register, exceptions([["sponsoring-officer-missing", "P-1", "", "Interim", "J Smith", "2027-01-31"]])], defaultProfile(), TODAY);
    const f = report.findings.find((x) => x.rule === "sponsoring-officer-missing" && x.ref === "P-1")!;
    expect(f.status).toBe("accepted");
    expect(canAccept(report, f)).toBe(false);
  });
});

describe("the form", () => {
  it("starts with Until three months after the check date (the end of a shorter month), and the host's user if known", () => {
    expect(defaultUntil("2026-11-30")).toBe("2027-02-28");
    expect(defaultUntil("2027-11-30")).toBe("2028-02-29");
    expect(defaultUntil("2026-08-31")).toBe("2026-11-30");
    expect(defaultUntil("2026-07-01")).toBe("2026-10-01");
    expect(newAcceptForm(TODAY, null)).toEqual({ reason: "", by: "", until: "2027-02-28" });
    expect(newAcceptForm(TODAY, "Jane Smith")).toEqual({ reason: "", by: "Jane Smith", until: "2027-02-28" });
  });

  it("says plainly what is missing or wrong, field by field", () => {
    expect(validateAcceptance({ reason: "  ", by: "", until: "" }, TODAY)).toEqual({
      reason: "Say why this finding is accepted: anyone reviewing the exception will read this.",
      by: "Enter the name of the officer who accepts this finding.",
      until: "Enter the last day the exception applies, for example 28/02/2027.",
    });
    expect(validateAcceptance({ reason: "Interim", by: "J Smith", until: "2026-11-29" }, TODAY)).toEqual({
      until: "This date is before the check date (30 November 2026), so the exception would already have expired: choose a later date.",
    });
    expect(validateAcceptance({ reason: "Interim", by: "J Smith", until: "2026-02-30" }, TODAY).until).toMatch(/^Enter the last day/);
    expect(validateAcceptance({ reason: "x".repeat(40_000), by: "J Smith", until: TODAY }, TODAY).reason).toMatch(/^Shorten the reason to 32,767 characters/);
    const ok = validateAcceptance({ reason: "=Interim", by: "J Smith", until: TODAY }, TODAY);
    expect(ok).toEqual({});
    expect(hasErrors(ok)).toBe(false);
    expect(hasErrors({ by: "x" })).toBe(true);
  });

  it("becomes the row for the Accepted exceptions sheet: the finding's rule, ref and partnership, the form trimmed", () => {
    const report = check([register], defaultProfile(), TODAY);
    const f = report.findings.find((x) => x.rule === "exit-strategy-missing")!;
    expect(exceptionRowFor(f, { reason: "  =Ends soon ", by: " J Smith ", until: "2027-02-28" })).toEqual({
      rule: "exit-strategy-missing",
      ref: "P-2",
      partnership: "Youth Board",
      reason: "=Ends soon",
      by: "J Smith",
      until: "2027-02-28",
    });
  });
});

describe("accepted findings in the pane", () => {
  const report = check(
    [
      register,
      exceptions([
        ["sponsoring-officer-missing", "P-1", "Town Deal Board", "Interim", "J Smith", 46418],
        ["exit-strategy-missing", "", "Youth Board", "Ends soon", "", ""],
        [],
        [],
        [],
        [],
        // Row 8: not a rule code, so the sheet's own unreadable-value warning is on its row 8.
        ["exit strategy gone", "P-1", "", "Was missing once", "J Smith", ""],
      ]),
    ],
    defaultProfile(),
    TODAY,
  );

  it("are kept apart from the open ones, with who accepted them and until when", () => {
    const { open, accepted } = splitAccepted(report.findings);
    expect(accepted.map((f) => [f.rule, f.ref])).toEqual([
      ["sponsoring-officer-missing", "P-1"],
      ["exit-strategy-missing", "P-2"],
    ]);
    expect(open.every((f) => f.status === "open")).toBe(true);
    expect(open.some((f) => f.rule === "unreadable-value" && f.sheet === "Accepted exceptions")).toBe(true);
    expect(open.length + accepted.length).toBe(report.findings.length);
    expect(acceptedBy(accepted[0]!.exception!)).toBe("Accepted by J Smith until 31 January 2027");
    expect(acceptedBy(accepted[1]!.exception!)).toBe("Accepted with no end date");
  });

  it("are not highlighted on the register, and nor are the exceptions sheet's own rows", () => {
    const rows = highlightRows(report);
    // Register row 2 (P-1) has no open error or warning left once its sponsoring-officer-missing is accepted.
    expect(rows.find((r) => r.row === 2)).toBeUndefined();
    expect(report.findings.some((f) => f.rule === "unreadable-value" && f.severity === "warning" && f.row === 8 && f.sheet === "Accepted exceptions")).toBe(true);
    expect(rows.find((r) => r.row === 8)).toBeUndefined();
    const open = report.findings.filter((f) => f.status !== "accepted" && f.row !== null && f.severity !== "info" && f.sheet === "Register");
    expect(rows.map((r) => r.row)).toEqual([...new Set(open.map((f) => f.row!))].sort((a, b) => a - b));
    const withoutExceptions = highlightRows(check([register], defaultProfile(), TODAY));
    expect(withoutExceptions.find((r) => r.row === 2)?.severity).toBe("error");
  });
});

describe("grouping the open findings", () => {
  it("gives a row of the Accepted exceptions sheet its own group, named with its sheet, apart from the register row of that number", async () => {
    const { groupFindings } = await import("../../src/taskpane/components/FindingsByPartnership.js");
    const grid: Grid = { ...register, rows: [...register.rows, ["P-4", "Fourth", "", "Active", "Yes"], ["P-5", "Fifth", "", "Active", "Yes"], ["P-6", "Sixth", "", "Active", "Yes"], ["P-7", "Seventh", "", "Active", "Yes"]] };
    const report = check([grid, exceptions([[], [], [], [], [], [], ["not a rule", "P-7", "", "x", "y", ""]])], defaultProfile(), TODAY);
    const groups = groupFindings(splitAccepted(report.findings).open, [], "Register");
    const onRow8 = groups.filter((g) => g.findings[0]?.row === 8);
    expect(onRow8.map((g) => g.subtitle).sort()).toEqual(["P-7 · row 8", "P-7 · “Accepted exceptions” row 8"]);
  });
});
