import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../../src/domain/model.js";
import { findingsTab } from "../../../src/domain/tabs/findings-tab.js";
import type { Provenance } from "../../../src/domain/tabs/provenance.js";
import type { TabCell, TabSpec, TabTable } from "../../../src/domain/tabs/tab-spec.js";
import { cleanRow, runCheck } from "../../helpers/grid.js";

const FROM: Provenance = { file: "register.xlsx", sheet: "Register", profile: "default", today: "2026-06-30" };

function finding(row: number, rule: string, over: Partial<Finding> = {}): Finding {
  return {
    rule,
    severity: "info",
    row,
    column: "R",
    field: "lastReviewDate",
    ref: `P-${String(row).padStart(3, "0")}`,
    partnership: `Partnership on row ${row}`,
    message: `${rule} on row ${row}`,
    clause: "2.6",
    sheet: "Register",
    ...over,
  };
}

function reportOf(findings: Finding[]): Report {
  return { today: "2026-06-30", profile: "default", register: null, interests: null, partnerships: [], findings, rulesNotRun: [] };
}

const FINDINGS: Finding[] = [
  finding(2, "exit-strategy-missing", { severity: "error", column: "U", field: "exitStrategy", message: "No exit strategy", clause: "2.1 f, 2.14" }),
  finding(2, "review-due-soon", { due: "2026-09-15", message: "The next annual review falls due on 15 September 2026" }),
  finding(3, "end-date-approaching", { due: "2026-07-31", column: "M", field: "endDate", clause: "2.14", message: "The partnership ends on 31 July 2026" }),
  finding(4, "declaration-due-soon", { due: "2026-08-20", column: null, field: null, clause: "Dudley protocol", message: "Dev Patel (renewal due by 20 August 2026)" }),
  finding(5, "risk-register-review-due-soon", { due: "2026-07-31", column: "T", field: "riskRegisterReviewed", message: "risk register on 31 July 2026" }),
  finding(5, "scrutiny-missing", { severity: "warning", column: "X", field: "scrutiny", clause: "2.17", message: "No scrutiny" }),
];

function table(spec: TabSpec, name: string): TabTable {
  const t = spec.tables?.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function values(cells: TabCell[] | undefined): unknown[] {
  return (cells ?? []).map((c) => (c === null ? null : c.v));
}

function sectionIndex(spec: TabSpec): number {
  return spec.rows.findIndex((r) => r[0]?.t === "text" && r[0].v === "Due soon");
}

describe("findingsTab: Due soon", () => {
  const spec = findingsTab(reportOf(FINDINGS), FROM);

  it("keeps every finding, due-soon ones included, in the main table, worst first", () => {
    const t = table(spec, "PRA_Findings");
    expect(t.lastRow - t.headerRow).toBe(FINDINGS.length);
    const rules = spec.rows.slice(t.headerRow + 1, t.lastRow + 1).map((r) => values(r)[1]);
    expect(rules.slice(0, 2)).toEqual(["exit-strategy-missing", "scrutiny-missing"]);
    expect([...rules.slice(2)].sort()).toEqual(["declaration-due-soon", "end-date-approaching", "review-due-soon", "risk-register-review-due-soon"]);
  });

  it("follows the main table with a Due soon section, after one blank row", () => {
    const main = table(spec, "PRA_Findings");
    const at = sectionIndex(spec);
    expect(at).toBe(main.lastRow + 2);
    expect(spec.rows[main.lastRow + 1]).toEqual([]);
    expect(spec.rows[at]![0]).toMatchObject({ style: "section" });
  });

  it("lists only the due-soon findings, soonest first, as a table of its own with the due date first", () => {
    const t = table(spec, "PRA_DueSoon");
    expect(t.headerRow).toBeGreaterThan(sectionIndex(spec));
    expect(values(spec.rows[t.headerRow])).toEqual(["Due by", "Rule", "Clause", "Partnership", "Ref", "Field", "Cell", "Message"]);
    const listed = spec.rows.slice(t.headerRow + 1, t.lastRow + 1).map((r) => values(r).slice(0, 2));
    expect(listed).toEqual([
      ["2026-07-31", "end-date-approaching"],
      ["2026-07-31", "risk-register-review-due-soon"],
      ["2026-08-20", "declaration-due-soon"],
      ["2026-09-15", "review-due-soon"],
    ]);
    expect(spec.rows[t.headerRow + 1]![0]).toEqual({ t: "date", v: "2026-07-31" });
    // The table ends with the last due-soon item: a blank row, then the Accepted exceptions section.
    expect(spec.rows[t.lastRow + 1]).toEqual([]);
  });

  it("names the cell of each due-soon item as text (the main table holds the link), and the row for a declaration", () => {
    const t = table(spec, "PRA_DueSoon");
    const rows = spec.rows.slice(t.headerRow + 1, t.lastRow + 1);
    expect(rows.map((r) => r[6])).toEqual([
      { t: "text", v: "M3" },
      { t: "text", v: "T5" },
      { t: "text", v: "row 4" },
      { t: "text", v: "R2" },
    ]);
    expect(rows.map((r) => values(r)[7])).toEqual([
      "The partnership ends on 31 July 2026",
      "risk register on 31 July 2026",
      "Dev Patel (renewal due by 20 August 2026)",
      "The next annual review falls due on 15 September 2026",
    ]);
  });

  it("says in its summary line how many things fall due soon and on which row the section starts", () => {
    expect(values(spec.rows[2])[0]).toBe(`1 errors, 1 warnings, 4 for information, across 0 partnerships. 4 things fall due soon: see "Due soon" at row ${sectionIndex(spec) + 1}.`);
  });

  it("puts a finding without a due date after the dated ones, in register order", () => {
    const undated = findingsTab(reportOf([finding(9, "review-due-soon"), finding(7, "end-date-approaching"), finding(8, "review-due-soon", { due: "2026-09-01" })]), FROM);
    const t = table(undated, "PRA_DueSoon");
    expect(undated.rows.slice(t.headerRow + 1, t.lastRow + 1).map((r) => values(r)[4])).toEqual(["P-008", "P-007", "P-009"]);
  });

  it("says so when nothing falls due, with no second table, and leaves the summary line as it was", () => {
    const none = findingsTab(reportOf([FINDINGS[0]!]), FROM);
    expect(none.tables!.map((t) => t.name)).toEqual(["PRA_Findings"]);
    expect(values(none.rows[sectionIndex(none) + 1])).toEqual(["Nothing was found falling due within the profile's horizon."]);
    expect(values(none.rows[2])[0]).toBe("1 errors, 0 warnings, 0 for information, across 0 partnerships.");
  });

  it("lists what the check finds falling due on a register", () => {
    const report = runCheck([
      cleanRow(),
      cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership", "End date": "31/08/2026" }),
      cleanRow({ Ref: "P-003", Partnership: "Health and Wellbeing Board", "Date of last review": "15/08/2025" }),
    ]);
    const tab = findingsTab(report, FROM);
    const t = table(tab, "PRA_DueSoon");
    const listed = tab.rows.slice(t.headerRow + 1, t.lastRow + 1);
    expect(listed.map((r) => values(r).slice(1, 5))).toEqual(
      expect.arrayContaining([
        ["end-date-approaching", "2.14", "Safer Borough Partnership", "P-002"],
        ["review-due-soon", "2.6", "Health and Wellbeing Board", "P-003"],
      ]),
    );
    expect(listed).toHaveLength(2);
  });
});
