// The shared cases for a "falls due again within the horizon" rule, at the check date 2026-06-30.
// With the default 90-day horizon, anything due from 30 June to 28 September 2026 is due soon.

import { describe, expect, it } from "vitest";
import type { CellValue, Field } from "../../../src/domain/model.js";
import { loadProfile } from "../../../src/domain/profile/load-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import type { MonthPeriod } from "../../../src/domain/rules/rule.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

export interface DueSoonCase {
  code: string;
  /** The rule that takes over once the date has passed, e.g. "annual-review-overdue". */
  overdue: string;
  header: string;
  column: string;
  field: Field;
  period: MonthPeriod;
  /** How the message opens, e.g. "The next annual review falls due on". */
  opening: string;
  /** Words of the message that tell the officer what to do. */
  todo: string;
}

function profileWith(periods: Record<string, number>): Profile {
  const loaded = loadProfile({ periods });
  if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
  return loaded.profile;
}

export function dueSoonRuleTests(c: DueSoonCase): void {
  describe(c.code, () => {
    it("does not fire on a partnership last done in January of the check year (due next January)", () => {
      expect(findingsOf(runCheck([cleanRow()]), c.code)).toEqual([]);
    });

    it("fires, for information, when it falls due in 46 days, naming the due date, the last date and what to do", () => {
      const report = runCheck([cleanRow({ [c.header]: "15/08/2025" })]);
      expect(rulesFired(report)).toEqual([c.code]);
      const [f] = findingsOf(report, c.code);
      expect(f).toMatchObject({
        rule: c.code,
        severity: "info",
        row: 2,
        column: c.column,
        field: c.field,
        ref: "P-001",
        partnership: "Canal Corridor Partnership",
        clause: "2.6",
      });
      expect(f!.message).toContain(`${c.opening} 15 August 2026, 46 days after the check date`);
      expect(f!.message).toContain("the last was on 15 August 2025 and one is due every 12 months");
      expect(f!.message).toContain("Clause 2.6");
      expect(f!.message).toContain(`${c.todo} before then`);
      expect(f!.message).toContain(`column ${c.column}`);
    });

    it.each<[string, CellValue, string]>([
      ["the check date itself", "30/06/2025", "30 June 2026, the check date itself"],
      ["the next day", "01/07/2025", "1 July 2026, 1 day after the check date"],
      ["the last day of the 90", "28/09/2025", "28 September 2026, 90 days after the check date"],
      ["an Excel date serial", 45884, "15 August 2026"],
      ["a date cell", new Date(Date.UTC(2025, 7, 15)), "15 August 2026"],
    ])("fires when it falls due on %s (last done %j)", (_label, value, due) => {
      const [f, ...rest] = findingsOf(runCheck([cleanRow({ [c.header]: value })]), c.code);
      expect(rest).toEqual([]);
      expect(f!.message).toContain(`falls due on ${due}`);
    });

    it("does not fire when it falls due 91 days after the check date", () => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: "29/09/2025" })]))).toEqual([]);
    });

    it.each<[string, CellValue]>([
      ["one day overdue", "29/06/2025"],
      ["a year overdue", "30/05/2024"],
    ])("leaves a date that is already %s to the overdue rule", (_label, value) => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: value })]))).toEqual([c.overdue]);
    });

    it("uses the profile's dueSoonDays: with 30 days, 46 days ahead is not due soon but 15 days ahead is", () => {
      const profile = profileWith({ dueSoonDays: 30 });
      const report = runCheck(
        [cleanRow({ [c.header]: "15/08/2025" }), cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership", [c.header]: "15/07/2025" })],
        { profile },
      );
      const found = findingsOf(report, c.code);
      expect(found.map((f) => f.row)).toEqual([3]);
      expect(found[0]!.message).toContain("15 July 2026, 15 days after the check date");
    });

    it("uses the profile's dueSoonDays: with 180 days, something due in 168 days is due soon", () => {
      const report = runCheck([cleanRow({ [c.header]: "15/12/2025" })], { profile: profileWith({ dueSoonDays: 180 }) });
      expect(findingsOf(report, c.code)[0]!.message).toContain("15 December 2026, 168 days after the check date");
    });

    it(`counts from the profile's ${c.period}: with 6 months, a date in February falls due in August`, () => {
      const report = runCheck([cleanRow({ [c.header]: "15/02/2026" })], { profile: profileWith({ [c.period]: 6 }) });
      const [f] = findingsOf(report, c.code);
      expect(f!.message).toContain(`${c.opening} 15 August 2026`);
      expect(f!.message).toContain("one is due every 6 months");
    });

    it("leaves an unreadable date to unreadable-value", () => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: "31/13/2025" })]))).toEqual(["unreadable-value"]);
    });

    it("is not applied to a closed partnership", () => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: "15/08/2025", Status: "Closed" })]))).toEqual(["closed-partnership"]);
    });
  });
}
