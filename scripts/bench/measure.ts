// Runs one benchmark job in this (fresh) process and writes its wall time and peak RSS to BENCH_STATS.
// Usage: tsx scripts/bench/measure.ts <cli|floor|engine> <register.xlsx> <out folder>
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";

const [job, input, outDir] = process.argv.slice(2) as [string, string, string];
const stats = process.env.BENCH_STATS!;
const started = performance.now();
let extra: Record<string, number> = {};

process.on("exit", () => {
  fs.writeFileSync(stats, JSON.stringify({ seconds: (performance.now() - started) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, ...extra }));
});

if (job === "cli") {
  process.argv = [process.argv[0]!, "partnership-check", input, "--today", "2026-11-30", "--force", "--out", path.join(outDir, "checked.xlsx"), "--json", path.join(outDir, "report.json")];
  const devnull = fs.openSync("/dev/null", "w");
  process.stdout.write = ((chunk: unknown, ...rest: unknown[]) => { fs.writeSync(devnull, String(chunk)); const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined; cb?.(); return true; }) as typeof process.stdout.write;
  await import("../../src/cli/main.js");
} else if (job === "floor") {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  await wb.xlsx.writeFile(path.join(outDir, "roundtrip.xlsx"));
} else if (job === "engine") {
  const { readGridsForCheck } = await import("./read-for-bench.js");
  const { check } = await import("../../src/domain/check.js");
  const { defaultProfile } = await import("../../src/domain/profile/default-profile.js");
  const { reportTabs } = await import("../../src/domain/tabs/report-tabs.js");
  const grids = await readGridsForCheck(input);
  const t0 = performance.now();
  const profile = defaultProfile();
  const report = check(grids, profile, "2026-11-30");
  const checkSeconds = (performance.now() - t0) / 1000;
  reportTabs(report, profile, { file: "bench.xlsx", sheet: report.register?.sheet ?? null, profile: profile.name, today: "2026-11-30" });
  extra = { engineSeconds: (performance.now() - t0) / 1000, checkSeconds, findings: report.findings.length };
}
