import { describe, expect, it } from "vitest";
import { fitExcelRows } from "../../../src/domain/tabs/report-tabs.js";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";

function longTab(dataRows: number): TabSpec {
  return {
    key: "findings",
    name: "Findings",
    widths: [10],
    rows: [[{ t: "text", v: "Findings", style: "title" }], [{ t: "text", v: "marker" }], [{ t: "text", v: "Rule", style: "heading" }], ...Array.from({ length: dataRows }, (_, i) => [{ t: "number", v: i } as const])],
    tables: [{ name: "PRA_Findings", headerRow: 2, lastRow: 2 + dataRows, columns: 1 }],
  };
}

describe("a tab longer than Excel's sheet", () => {
  it("keeps the first rows that fit, ends its table there, and says in the title how many more the JSON report has", () => {
    const fitted = fitExcelRows(longTab(20), 10);
    expect(fitted.rows).toHaveLength(10);
    expect(fitted.tables![0]!.lastRow).toBe(9);
    expect(fitted.rows[0]![0]).toMatchObject({ t: "text", v: "Findings: the first 9 rows; 13 more are in the JSON report" });
  });

  it("leaves a tab that fits as it is", () => {
    const tab = longTab(5);
    expect(fitExcelRows(tab, 10)).toBe(tab);
  });
});
