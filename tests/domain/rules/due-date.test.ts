import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { daysAfterCheck, daysUntilDueSoon, DUE_SOON_RULES } from "../../../src/domain/rules/due-date.js";
import { ruleByCode } from "../../../src/domain/rules/index.js";
import { hits, type RowRule, type RuleContext } from "../../../src/domain/rules/rule.js";
import { cleanRow, CLEAN_ROW_DECLARATIONS, FULL_HEADERS, interestsGrid, registerGrid, TODAY } from "../../helpers/grid.js";

const periods = { ...defaultProfile().periods };

describe("daysUntilDueSoon", () => {
  it.each([
    ["2026-06-30", 0],
    ["2026-07-01", 1],
    ["2026-09-28", 90],
  ])("counts %s as due soon, %i days after a check on 30 June 2026", (due, days) => {
    expect(daysUntilDueSoon(due, { today: TODAY, periods })).toBe(days);
  });

  it.each(["2026-06-29", "2026-09-29", "2027-06-30"])("does not count %s (overdue, or beyond the 90 days)", (due) => {
    expect(daysUntilDueSoon(due, { today: TODAY, periods })).toBeNull();
  });

  it("says how far off in words", () => {
    expect([0, 1, 46].map(daysAfterCheck)).toEqual(["the check date itself", "1 day after the check date", "46 days after the check date"]);
  });
});

describe("the due date each due-soon rule hands over for sorting", () => {
  const row: Record<string, CellValue> = cleanRow({ "Date of last review": "15/08/2025", "Risk register last reviewed": "10/07/2025", "End date": "31/08/2026" });
  const declarations: [string, string, string, CellValue][] = [
    ["Cllr Dev Patel", "Rotary Club of Borough", "Member", "20/09/2025"],
    ["Anna Bell", "Borough Allotment Society", "Treasurer", "05/08/2025"],
    ...CLEAN_ROW_DECLARATIONS.slice(2),
  ];
  const report = check([registerGrid(FULL_HEADERS, [row]), interestsGrid(declarations)], defaultProfile(), TODAY);
  const columns = new Map(report.register!.columns.filter((c) => c.field).map((c) => [c.field!, c.column]));
  const ctx: RuleContext = { today: TODAY, periods, interests: report.interests, columnOf: (f) => columns.get(f) ?? null };

  it.each([
    ["review-due-soon", "2026-08-15"],
    ["risk-register-review-due-soon", "2026-07-10"],
    ["end-date-approaching", "2026-08-31"],
    ["declaration-due-soon", "2026-08-05"],
  ])("%s: due %s (for declarations, the earliest renewal on the row)", (code, due) => {
    const rule = ruleByCode(code) as RowRule;
    expect(hits(rule.check(report.partnerships[0]!, ctx)).map((h) => h.due)).toEqual([due]);
  });

  it("lists exactly the four due-soon rules, each an info rule", () => {
    expect(DUE_SOON_RULES.map((code) => ruleByCode(code)?.severity)).toEqual(["info", "info", "info", "info"]);
  });
});
