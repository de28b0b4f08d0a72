// Accepted exceptions through the CLI: a workbook with an "Accepted exceptions" sheet, checked before and after
// an exception's Until date.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { EXAMPLE, readWorkbook, runCli, STACK_TRACE, tempDir, writeWorkbook, type CliResult } from "./run-cli.js";

const EXCEPTIONS = ["Rule", "Ref", "Partnership", "Reason", "Accepted by", "Until"];

function texts(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      cells[c - 1] = v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? "" : typeof v === "object" && "text" in v ? String(v.text) : String(v);
    });
    rows[n - 1] = cells;
  });
  return rows;
}

describe("the example register with an Accepted exceptions sheet, before and after an exception expires", () => {
  const dir = tempDir();
  const input = path.join(dir, "register-with-exceptions.xlsx");
  const runs: Record<"before" | "after", { run: CliResult; report: JsonReport; out: string }> = {} as never;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const ws = wb.addWorksheet("Accepted exceptions");
    ws.addRow(["Exceptions to the partnership protocol agreed by the Corporate Governance Group"]);
    ws.addRow([]);
    ws.addRow(EXCEPTIONS);
    // P-029 has no exit strategy (a planted error): accepted until the last day of 2026.
    ws.addRow(["exit-strategy-missing", "P-029", "Flood Risk Management Partnership", "Exit strategy not needed: one-year pilot", "J Smith", "31/12/2026"]);
    // The same partnership's missing risk register, named rather than referenced, with no end date.
    ws.addRow(["risk-register-missing", "", "flood risk management partnership", "The Environment Agency holds it", "A Khan", ""]);
    // P-001 is clean: nothing to accept.
    ws.addRow(["scrutiny-missing", "P-001", "", "Reviewed by Place Scrutiny", "A Khan", "31/03/2027"]);
    // A row that cannot be used.
    ws.addRow(["exit strategy", "P-007", "", "", "A Khan", "soon"]);
    await wb.xlsx.writeFile(input);

    for (const [key, today] of [["before", "2026-11-30"], ["after", "2027-01-04"]] as const) {
      const out = path.join(dir, `${key}.xlsx`);
      const json = path.join(dir, `${key}.json`);
      const run = runCli([input, "--today", today, "--out", out, "--json", json]);
      runs[key] = { run, report: JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport, out };
    }
  });

  const find = (key: "before" | "after", rule: string, ref?: string) =>
    runs[key].report.findings.filter((f) => f.rule === rule && (ref === undefined || f.ref === ref));

  it("checks the register, never the exceptions sheet, without a stack trace", () => {
    for (const key of ["before", "after"] as const) {
      expect(runs[key].run.stdout + runs[key].run.stderr).not.toMatch(STACK_TRACE);
      expect(runs[key].report.register.sheet).toBe("Partnerships 2026-27");
      expect(runs[key].report.exceptions).toMatchObject({ sheet: "Accepted exceptions", headerRow: 3, rows: 4 });
    }
  });

  it("before the Until date: the finding is accepted, with its reason, by and until, and every other finding is open", () => {
    const [f] = find("before", "exit-strategy-missing", "P-029");
    expect(f).toMatchObject({
      status: "accepted",
      severity: "error",
      row: 34,
      exception: { reason: "Exit strategy not needed: one-year pilot", by: "J Smith", until: "2026-12-31", row: 4 },
    });
    expect(find("before", "risk-register-missing", "P-029")[0]).toMatchObject({ status: "accepted", exception: { until: null, by: "A Khan" } });
    const others = runs.before.report.findings.filter((x) => !(x.ref === "P-029" && ["exit-strategy-missing", "risk-register-missing"].includes(x.rule)));
    expect(others.length).toBeGreaterThan(40);
    expect(others.every((x) => x.status === "open" && x.exception === undefined)).toBe(true);
    expect(find("before", "exception-expired")).toEqual([]);
  });

  it("counts accepted findings apart from the open ones in the summary", () => {
    const s = runs.before.report.summary;
    expect(s.accepted).toBe(2);
    const openErrors = runs.before.report.findings.filter((x) => x.status === "open" && x.severity === "error").length;
    expect(s.bySeverity.error).toBe(openErrors);
    expect(s.byRule["exit-strategy-missing"] ?? 0).toBe(find("before", "exit-strategy-missing").filter((x) => x.status === "open").length);
    expect(runs.before.run.stdout).toContain('Accepted exceptions ("Accepted exceptions"): 2 findings accepted (not counted above), 1 exception matching no finding.');
  });

  it("flags the exception that matches nothing and the row that cannot be used, on their rows of the sheet", () => {
    expect(find("before", "exception-unused")).toEqual([
      expect.objectContaining({ sheet: "Accepted exceptions", row: 6, column: "A", severity: "info", ref: "P-001", status: "open" }),
    ]);
    const bad = runs.before.report.findings.filter((x) => x.rule === "unreadable-value" && x.sheet === "Accepted exceptions");
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ row: 7, column: "A" });
    expect(bad[0]!.message).toMatch(/"exit strategy" is not a rule code.*the Reason is blank.*the Until date "soon"/);
  });

  it("after the Until date: the finding is open again and exception-expired says to renew or remove the row", () => {
    const [f] = find("after", "exit-strategy-missing", "P-029");
    expect(f).toMatchObject({ status: "open" });
    expect(f!.exception).toBeUndefined();
    const [expired, ...more] = find("after", "exception-expired");
    expect(more).toEqual([]);
    expect(expired).toMatchObject({ sheet: "Accepted exceptions", row: 4, column: "F", severity: "warning", ref: "P-029", partnership: "Flood Risk Management Partnership" });
    expect(expired!.message).toContain("exit-strategy-missing on P-029 Flood Risk Management Partnership applied until 31 December 2026 and has expired");
    expect(expired!.message).toMatch(/Renew it with a later Until date \(column F\).*or remove the row/);
    // The exception with no end date still applies.
    expect(find("after", "risk-register-missing", "P-029")[0]).toMatchObject({ status: "accepted" });
    expect(runs.after.report.summary.accepted).toBe(1);
    expect(runs.after.report.exceptions).toMatchObject({ expired: 1, unused: 1 });
    expect(runs.after.run.stdout).toContain("1 finding accepted (not counted above), 1 exception expired, 1 exception matching no finding.");
  });

  it("lists accepted findings in their own section of the Findings tab, not in its main table", async () => {
    const wb = await readWorkbook(runs.before.out);
    const rows = texts(wb.getWorksheet("Findings")!);
    const section = rows.findIndex((r) => r[0] === "Accepted exceptions");
    expect(section).toBeGreaterThan(rows.findIndex((r) => r[0] === "Due soon"));
    const p029 = rows.filter((r) => r[4] === "P-029").map((r) => [rows.indexOf(r) > section, r[1]]);
    expect(p029).toEqual(expect.arrayContaining([[true, "exit-strategy-missing"], [true, "risk-register-missing"], [false, "liabilities-without-exit"]]));
    expect(p029.filter(([after]) => after)).toHaveLength(2);
    const accepted = rows.slice(section).find((r) => r[1] === "exit-strategy-missing")!;
    expect(accepted.slice(8, 11)).toEqual(["Exit strategy not needed: one-year pilot", "J Smith", "2026-12-31"]);
  });

  it("counts accepted exceptions on the Committee summary, and the expired one after the date", async () => {
    const line = async (key: "before" | "after") => texts((await readWorkbook(runs[key].out)).getWorksheet("Committee summary")!).find((r) => r[1] === "Accepted exceptions")!;
    expect((await line("before")).slice(0, 3)).toEqual(["2", "Accepted exceptions", "Findings an officer has accepted until a date (not counted above; listed on the Findings tab)"]);
    expect((await line("after"))[0]).toBe("1");
    expect((await line("after"))[2]).toMatch(/; 1 exception has expired$/);
  });

  it("keeps the Accepted exceptions sheet in the output as the officer wrote it", async () => {
    const ws = (await readWorkbook(runs.before.out)).getWorksheet("Accepted exceptions")!;
    expect(texts(ws)[2]).toEqual(EXCEPTIONS);
    expect(texts(ws)[3]![0]).toBe("exit-strategy-missing");
  });
});

