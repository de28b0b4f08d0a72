import { describe, expect, it } from "vitest";
import type { Report } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { findingsTab } from "../../../src/domain/tabs/findings-tab.js";
import type { Provenance } from "../../../src/domain/tabs/provenance.js";
import { reportTabs } from "../../../src/domain/tabs/report-tabs.js";
import type { TabCell, TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { cleanRow, runCheck } from "../../helpers/grid.js";
import { exceptionsGrid, ROWS } from "../exceptions/exceptions-grid.js";

const FROM: Provenance = { file: "register.xlsx", sheet: "Register", profile: "default", today: "2026-06-30" };

const values = (cells: TabCell[] | undefined): unknown[] => (cells ?? []).map((c) => (c === null ? null : c.v));
const rowsOf = (spec: TabSpec, table: string) => {
  const t = spec.tables!.find((x) => x.name === table)!;
  return spec.rows.slice(t.headerRow, t.lastRow + 1).map(values);
};
const sectionAt = (spec: TabSpec, title: string) => spec.rows.findIndex((r) => r[0]?.t === "text" && r[0].v === title && r[0].style === "section");

/** P-001's missing exit strategy is accepted; P-002's review, due in August, too; a third exception has expired. */
function checked(): Report {
  return runCheck([...ROWS, cleanRow({ Ref: "P-004", Partnership: "Town Centre Forum", "Date of last review": "15/08/2025" })], {
    extraGrids: [
      exceptionsGrid([
        ["exit-strategy-missing", "P-001", null, "Exit strategy not needed: one-year pilot", "J Smith", "31/03/2027"],
        ["review-due-soon", "P-004", null, "Review folded into the merger", "A Khan", null],
        ["risk-register-missing", "P-003", null, "Held by the County", "A Khan", "31/05/2026"],
      ]),
    ],
  });
}

describe("the Findings tab with accepted exceptions", () => {
  const spec = findingsTab(checked(), FROM);

  it("leaves accepted findings out of the main table and out of Due soon", () => {
    const main = rowsOf(spec, "PRA_Findings").slice(1);
    expect(main.map((r) => r[1])).toEqual(["sponsoring-officer-missing", "risk-register-missing", "exception-expired"]);
    expect(spec.tables!.map((t) => t.name)).not.toContain("PRA_DueSoon");
  });

  it("lists them in an Accepted exceptions section after Due soon: the finding, then reason, accepted by and until", () => {
    const at = sectionAt(spec, "Accepted exceptions");
    expect(at).toBeGreaterThan(sectionAt(spec, "Due soon"));
    const [header, ...rows] = rowsOf(spec, "PRA_Accepted");
    expect(header).toEqual(["Severity", "Rule", "Clause", "Partnership", "Ref", "Field", "Cell", "Message", "Reason", "Accepted by", "Until"]);
    expect(rows.map((r) => [r[0], r[1], r[3], r[4], r[8], r[9], r[10]])).toEqual([
      ["Error", "exit-strategy-missing", "Canal Corridor Partnership", "P-001", "Exit strategy not needed: one-year pilot", "J Smith", "2027-03-31"],
      ["Info", "review-due-soon", "Town Centre Forum", "P-004", "Review folded into the merger", "A Khan", "No end date"],
    ]);
    expect(rows[0]![7]).toMatch(/^No exit strategy is recorded/);
    const t = spec.tables!.find((x) => x.name === "PRA_Accepted")!;
    expect(spec.rows[t.headerRow + 1]![10]).toEqual({ t: "date", v: "2027-03-31" });
    expect(spec.rows[t.headerRow + 1]![6]).toMatchObject({ t: "link", sheet: "Register", cell: "U2" });
  });

  it("counts only open findings in its summary line, and says how many are accepted and where", () => {
    expect(values(spec.rows[2])[0]).toBe(
      `2 errors, 1 warnings, 0 for information, across 4 partnerships. 2 accepted (not counted): see "Accepted exceptions" at row ${sectionAt(spec, "Accepted exceptions") + 1}.`,
    );
  });

  it("links the exceptions sheet's own findings to their cell on that sheet", () => {
    const t = spec.tables!.find((x) => x.name === "PRA_Findings")!;
    const expired = spec.rows.slice(t.headerRow + 1, t.lastRow + 1).find((r) => values(r)[1] === "exception-expired")!;
    expect(expired[6]).toMatchObject({ t: "link", sheet: "Accepted exceptions", cell: "F4" });
  });

  it("says how to accept a finding when none is accepted", () => {
    const none = findingsTab(runCheck(ROWS), FROM);
    expect(none.tables!.map((t) => t.name)).not.toContain("PRA_Accepted");
    expect(values(none.rows[sectionAt(none, "Accepted exceptions") + 1])[0]).toMatch(/^No finding is accepted\. To accept one, add a row to the workbook's "Accepted exceptions" sheet/);
    expect(values(none.rows[2])[0]).toBe("3 errors, 0 warnings, 0 for information, across 3 partnerships.");
  });
});

describe("the Committee summary with accepted exceptions", () => {
  const glanceRow = (spec: TabSpec) => spec.rows.find((r) => r[1]?.t === "text" && r[1].v === "Accepted exceptions");

  it("counts the accepted findings at a glance, and the expired exceptions", () => {
    const committee = reportTabs(checked(), defaultProfile(), FROM).find((t) => t.key === "committee")!;
    const row = glanceRow(committee)!;
    expect(values(row)[0]).toBe(2);
    expect(values(row)[2]).toBe("Findings an officer has accepted until a date (not counted above; listed on the Findings tab); 1 exception has expired");
    const errors = committee.rows.find((r) => r[1]?.t === "text" && r[1].v === "Errors")!;
    expect(values(errors)[0]).toBe(2);
  });

  it("leaves an accepted overdue review out of the overdue reviews", () => {
    const late = cleanRow({ Ref: "P-005", Partnership: "Youth Forum", "Date of last review": "15/01/2025" });
    const sectionText = (report: Report) => {
      const committee = reportTabs(report, defaultProfile(), FROM).find((t) => t.key === "committee")!;
      const at = sectionAt(committee, "Overdue annual reviews");
      return values(committee.rows[at + 1])[0];
    };
    expect(sectionText(runCheck([late]))).toBe("Ref");
    const accepted = runCheck([late], { extraGrids: [exceptionsGrid([["annual-review-overdue", "P-005", null, "Winding up in July", "J Smith", "31/07/2026"]])] });
    expect(sectionText(accepted)).toBe("None: every review is within its period.");
  });

  it("shows 0 accepted, and no expiry note, for a workbook without exceptions", () => {
    const committee = reportTabs(runCheck(ROWS), defaultProfile(), FROM).find((t) => t.key === "committee")!;
    expect(values(glanceRow(committee)).slice(0, 3)).toEqual([0, "Accepted exceptions", "Findings an officer has accepted until a date (not counted above; listed on the Findings tab)"]);
  });
});
