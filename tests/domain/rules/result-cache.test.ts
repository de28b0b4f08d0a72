import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import type { Grid, Partnership, Report } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { RULES } from "../../../src/domain/rules/index.js";
import type { RowRule, RuleContext } from "../../../src/domain/rules/rule.js";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";

const root = path.resolve(__dirname, "../../..");
const TODAY = "2026-11-30";
const cached = RULES.filter((r): r is RowRule & { dependsOnlyOn: readonly string[] } => r.kind === "row" && !!r.dependsOnlyOn);

let grids: Grid[];
let report: Report;
beforeAll(async () => {
  grids = readGrids(await openWorkbook(path.join(root, "examples/partnership-register.xlsx")));
  report = check(grids, defaultProfile(), TODAY);
});

function contextOf(r: Report): RuleContext {
  const columns = new Map(r.register!.columns.filter((c) => c.field).map((c) => [c.field!, c.column]));
  return { today: TODAY, periods: defaultProfile().periods, interests: r.interests, columnOf: (f) => columns.get(f) ?? null };
}

describe("rules checked once per combination of values (dependsOnlyOn)", () => {
  it("covers the conflict rules, which are the costly ones, and the rules that read one field", () => {
    expect(cached.map((r) => r.code)).toEqual(
      expect.arrayContaining(["declaration-due-soon", "declaration-not-found", "declared-interest-in-partner", "fiduciary-role", "stale-declaration", "annual-review-overdue", "review-due-soon", "exit-strategy-missing"]),
    );
  });

  it("gives exactly the findings the rules give when asked row by row", () => {
    const saved = cached.map((r) => r.dependsOnlyOn);
    try {
      for (const r of cached) (r as { dependsOnlyOn?: unknown }).dependsOnlyOn = undefined;
      const uncached = check(grids, defaultProfile(), TODAY);
      expect(report.findings).toEqual(uncached.findings);
    } finally {
      cached.forEach((r, i) => ((r as { dependsOnlyOn?: unknown }).dependsOnlyOn = saved[i]));
    }
    expect(report.findings.some((f) => cached.some((r) => r.code === f.rule))).toBe(true);
  });

  it("says the same of any row given the same values in those fields, whatever else the row holds", () => {
    const ps = report.partnerships;
    const ctx = contextOf(report);
    fc.assert(
      fc.property(fc.constantFrom(...cached), fc.nat(ps.length - 1), fc.nat(ps.length - 1), (rule, a, b) => {
        const from = ps[a]!;
        const into = ps[b]!;
        // Row `into` with `from`'s values in the fields the rule depends on, and nothing else of `from`.
        const values = { ...into.values };
        for (const f of rule.dependsOnlyOn as (keyof Partnership["values"])[]) values[f] = from.values[f];
        const mixed: Partnership = { ...into, values };
        expect(rule.check(mixed, ctx)).toEqual(rule.check(from, ctx));
      }),
      { numRuns: 1_000 },
    );
  });
});
