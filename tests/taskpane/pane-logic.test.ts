// The pane's plain logic, without a browser: messages, theme choice, what to highlight and where a finding points.
import { describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { WorkbookProblem } from "../../src/office/workbook-session.js";
import { forThePane, noRegisterProblem, problemFrom } from "../../src/taskpane/problems.js";
import { contrastRatio, officeThemeIsHighContrast, pickTheme } from "../../src/taskpane/theme.js";
import { findingCell, highlightRows, profileOptions, registerSpan } from "../../src/taskpane/use-check.js";
import { localToday } from "../../src/taskpane/labels.js";

const grid = {
  name: "Register",
  rows: [
    ["Partnership register 2026"],
    [],
    ["Ref", "Partnership", "Sponsoring officer", "Status", "Exit strategy"],
    ["P-1", "Town Deal Board", "", "Active", "Yes"],
    ["P-2", "Youth Board", "A Khan", "Active", ""],
  ],
};

describe("messages", () => {
  it("shows a WorkbookProblem's own sentence, titled by its kind", () => {
    const p = problemFrom(new WorkbookProblem('The sheet "Register" is protected: unprotect it and try again.', "protected"), "highlight the register rows");
    expect(p).toEqual({ intent: "error", title: "The sheet is protected", text: 'The sheet "Register" is protected: unprotect it and try again.' });
    expect(problemFrom(new WorkbookProblem("Excel is busy: try again in a moment.", "busy"), "read the workbook").intent).toBe("warning");
  });

  it("turns any other error into a plain sentence, never its message or stack", () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'values')");
    const p = problemFrom(e, "write the report tabs");
    expect(p.title).toBe("Something went wrong");
    expect(p.text).toBe(
      "The add-in could not write the report tabs. Try again; if it still does not work, close the pane and open it again with Check register on the Home tab.",
    );
    expect(JSON.stringify(p)).not.toMatch(/undefined|TypeError|values/);
    expect(problemFrom("a string", "read the workbook").title).toBe("Something went wrong");
  });

  it("uses the header-not-found finding when there is no register, worded for the pane", () => {
    const report = check([{ name: "Budget", rows: [["Line", "Amount"]] }], defaultProfile(), "2026-11-30");
    const p = noRegisterProblem(report)!;
    expect(p.title).toBe("No register found");
    expect(p.text).toContain('No sheet ("Budget") has a header row that looks like a partnership register.');
    expect(p.text).not.toContain("--sheet");
    expect(noRegisterProblem(check([grid], defaultProfile(), "2026-11-30"))).toBeNull();
    expect(forThePane('Also looks like "status", which column D already supplies; rename the header or set the mapping in your profile.')).toBe(
      'Also looks like "status", which column D already supplies; rename the header or choose this column\'s field here.',
    );
  });
});

describe("theme", () => {
  it("is high contrast under forced colours or an Office contrast theme, light otherwise", () => {
    expect(pickTheme(null, true)).toBe("highContrast");
    expect(pickTheme(null, false)).toBe("light");
    expect(officeThemeIsHighContrast({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFFFF" })).toBe(true);
    expect(officeThemeIsHighContrast({ bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFF00" })).toBe(true);
    expect(officeThemeIsHighContrast({ bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626" })).toBe(false);
    expect(officeThemeIsHighContrast({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF" })).toBe(false);
    expect(officeThemeIsHighContrast({ bodyBackgroundColor: "#E6E6E6", bodyForegroundColor: "#000000" })).toBe(false);
    expect(officeThemeIsHighContrast({ bodyBackgroundColor: "not a colour" })).toBe(false);
    expect(Math.round(contrastRatio([0, 0, 0], [255, 255, 255]))).toBe(21);
  });
});

describe("the flow's helpers", () => {
  const report = check([grid], defaultProfile(), "2026-11-30");

  it("highlights each row with an error or a warning once, as its worst severity, across the register's columns", () => {
    const rows = highlightRows(report);
    expect(rows.map((r) => r.row)).toEqual([...new Set(rows.map((r) => r.row))].sort((a, b) => a - b));
    const p1 = rows.find((r) => r.row === 4);
    expect(p1?.severity).toBe("error");
    expect(registerSpan(report)).toEqual({ first: 0, last: 4 });
  });

  it("points a finding at its cell, or at its column's header, on the register sheet", () => {
    const sponsor = report.findings.find((f) => f.rule === "sponsoring-officer-missing")!;
    expect(findingCell(report, sponsor)).toEqual({ sheet: "Register", address: "C4" });
    const columnLevel = { ...sponsor, row: null, column: "E" };
    expect(findingCell(report, columnLevel)).toEqual({ sheet: "Register", address: "E3" });
    expect(findingCell(report, { ...sponsor, row: null, column: null })).toEqual({ sheet: "Register", address: "A3" });
  });

  it("offers the default profile first, then stored ones, saying which cannot be used", () => {
    const options = profileOptions([
      { name: "Harbridge", json: { periods: { annualReviewMonths: 6 } } },
      { name: "Broken", json: { periods: { annualReviewMonths: 0 } } },
      { name: "default", json: {} },
    ]);
    expect(options.map((o) => [o.key, o.profile === null, o.problems.length > 0])).toEqual([
      ["default", false, false],
      ["Harbridge", false, false],
      ["Broken", true, true],
    ]);
    expect(options[1]!.profile!.periods.annualReviewMonths).toBe(6);
  });

  it("takes today as the user's calendar day", () => {
    expect(localToday(new Date(2026, 10, 30, 23, 59))).toBe("2026-11-30");
    expect(localToday(new Date(2027, 0, 1, 0, 1))).toBe("2027-01-01");
  });
});

describe("engine messages in the pane", () => {
  it("points at the pane's own controls rather than a profile file", () => {
    expect(forThePane('No "exit strategy" column was found, so this check could not run: exit-strategy-missing. Add the column to the register, or map an existing column to "exitStrategy" in your profile\'s "columns".')).toBe(
      'No "exit strategy" column was found, so this check could not run: exit-strategy-missing. Add the column to the register, or choose "Exit strategy" for an existing column under Columns above.',
    );
  });
});
