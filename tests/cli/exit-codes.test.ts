import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { readWorkbook, runCli, STACK_TRACE, tempDir, writeWorkbook } from "./run-cli.js";

const HEADERS = ["Ref", "Partnership", "Sponsoring officer", "Exit strategy", "Risk register", "Annual contribution", "Budget approved"];

function expectPlainFailure(r: { status: number | null; stdout: string; stderr: string }, words: RegExp) {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^Cannot check: /);
  expect(r.stderr).toMatch(words);
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
}

describe("exit codes", () => {
  it("0 when nothing reaches error severity (warnings allowed)", async () => {
    const dir = tempDir();
    const file = path.join(dir, "clean.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "Anna Bell", "Yes", "Yes", "£5,000", "Yes"]] });
    const r = runCli([file, "--today", "2026-06-30"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Found 0 errors");
  });

  it("1 when a partnership falls short of a minimum standard", async () => {
    const dir = tempDir();
    const file = path.join(dir, "gaps.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "", "Yes", "Yes", "£5,000", "Yes"]] });
    expect(runCli([file, "--today", "2026-06-30"]).status).toBe(1);
  });

  it("2 for a file that does not exist", () => {
    expectPlainFailure(runCli([path.join(tempDir(), "nowhere.xlsx")]), /no file at .*nowhere\.xlsx/i);
  });

  it("2 for a file that is not a workbook", () => {
    const file = path.join(tempDir(), "notes.xlsx");
    fs.writeFileSync(file, "just some text, not a spreadsheet");
    expectPlainFailure(runCli([file]), /not an Excel workbook/);
  });

  it("2 for a zip that is not a workbook", () => {
    const file = path.join(tempDir(), "archive.xlsx");
    fs.writeFileSync(file, Buffer.from("504b0506000000000000000000000000000000000000", "hex"));
    expectPlainFailure(runCli([file]), /could not be read as an Excel workbook/);
  });

  it("2 for a password-protected (encrypted) workbook", () => {
    const file = path.join(tempDir(), "locked.xlsx");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]));
    expectPlainFailure(runCli([file]), /password-protected/);
  });

  it("2 when no sheet has a register header, and the JSON report says so", async () => {
    const dir = tempDir();
    const file = path.join(dir, "cover.xlsx");
    const json = path.join(dir, "r.json");
    await writeWorkbook(file, { About: [["About this workbook"], ["Maintained by Corporate Governance"]] });
    const r = runCli([file, "--json", json]);
    expectPlainFailure(r, /header row that looks like a partnership register/);
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
    expect(report.findings.map((f) => [f.rule, f.row])).toEqual([["header-not-found", null]]);
    expect(report.partnerships).toBe(0);
  });

  it("2 for a profile that is not valid, naming what is wrong", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "Anna Bell", "Yes", "Yes", "£5,000", "Yes"]] });
    const profile = path.join(dir, "profile.json");
    fs.writeFileSync(profile, JSON.stringify({ rules: { "exit-strategy-gone": "off" } }));
    expectPlainFailure(runCli([file, "--profile", profile]), /"exit-strategy-gone", which is not a rule/);
    fs.writeFileSync(profile, "{ not json");
    expectPlainFailure(runCli([file, "--profile", profile]), /not valid JSON/);
  });

  it("2 for a --today that is not a real date", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "Anna Bell", "Yes", "Yes", "£5,000", "Yes"]] });
    expectPlainFailure(runCli([file, "--today", "31/02/2026"]), /--today must be a real date/);
  });

  it("2 for an unknown option, with a pointer to --help", () => {
    const r = runCli(["x.xlsx", "--colour", "red"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
  });
});

describe("the input is never written over", () => {
  it("refuses --out equal to the input and leaves it untouched", async () => {
    const dir = tempDir();
    const file = path.join(dir, "register.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "", "No", "Yes", "£5,000", "No"]] });
    const before = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    expectPlainFailure(runCli([file, "--out", path.join(dir, ".", "register.xlsx")]), /never writes over its input/);
    expect(crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")).toBe(before);
  });

  it("does not replace an existing --out file without --force", async () => {
    const dir = tempDir();
    const file = path.join(dir, "register.xlsx");
    const out = path.join(dir, "checked.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "", "No", "Yes", "£5,000", "No"]] });
    fs.writeFileSync(out, "someone's work");
    expectPlainFailure(runCli([file, "--out", out]), /already exists.*--force/);
    expect(fs.readFileSync(out, "utf8")).toBe("someone's work");
    expect(runCli([file, "--out", out, "--force"]).status).toBe(1);
    expect((await readWorkbook(out)).getWorksheet("Findings")).toBeDefined();
  });

  it("says plainly when the --out folder does not exist", async () => {
    const dir = tempDir();
    const file = path.join(dir, "register.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "Anna Bell", "Yes", "Yes", "£5,000", "Yes"]] });
    expectPlainFailure(runCli([file, "--out", path.join(dir, "missing-folder", "out.xlsx")]), /folder .* does not exist/);
  });
});

describe("output piped into a program that stops reading", () => {
  it("ends quietly, with no stack trace, when the reader goes away (e.g. | head -1)", async () => {
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync("bash", ["-c", `"${process.execPath}" --import tsx src/cli/main.ts examples/partnership-register.xlsx --today 2026-11-30 | head -c 10 >/dev/null`], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      encoding: "utf8",
    });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/EPIPE/);
  });
});