describe("the exit code with accepted exceptions", () => {
  const HEADERS = ["Ref", "Partnership", "Sponsoring officer", "Exit strategy", "Risk register", "Annual contribution", "Budget approved"];
  const REGISTER = [HEADERS, ["A1", "Canal Partnership", "", "Yes", "Yes", "£5,000", "Yes"]];

  it("is 0 when the only error is accepted, and 1 once the exception has expired", async () => {
    const file = path.join(tempDir(), "accepted.xlsx");
    await writeWorkbook(file, {
      Register: REGISTER,
      "Accepted exceptions": [EXCEPTIONS, ["sponsoring-officer-missing", "A1", "Canal Partnership", "Post being recruited", "J Smith", "31/07/2026"]],
    });
    const before = runCli([file, "--today", "2026-06-30"]);
    expect(before.status).toBe(0);
    expect(before.stdout).toContain("Found 0 errors");
    expect(before.stdout).toContain("1 finding accepted (not counted above)");
    const onTheDay = runCli([file, "--today", "2026-07-31"]);
    expect(onTheDay.status).toBe(0);
    const after = runCli([file, "--today", "2026-08-01"]);
    expect(after.status).toBe(1);
    expect(after.stdout).toContain("Found 1 error,");
    expect(after.stdout).toContain("0 findings accepted (not counted above), 1 exception expired.");
  });

  it("is 1 when an error is not accepted, whatever else is", async () => {
    const file = path.join(tempDir(), "partly.xlsx");
    await writeWorkbook(file, {
      Register: [...REGISTER, ["A2", "Market Forum", "Anna Bell", "No", "Yes", "£5,000", "Yes"]],
      "Accepted exceptions": [EXCEPTIONS, ["sponsoring-officer-missing", "A1", "", "Post being recruited", "J Smith", "31/07/2026"]],
    });
    expect(runCli([file, "--today", "2026-06-30"]).status).toBe(1);
  });
});
