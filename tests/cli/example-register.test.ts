import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { EXAMPLE, linksOf, PLANTED, readWorkbook, runCli, STACK_TRACE, tempDir, type CliResult } from "./run-cli.js";

interface Planted {
  checkDate: string;
  registerSheet: string;
  headerRow: number;
  partnerships: number;
  clean: { ref: string; row: number }[];
  planted: { ref: string; row: number; rule: string; field: string | null }[];
}

const manifest = JSON.parse(fs.readFileSync(PLANTED, "utf8")) as Planted;
const hash = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("the CLI on the bundled example register", () => {
  const dir = tempDir();
  const out = path.join(dir, "checked.xlsx");
  const json = path.join(dir, "report.json");
  let before: string;
  let run: CliResult;
  let report: JsonReport;

  beforeAll(() => {
    before = hash(EXAMPLE);
    run = runCli([EXAMPLE, "--today", manifest.checkDate, "--out", out, "--json", json]);
    report = JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
  });

  it("exits 1 because the register has error findings, with no stack trace", () => {
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(STACK_TRACE);
  });

  it("leaves the input byte-for-byte unchanged", () => {
    expect(hash(EXAMPLE)).toBe(before);
  });

  it("finds the register sheet after the cover sheet, and its header below the title rows", () => {
    expect(report.register.sheet).toBe(manifest.registerSheet);
    expect(report.register.headerRow).toBe(manifest.headerRow);
    expect(report.partnerships).toBe(manifest.partnerships);
    expect(report.interests?.sheet).toBe("Register of interests");
  });

  it("finds every planted gap", () => {
    const got = new Set(report.findings.map((f) => `${f.row} ${f.rule} ${f.field}`));
    const missing = manifest.planted.filter((p) => !got.has(`${p.row} ${p.rule} ${p.field}`));
    expect(missing).toEqual([]);
  });

  it("raises nothing that was not planted, and nothing at all on the rows built clean", () => {
    const planted = new Set(manifest.planted.map((p) => `${p.row} ${p.rule} ${p.field}`));
    const extra = report.findings.filter((f) => !planted.has(`${f.row} ${f.rule} ${f.field}`));
    expect(extra).toEqual([]);
    const clean = new Set(manifest.clean.map((c) => c.row));
    expect(report.findings.filter((f) => f.row !== null && clean.has(f.row))).toEqual([]);
  });

  it("plants and finds every row rule of the protocol", () => {
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const code of [
      "duplicate-partnership", "unreadable-value", "out-of-scope", "closed-partnership", "fiduciary-role", "declared-interest-in-partner", "stale-declaration",
      "review-due-soon", "risk-register-review-due-soon", "end-date-approaching", "declaration-due-soon",
    ]) {
      expect(rules).toContain(code);
    }
  });

  it("prints a short summary with the counts and where it wrote its outputs", () => {
    const s = report.summary.bySeverity;
    expect(run.stdout).toContain(`Found ${s.error} errors, ${s.warning} warnings and ${s.info} for information.`);
    expect(run.stdout).toContain("Most to put right:");
    expect(run.stdout).toContain(out);
    expect(run.stdout).toContain(json);
  });

  it("writes a Findings tab, worst first, each finding linking back to its cell", async () => {
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name).slice(0, 4)).toEqual(["About", manifest.registerSheet, "Register of interests", "Findings"]);
    const ws = wb.getWorksheet("Findings")!;
    const header = ws.getRow(5).values as unknown[];
    expect(header.slice(1)).toEqual(["Severity", "Rule", "Clause", "Partnership", "Ref", "Field", "Cell", "Message"]);
    const rows = report.findings.length;
    expect(ws.getCell(5 + rows, 2).value).not.toBeNull();
    expect(ws.getCell(6 + rows, 2).value).toBeNull();
    const severities = Array.from({ length: rows }, (_, i) => ws.getCell(6 + i, 1).value);
    expect(severities.indexOf("Warning")).toBeGreaterThan(severities.lastIndexOf("Error"));
    expect(severities.indexOf("Info")).toBeGreaterThan(severities.lastIndexOf("Warning"));
    const first = report.findings.find((f) => f.rule === "exit-strategy-missing")!;
    const linkRow = Array.from({ length: rows }, (_, i) => ws.getRow(6 + i)).find(
      (r) => r.getCell(2).value === first.rule && r.getCell(5).value === first.ref,
    )!;
    expect(linkRow.getCell(7).value).toBe(`${first.column}${first.row}`);
    const links = await linksOf(out, "Findings");
    expect(links.get(`G${linkRow.number}`)).toBe(`'${manifest.registerSheet}'!${first.column}${first.row}`);
    expect(links.size).toBe(report.findings.filter((f) => f.row !== null && f.column !== null).length);
  });

  it("copies the register sheet unchanged into the output", async () => {
    const [input, output] = await Promise.all([readWorkbook(EXAMPLE), readWorkbook(out)]);
    const a = input.getWorksheet(manifest.registerSheet)!;
    const b = output.getWorksheet(manifest.registerSheet)!;
    expect(b.rowCount).toBe(a.rowCount);
    for (let r = 1; r <= a.rowCount; r++) expect(b.getRow(r).values).toEqual(a.getRow(r).values);
  });
});
