import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { readWorkbook, runCli, tempDir, writeWorkbook } from "./run-cli.js";

const HEADERS = ["Ref", "Partnership", "Sponsoring officer", "Exit strategy", "Risk register"];

describe("the output workbook", () => {
  it("writes text from the register as inert text, never as a formula", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.xlsx");
    const out = path.join(dir, "o.xlsx");
    const nasty = '=HYPERLINK("http://example.invalid","click me")';
    await writeWorkbook(file, { Register: [HEADERS, ["@SUM(1)", nasty, "", "No", "Yes"]] });
    expect(runCli([file, "--out", out, "--today", "2026-06-30"]).status).toBe(1);
    const ws = (await readWorkbook(out)).getWorksheet("Findings")!;
    const cells: unknown[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c.value)));
    expect(cells).toContain(nasty);
    expect(cells).toContain("@SUM(1)");
    expect(cells.some((v) => typeof v === "object" && v !== null && "formula" in v)).toBe(false);
  });

  it("rebuilds its own Findings tab on a second run instead of adding another", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.xlsx");
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "", "No", "Yes"]] });
    runCli([file, "--out", first, "--today", "2026-06-30"]);
    runCli([first, "--out", second, "--today", "2026-06-30"]);
    const names = (await readWorkbook(second)).worksheets.map((w) => w.name);
    expect(names).toEqual(["Register", "Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"]);
  });

  it("never touches a user's own sheet called Findings: ours takes another name", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.xlsx");
    const out = path.join(dir, "o.xlsx");
    await writeWorkbook(file, {
      Register: [HEADERS, ["A1", "Canal Partnership", "", "No", "Yes"]],
      Findings: [["My own notes on the audit"], ["keep me"]],
    });
    runCli([file, "--out", out, "--today", "2026-06-30"]);
    const wb = await readWorkbook(out);
    expect(wb.getWorksheet("Findings")!.getCell("A2").value).toBe("keep me");
    expect(wb.getWorksheet("Findings (checked)")!.getCell("A1").value).toBe("Findings");
  });

  it("names the register, profile and check date it came from", async () => {
    const dir = tempDir();
    const file = path.join(dir, "borough.xlsx");
    const out = path.join(dir, "o.xlsx");
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "", "No", "Yes"]] });
    runCli([file, "--out", out, "--today", "2026-06-30"]);
    const a2 = (await readWorkbook(out)).getWorksheet("Findings")!.getCell("A2").value as string;
    expect(a2).toContain("borough.xlsx › Register");
    expect(a2).toContain("Profile: default");
    expect(a2).toContain("30 June 2026");
  });

  it("uses --sheet to read a sheet the tool would not pick itself", async () => {
    const dir = tempDir();
    const file = path.join(dir, "two.xlsx");
    const json = path.join(dir, "r.json");
    await writeWorkbook(file, {
      Main: [[...HEADERS, "Status", "Legal form"], ["A1", "Canal Partnership", "Anna Bell", "Yes", "Yes", "Active", "Joint committee"]],
      Old: [HEADERS, ["B1", "Old Partnership", "", "No", "No"], ["B2", "Older Partnership", "Ben Carter", "Yes", "Yes"]],
    });
    runCli([file, "--sheet", "Old", "--json", json, "--today", "2026-06-30"]);
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
    expect(report.register.sheet).toBe("Old");
    expect(report.partnerships).toBe(2);
  });

  it("applies a council's profile: a rule switched off raises nothing", async () => {
    const dir = tempDir();
    const file = path.join(dir, "r.xlsx");
    const json = path.join(dir, "r.json");
    const profile = path.join(dir, "borough.json");
    fs.writeFileSync(profile, JSON.stringify({ name: "Borough 2026", rules: { "sponsoring-officer-missing": "off", "exit-strategy-missing": "warning" } }));
    await writeWorkbook(file, { Register: [HEADERS, ["A1", "Canal Partnership", "", "No", "Yes"]] });
    const r = runCli([file, "--profile", profile, "--json", json, "--today", "2026-06-30"]);
    const report = JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
    expect(report.profile).toBe("Borough 2026");
    expect(report.findings.map((f) => [f.rule, f.severity]).filter(([rule]) => rule !== "required-column-missing")).toEqual([
      ["exit-strategy-missing", "warning"],
    ]);
    expect(r.status).toBe(0);
  });
});
