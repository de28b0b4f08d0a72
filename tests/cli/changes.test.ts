// What changed since the last check, through the CLI: the workbook's own Check history, and --since.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { EXAMPLE, readWorkbook, runCli, tempDir } from "./run-cli.js";

const SHEET = "Partnerships 2026-27";

function columnText(ws: ExcelJS.Worksheet, col: number): string[] {
  return Array.from({ length: ws.rowCount }, (_, i) => String(ws.getCell(i + 1, col).value ?? ""));
}

describe("changes since the last check", () => {
  const dir = tempDir();
  const first = path.join(dir, "first.xlsx");
  const firstJson = path.join(dir, "first.json");
  const edited = path.join(dir, "edited.xlsx");
  const second = path.join(dir, "second.xlsx");
  const secondJson = path.join(dir, "second.json");
  let before: JsonReport;
  let after: JsonReport;
  let fixed: { rule: string; ref: string };
  let broken: { rule: string; ref: string };
  let secondRun: ReturnType<typeof runCli>;

  beforeAll(async () => {
    runCli([EXAMPLE, "--today", "2026-11-30", "--out", first, "--json", firstJson]);
    before = JSON.parse(fs.readFileSync(firstJson, "utf8")) as JsonReport;
    // The officer fixes one gap (a governance document now in place) and another row loses its document.
    const gap = before.findings.find((f) => f.rule === "governance-document-missing" && f.ref)!;
    const clean = before.findings.filter((f) => f.row !== null).map((f) => f.row);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    const ws = wb.getWorksheet(SHEET)!;
    ws.getCell(`${gap.column}${gap.row}`).value = "Yes - signed terms of reference";
    let row = 0;
    for (let r = 5; r < 60 && row === 0; r++) if (ws.getCell(`A${r}`).value && !clean.includes(r) && String(ws.getCell(`A${r}`).value).startsWith("P-")) row = r;
    broken = { rule: "governance-document-missing", ref: String(ws.getCell(`A${row}`).value) };
    ws.getCell(`${gap.column}${row}`).value = "No";
    fixed = { rule: gap.rule, ref: gap.ref! };
    await wb.xlsx.writeFile(edited);
    secondRun = runCli([edited, "--today", "2026-12-31", "--out", second, "--json", secondJson]);
    after = JSON.parse(fs.readFileSync(secondJson, "utf8")) as JsonReport;
  });

  it("has nothing to compare with on the first check", () => {
    expect(before.changes).toBeNull();
  });

  it("lists the finding resolved and the finding that is new, by fingerprint with rule and partnership", () => {
    expect(after.changes!.since).toBe("2026-11-30");
    expect(after.changes!.resolved).toContainEqual(expect.objectContaining({ rule: fixed.rule, ref: fixed.ref, fingerprint: expect.stringContaining(fixed.rule) }));
    expect(after.changes!.new).toContainEqual(expect.objectContaining({ rule: broken.rule, ref: broken.ref }));
    expect(after.changes!.resolved.some((k) => k.ref === broken.ref && k.rule === broken.rule)).toBe(false);
  });

  it("counts the rest as unchanged", () => {
    const open = (r: JsonReport) => new Set(r.findings.filter((f) => f.status !== "accepted").map((f) => `${f.rule}|${f.ref ?? f.partnership}|${f.field}`)).size;
    expect(after.changes!.unchanged + after.changes!.new.length).toBe(open(after));
    expect(after.changes!.unchanged + after.changes!.resolved.length).toBe(open(before));
  });

  it("says so in plain English on the terminal", () => {
    expect(secondRun.stdout).toMatch(new RegExp(`${after.changes!.new.length} new, ${after.changes!.resolved.length} resolved since 30 November 2026, ${after.changes!.unchanged} still open\\.`));
  });

  it("records both checks on the Check history tab, and this check's open findings", async () => {
    const wb = await readWorkbook(second);
    const ws = wb.getWorksheet("Check history")!;
    const dates = Array.from({ length: ws.rowCount }, (_, i) => ws.getCell(i + 1, 1).value).filter((v) => v instanceof Date);
    expect(dates.map((d) => (d as Date).toISOString().slice(0, 10))).toEqual(["2026-11-30", "2026-12-31"]);
    const fingerprints = columnText(ws, 1).filter((v) => v.includes("|"));
    expect(fingerprints.some((f) => f.startsWith(`${broken.rule}|ref=${broken.ref.toLowerCase()}`))).toBe(true);
    expect(fingerprints.some((f) => f.startsWith(`${fixed.rule}|ref=${fixed.ref.toLowerCase()}`))).toBe(false);
  });

  it("shows new, resolved and still open on the Committee summary, with the ratings at each check", async () => {
    const wb = await readWorkbook(second);
    const ws = wb.getWorksheet("Committee summary")!;
    const labels = columnText(ws, 2);
    const at = (label: string) => labels.indexOf(label) + 1;
    expect(columnText(ws, 1)).toContain("Since the last check (30 November 2026)");
    expect(ws.getCell(at("New findings"), 1).value).toBe(after.changes!.new.length);
    expect(ws.getCell(at("Resolved"), 1).value).toBe(after.changes!.resolved.length);
    expect(ws.getCell(at("Still open"), 1).value).toBe(after.changes!.unchanged);
    const chartHeader = labels.indexOf("Red") + 1;
    expect(chartHeader).toBeGreaterThan(0);
    expect(ws.getCell(chartHeader + 2, 2).value).toMatch(/^(▮+ )?\d+$/);
  });

  it("compares with an earlier JSON report given with --since instead", () => {
    const json = path.join(dir, "since.json");
    const run = runCli([edited, "--today", "2026-12-31", "--since", firstJson, "--json", json]);
    expect(run.stderr).toBe("");
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
    expect(report.changes).toEqual(after.changes);
  });

  it("stops with a plain message when --since is not a report", () => {
    const bad = path.join(dir, "not-a-report.json");
    fs.writeFileSync(bad, '{"hello": 1}');
    const run = runCli([EXAMPLE, "--since", bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Cannot check: .*not a JSON report of this tool.*--since takes the file an earlier check wrote with --json\./);
    const missing = runCli([EXAMPLE, "--since", path.join(dir, "nowhere.json")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/There is no earlier report at .*Check the --since path/);
  });
});
