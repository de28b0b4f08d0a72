// The long lists of the Findings, Risks, Scorecards and Check history tabs are made while the package writer
// writes them (TabSpec.more), so a huge register's tabs are never held whole. The workbook must not change.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { eachReportTab, fitExcelRows } from "../../../src/domain/tabs/report-tabs.js";
import { materialize } from "../../../src/domain/tabs/tab-rows.js";
import type { TabCell, TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { writePackage } from "../../../src/xlsx/package/write-package.js";
import { EXAMPLE } from "../../cli/run-cli.js";
import { partsOf, specsFor, tempDir } from "./package-helpers.js";

describe("tabs whose long lists are made while they are written", () => {
  it("give the same workbook, part for part, as the same tabs held whole", async () => {
    const { report, specs } = await specsFor(EXAMPLE);
    const from = { file: path.basename(EXAMPLE), sheet: report.register!.sheet, profile: report.profile, today: report.today };
    const streamed = [...eachReportTab(report, defaultProfile(), from, { streamed: true })];
    expect(streamed.filter((s) => s.more).map((s) => s.key)).toEqual(["findings", "risks", "scorecards", "history"]);
    const dir = tempDir();
    const whole = path.join(dir, "whole.xlsx");
    const made = path.join(dir, "streamed.xlsx");
    expect(await writePackage(EXAMPLE, specs, whole)).toEqual(await writePackage(EXAMPLE, streamed, made));
    const a = await partsOf(whole);
    const b = await partsOf(made);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, text] of a) expect(b.get(name), name).toBe(text);
  });

  it("are cut at Excel's last row like any other rows, and the title says how many more the JSON report has", () => {
    const cell = (v: string): TabCell => ({ t: "text", v });
    const spec: TabSpec = {
      key: "findings",
      name: "Findings",
      widths: [10],
      rows: [[cell("Findings")], [cell("marker")]],
      more: { count: 20, *rows() { for (let i = 0; i < 20; i++) yield [cell(`row ${i}`)]; } },
      tables: [{ name: "T", headerRow: 1, lastRow: 21, columns: 1 }],
    };
    const fitted = materialize(fitExcelRows(spec, 10));
    expect(fitted.rows).toHaveLength(10);
    expect(fitted.rows[0]![0]).toMatchObject({ v: "Findings: the first 9 rows; 12 more are in the JSON report" });
    expect(fitted.rows[9]![0]).toMatchObject({ v: "row 7" });
    expect(fitted.tables![0]!.lastRow).toBe(9);
  });
});
