import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { heatMap, riskTable, type Risk } from "../../../src/domain/derive/risks.js";
import { deriveScorecards, scorecardTable } from "../../../src/domain/derive/scorecards.js";
import type { Report } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";

const root = path.resolve(__dirname, "../../..");
const profile = defaultProfile();
let report: Report;
beforeAll(async () => {
  report = check(readGrids(await openWorkbook(path.join(root, "examples/partnership-register.xlsx"))), profile, "2026-11-30");
});

describe("riskTable: the risks kept compact for large registers", () => {
  it("lists the risks highest score first, then by row and group, the same on every reading", () => {
    const table = riskTable(report, profile.risk);
    const risks = [...table];
    expect(risks.length).toBe(table.length);
    expect(risks.length).toBeGreaterThan(10);
    for (let i = 1; i < risks.length; i++) {
      const [a, b] = [risks[i - 1]!, risks[i]!];
      expect(a.score > b.score || (a.score === b.score && (a.row < b.row || (a.row === b.row && a.group < b.group)))).toBe(true);
    }
    expect([...table]).toEqual(risks);
    expect(table.top(5)).toEqual(risks.slice(0, 5));
    expect(table.heatMap()).toEqual(heatMap(risks));
  });

  it("orders by row even when the report lists partnerships out of row order", () => {
    const reversed: Report = { ...report, partnerships: [...report.partnerships].reverse() };
    const key = (r: Risk) => `${r.score}|${r.row}|${r.group}`;
    expect([...riskTable(reversed, profile.risk)].map(key)).toEqual([...riskTable(report, profile.risk)].map(key));
  });
});

describe("scorecardTable: the scorecards made again on each reading", () => {
  it("sums up the same cards that deriveScorecards lists", () => {
    const cards = deriveScorecards(report, profile.scoring);
    const table = scorecardTable(report, profile.scoring);
    expect([...table]).toEqual(cards);
    const { summary } = table;
    expect(summary.count).toBe(cards.length);
    expect(summary.rag).toEqual({
      green: cards.filter((c) => c.rag === "green").length,
      amber: cards.filter((c) => c.rag === "amber").length,
      red: cards.filter((c) => c.rag === "red").length,
    });
    expect(summary.red.map((r) => r.row).sort((a, b) => a - b)).toEqual(cards.filter((c) => c.rag === "red").map((c) => c.row));
    expect(summary.red.map((r) => r.overall)).toEqual([...summary.red.map((r) => r.overall)].sort((a, b) => a - b));
  });
});
