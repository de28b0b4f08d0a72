// The shared cases for a "last done more than N months ago" rule, at the check date 2026-06-30.

import { describe, expect, it } from "vitest";
import type { CellValue, Field, Severity } from "../../../src/domain/model.js";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import type { MonthPeriod } from "../../../src/domain/rules/rule.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

export interface OverdueCase {
  code: string;
  /** The rule that looks ahead of this one, e.g. "review-due-soon". */
  dueSoon: string;
  header: string;
  column: string;
  field: Field;
  severity: Severity;
  period: MonthPeriod;
  /** How the message opens, e.g. "The last annual review was on". */
  opening: string;
  /** Words of the message that tell the officer what to do. */
  todo: string;
}

export function overdueRuleTests(c: OverdueCase): void {
  describe(c.code, () => {
    it("does not fire on a partnership reviewed in January of the check year", () => {
      expect(findingsOf(runCheck([cleanRow()]), c.code)).toEqual([]);
    });

    it("fires on a date 13 months before the check date, naming the date, when it fell due and what to do", () => {
      const report = runCheck([cleanRow({ [c.header]: "30/05/2025" })]);
      expect(rulesFired(report)).toEqual([c.code]);
      const [f] = findingsOf(report, c.code);
      expect(f).toMatchObject({
        rule: c.code,
        severity: c.severity,
        row: 2,
        column: c.column,
        field: c.field,
        ref: "P-001",
        partnership: "Canal Corridor Partnership",
      });
      expect(f!.message).toContain(`${c.opening} 30 May 2025, more than 12 months before the check date`);
      expect(f!.message).toContain("due by 30 May 2026");
      expect(f!.message).toContain("Clause 2.6");
      expect(f!.message).toContain(c.todo);
      expect(f!.message).toContain(`column ${c.column}`);
    });

    it.each<[string, CellValue]>([
      ["a UK date one day past the 12 months", "29/06/2025"],
      ["an ISO date", "2025-05-30"],
      ["a date written out", "30 May 2025"],
      ["an Excel date serial", 45807],
      ["a date cell", new Date(Date.UTC(2025, 4, 30))],
      ["two years ago", "30/06/2024"],
    ])("fires on %s (%j)", (_label, value) => {
      expect(findingsOf(runCheck([cleanRow({ [c.header]: value })]), c.code)).toHaveLength(1);
    });

    it.each<[string, CellValue, string[]]>([
      ["exactly 12 months before (due on the check date: only due soon)", "30/06/2025", [c.dueSoon]],
      ["11 months before (due in 30 days: only due soon)", "30/07/2025", [c.dueSoon]],
      ["the check date itself", "30/06/2026", []],
    ])("does not fire on a date %s (%j)", (_label, value, fired) => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: value })]))).toEqual(fired);
    });

    it(`uses the profile's ${c.period}: with 6 months, a 7-month-old date fires and a 5-month-old one does not`, () => {
      const loaded = loadProfile({ periods: { [c.period]: 6 } });
      if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
      const report = runCheck(
        [cleanRow({ [c.header]: "30/11/2025" }), cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership", [c.header]: "30/01/2026" })],
        { profile: loaded.profile },
      );
      const found = findingsOf(report, c.code);
      expect(found.map((f) => f.row)).toEqual([2]);
      expect(found[0]!.message).toContain("more than 6 months before the check date (due by 30 May 2026)");
    });

    it("leaves an unreadable date to unreadable-value", () => {
      const report = runCheck([cleanRow({ [c.header]: "31/13/2024" })]);
      expect(rulesFired(report)).toEqual(["unreadable-value"]);
    });

    it("is not applied to a closed partnership", () => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: "30/05/2024", Status: "Closed" })]))).toEqual(["closed-partnership"]);
    });
  });
}
