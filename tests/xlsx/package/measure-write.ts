// Measures one way of writing the output workbook in this (fresh) process and prints one JSON line.
// Usage: node --import tsx tests/xlsx/package/measure-write.ts <mode> <register.xlsx> <out.xlsx> <rows>
//   package           the package writer; the register's grid is generated (as the adapter would read it), not read
//   exceljs-write     the exceljs writer of src/xlsx/write-output.ts after exceljs has read the register
//   exceljs-roundtrip exceljs readFile + writeFile of the register alone (the floor the CLI is compared with)
import path from "node:path";
import { performance } from "node:perf_hooks";
import { check } from "../../../src/domain/check.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { reportTabs } from "../../../src/domain/tabs/report-tabs.js";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import type { Grid } from "../../../src/domain/model.js";
import { largeRegisterGrid } from "./large-register.js";

const [mode, input, out, rowsArg] = process.argv.slice(2) as [string, string, string, string];
const MB = 1024 * 1024;

/** Peak RSS while `work` runs, sampled every 20 ms (and at the start and end). */
async function peakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; ms: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  const t0 = performance.now();
  try {
    const result = await work();
    return { result, peakMb: Math.round(Math.max(peak, process.memoryUsage.rss()) / MB), ms: Math.round(performance.now() - t0) };
  } finally {
    clearInterval(timer);
  }
}

function specsOf(grids: Grid[]): TabSpec[] {
  const profile = defaultProfile();
  const report = check(grids, profile, "2026-11-30");
  return reportTabs(report, profile, { file: path.basename(input), sheet: report.register?.sheet ?? null, profile: report.profile, today: report.today });
}

const stats: Record<string, unknown> = { mode };
if (mode === "package") {
  const { writePackage } = await import("../../../src/xlsx/package/write-package.js");
  const specs = specsOf([largeRegisterGrid(Number(rowsArg))]);
  stats.tabRows = specs.map((s) => s.rows.length);
  stats.rssBeforeWriteMb = Math.round(process.memoryUsage.rss() / MB);
  const w = await peakRss(() => writePackage(input, specs, out));
  Object.assign(stats, { writeMs: w.ms, peakRssDuringWriteMb: w.peakMb });
} else if (mode === "exceljs-write") {
  const { openWorkbook } = await import("../../../src/xlsx/open-workbook.js");
  const { readGrids } = await import("../../../src/xlsx/read-grids.js");
  const { isOurTab } = await import("../../../src/xlsx/our-tabs.js");
  const { writeOutput } = await import("../../../src/xlsx/write-output.js");
  const t0 = performance.now();
  const wb = await openWorkbook(input);
  stats.readMs = Math.round(performance.now() - t0);
  const specs = specsOf(readGrids(wb, isOurTab));
  stats.rssBeforeWriteMb = Math.round(process.memoryUsage.rss() / MB);
  const w = await peakRss(() => writeOutput(wb, specs, out));
  Object.assign(stats, { writeMs: w.ms, peakRssDuringWriteMb: w.peakMb });
} else if (mode === "exceljs-roundtrip") {
  const ExcelJS = (await import("exceljs")).default;
  const w = await peakRss(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(out);
  });
  Object.assign(stats, { roundtripMs: w.ms, peakRssMb: w.peakMb });
} else {
  throw new Error(`unknown mode ${mode}`);
}
stats.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(stats)}\n`);
