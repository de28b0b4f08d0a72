// The corpus of bad and awkward registers in tests/fixtures/bad/ (built by scripts/make-bad-fixtures.ts),
// each run through the CLI as a user would: its exit code, its message, its outputs, and the input left alone.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { linksOf, readWorkbook, runCli, STACK_TRACE, tempDir, type CliResult } from "./run-cli.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/bad");
const TODAY = "2026-06-30";
const TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];
const MAX_CELL = 32_767;
// C0/C1 control characters (other than tab and line breaks) and bidi overrides/isolates/marks.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

interface Run {
  r: CliResult;
  dir: string;
  input: string;
  out: string;
  json: string;
}

/**
 * Copies a fixture into a fresh folder (so a misbehaving CLI can never spoil the corpus), runs the CLI on it
 * with --out and --json, and checks what holds for every run: no stack trace, the input byte for byte as it
 * was, and nothing left in the folder but the input and the outputs (no temporary file).
 */
function run(fixture: string, extra: string[] = []): Run {
  const dir = tempDir();
  const input = path.join(dir, fixture);
  fs.copyFileSync(path.join(FIXTURES, fixture), input);
  const before = sha256(input);
  const mtime = fs.statSync(input).mtimeMs;
  const out = path.join(dir, "checked.xlsx");
  const json = path.join(dir, "report.json");
  const r = runCli([input, "--today", TODAY, "--out", out, "--json", json, ...extra]);
  expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  expect(sha256(input)).toBe(before);
  expect(fs.statSync(input).mtimeMs).toBe(mtime);
  expect(fs.readdirSync(dir).filter((f) => ![fixture, "checked.xlsx", "report.json"].includes(f))).toEqual([]);
  expect(sha256(path.join(FIXTURES, fixture))).toBe(before);
  return { r, dir, input, out, json };
}

/** Exit 2 with one plain line on stderr, and no output workbook. */
function expectCannotCheck({ r, out }: Run, words: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^Cannot check: [^\n]+\n$/);
  expect(r.stderr).toMatch(words);
  expect(r.stderr).not.toMatch(/something unexpected went wrong/);
  expect(fs.existsSync(out)).toBe(false);
}

/** Checked: exit 0 or 1, nothing on stderr, and the summary says what was read and where the outputs went. */
function expectChecked({ r, out, json }: Run, code: 0 | 1): void {
  expect(r.status).toBe(code);
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/^Checked \d+ partnerships? in "[^"]+" of .+ \(header on row \d+\) against the default profile, as at 30 June 2026\.\n/);
  expect(r.stdout).toContain(`Wrote ${out} with the tabs`);
  expect(r.stdout).toContain(`Wrote the JSON report to ${json}.`);
}

function report(json: string): JsonReport {
  return JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
}

/** What a person reads in a cell: the text of strings, rich text and links; numbers and dates as they are. */
function shown(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return shown(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return value;
}

function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.CellValue[] {
  const cells: ExcelJS.CellValue[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => void cells.push(c.value)));
  return cells;
}

const textsOf = (ws: ExcelJS.Worksheet): string[] => cellsOf(ws).map(shown).filter((v): v is string => typeof v === "string");

const isFormula = (v: ExcelJS.CellValue) => typeof v === "object" && v !== null && ("formula" in v || "sharedFormula" in v);

/** Our tabs: the sheets that carry the marker in A2. */
function generated(wb: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return wb.worksheets.filter((ws) => String(shown(ws.getCell("A2").value) ?? "").startsWith(TAB_MARKER));
}

/**
 * The output of a checked register: it opens, has the seven tabs once each (under `names`), and every generated
 * cell is safe: no formula, no control character or bidi override, nothing longer than Excel allows.
 */
async function expectSafeOutput(out: string, names: string[] = TABS): Promise<ExcelJS.Workbook> {
  const wb = await readWorkbook(out);
  const ours = generated(wb);
  expect(ours.map((ws) => ws.name)).toEqual(names);
  for (const ws of ours) {
    for (const v of cellsOf(ws)) {
      expect(isFormula(v), `a formula in ${ws.name}`).toBe(false);
      const t = shown(v);
      if (typeof t !== "string") continue;
      expect(t.length, `a cell of ${ws.name}`).toBeLessThanOrEqual(MAX_CELL);
      expect(t, `a cell of ${ws.name}`).not.toMatch(UNSAFE);
    }
  }
  return wb;
}

function expectSafeReport(rep: JsonReport): void {
  for (const f of rep.findings) expect(f.message).not.toMatch(UNSAFE);
}

/** The Finance summary's total commitment: the figure on the row after "Total commitment". */
function financeTotal(wb: ExcelJS.Workbook): unknown {
  const ws = wb.getWorksheet("Finance summary")!;
  let total: unknown;
  ws.eachRow((row, n) => {
    if (row.getCell(1).value === "Total commitment") total = ws.getRow(n + 1).getCell(1).value;
  });
  return total;
}

const brief = (rep: JsonReport, rule?: string) =>
  rep.findings.filter((f) => rule === undefined || f.rule === rule).map((f) => [f.rule, f.row, f.column]);

// ---------------------------------------------------------------------------------------------

describe("files that cannot be checked: exit 2 and one line saying what to do", () => {
  const cases: [fixture: string, words: RegExp][] = [
    ["random-bytes.xlsx", /random-bytes\.xlsx is not an Excel workbook \(\.xlsx\)\. Open it in Excel and save it as an Excel Workbook/],
    ["renamed-csv.xlsx", /renamed-csv\.xlsx is not an Excel workbook \(\.xlsx\)\. It looks like a CSV file: rename it to \.csv to check it as it is, or open it in Excel and save it as an Excel Workbook/],
    ["not-a-workbook.zip.xlsx", /could not be read as an Excel workbook: it is a zip file of some other kind\. Check you chose the register workbook/],
    ["word-document.xlsx", /word-document\.xlsx (has no sheets|is not an Excel workbook|could not be read as an Excel workbook)\..*(register workbook|Excel Workbook)/],
    ["encrypted.xlsx", /encrypted\.xlsx is password-protected.*remove the password.*save it as an Excel Workbook \(\.xlsx\)/],
    ["truncated.xlsx", /truncated\.xlsx could not be read as an Excel workbook: it may be damaged.*save it again as an Excel Workbook/],
    ["no-sheets.xlsx", /no-sheets\.xlsx has no sheets\. Check it is the register workbook/],
    ["bad-quote.csv", /bad-quote\.csv is not a CSV file the tool can read near line 3\b.*unclosed quote.*save it as \.xlsx or CSV UTF-8/],
  ];
  for (const [fixture, words] of cases) {
    it(fixture, () => {
      const got = run(fixture);
      expectCannotCheck(got, words);
      expect(fs.existsSync(got.json)).toBe(false);
    });
  }

  const noHeader: [fixture: string, sheets: string][] = [
    ["empty-workbook.xlsx", '"Sheet1"'],
    ["cover-only.xlsx", '"Cover"'],
    ["no-header.xlsx", '"Budget", "Notes"'],
  ];
  for (const [fixture, sheets] of noHeader) {
    it(`${fixture}: no sheet has a register header, and the JSON report says so`, () => {
      const got = run(fixture);
      expectCannotCheck(got, new RegExp(`No sheet \\(${sheets}\\) has a header row that looks like a partnership register.*name the sheet with --sheet`));
      const rep = report(got.json);
      expect(brief(rep)).toEqual([["header-not-found", null, null]]);
      expect(rep.partnerships).toBe(0);
    });
  }

  it("bad-profile.json: a misspelt severity and a period of 0 are named", () => {
    const got = run("second-sheet.xlsx", ["--profile", path.join(FIXTURES, "bad-profile.json")]);
    expectCannotCheck(got, /The profile .*bad-profile\.json cannot be used: .*exit-strategy-missing.*"error", "warning" or "info"/);
    expect(got.r.stderr).toMatch(/annualReviewMonths.*1 to 120/);
    expect(fs.existsSync(got.json)).toBe(false);
  });

  it("a CSV file that does not exist", () => {
    const dir = tempDir();
    const r = runCli([path.join(dir, "nowhere.csv"), "--today", TODAY]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: There is no file at .*nowhere\.csv\. Check the path and the file name\.\n$/);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });

  it("a folder given as the register, named .xlsx or .csv", () => {
    const dir = tempDir();
    for (const name of ["registers.xlsx", "registers.csv"]) {
      const folder = path.join(dir, name);
      fs.mkdirSync(folder);
      const r = runCli([folder, "--today", TODAY]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^Cannot check: [^\n]+\n$/);
      expect(r.stderr, name).toMatch(/is a folder, not a workbook\. Give the path of the/);
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("an --out folder that cannot be written to (/proc): no half-written file, a plain message", () => {
    const dir = tempDir();
    const input = path.join(dir, "second-sheet.xlsx");
    fs.copyFileSync(path.join(FIXTURES, "second-sheet.xlsx"), input);
    const before = sha256(input);
    const r = runCli([input, "--today", TODAY, "--out", "/proc/checked.xlsx"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: [^\n]+\n$/);
    expect(r.stderr).toMatch(/\/proc\/checked\.xlsx (could not be written|cannot be written to).*Choose/);
    expect(r.stderr).not.toMatch(/something unexpected went wrong/);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(sha256(input)).toBe(before);
  });

  it("a --json file that cannot be written (/proc): a plain message, not an unexpected error", () => {
    const dir = tempDir();
    const input = path.join(dir, "second-sheet.xlsx");
    fs.copyFileSync(path.join(FIXTURES, "second-sheet.xlsx"), input);
    const r = runCli([input, "--today", TODAY, "--json", "/proc/report.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: [^\n]+\n$/);
    expect(r.stderr).toMatch(/\/proc\/report\.json (could not be written|cannot be written to).*Choose/);
    expect(r.stderr).not.toMatch(/something unexpected went wrong/);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
  });
});

describe("awkward registers are checked, with findings instead of crashes", () => {
  it("header-no-partnerships.xlsx: a header and nothing under it", async () => {
    const got = run("header-no-partnerships.xlsx");
    expectChecked(got, 0);
    const { r, out, json } = got;
    expect(r.stdout).toContain("Checked 0 partnerships");
    const rep = report(json);
    expect(rep.partnerships).toBe(0);
    expect(rep.register).toMatchObject({ sheet: "Register", headerRow: 1 });
    expect(rep.findings.every((f) => f.rule === "required-column-missing" && f.row === null)).toBe(true);
    await expectSafeOutput(out);
  });

  it("merged-titles.xlsx: merged title rows above the header, a merged directorate cell", async () => {
    const got = run("merged-titles.xlsx");
    expectChecked(got, 1);
    const { out, json } = got;
    const rep = report(json);
    expect(rep.register).toMatchObject({ sheet: "Partnerships", headerRow: 4 });
    expect(rep.partnerships).toBe(4);
    expect(brief(rep).filter(([rule]) => rule !== "required-column-missing")).toEqual([["exit-strategy-missing", 7, "K"]]);
    const wb = await expectSafeOutput(out);
    // The register sheet is copied as it was, merges and all.
    const reg = wb.getWorksheet("Partnerships")!;
    expect(reg.getCell("A1").value).toBe("Harbridge Borough Council: Register of Partnerships 2026/27");
    expect(reg.getCell("M1").isMerged).toBe(true);
  });

  it("hidden-rows-columns.xlsx: hidden rows and columns are checked, and the findings say they are hidden", async () => {
    const got = run("hidden-rows-columns.xlsx");
    expectChecked(got, 1);
    const { out, json } = got;
    const rep = report(json);
    const onHiddenRow = rep.findings.find((f) => f.rule === "sponsoring-officer-missing")!;
    expect([onHiddenRow.row, onHiddenRow.column]).toEqual([3, "E"]);
    expect(onHiddenRow.message).toContain("This row is hidden in the sheet.");
    const inHiddenColumn = rep.findings.find((f) => f.rule === "exit-strategy-missing")!;
    expect([inHiddenColumn.row, inHiddenColumn.column]).toEqual([4, "K"]);
    expect(inHiddenColumn.message).toContain("Column K is hidden in the sheet.");
    expect(inHiddenColumn.message).not.toContain("This row is hidden");
    const findings = textsOf((await expectSafeOutput(out)).getWorksheet("Findings")!);
    expect(findings.some((t) => t.includes("This row is hidden in the sheet."))).toBe(true);
    expect(findings.some((t) => t.includes("Column K is hidden in the sheet."))).toBe(true);
  });

  it("formulas-and-errors.xlsx: formulas give their cached results; #REF!, #N/A and #DIV/0! are unreadable values", async () => {
    const got = run("formulas-and-errors.xlsx");
    expectChecked(got, 0);
    const { out, json } = got;
    const rep = report(json);
    expect(brief(rep, "unreadable-value")).toEqual([
      ["unreadable-value", 3, "I"],
      ["unreadable-value", 4, "L"],
      ["unreadable-value", 5, "L"],
    ]);
    const messages = rep.findings.filter((f) => f.rule === "unreadable-value").map((f) => f.message);
    expect(messages[0]).toMatch(/^"#REF!" in column I cannot be read/);
    expect(messages[1]).toMatch(/^"#N\/A" in column L cannot be read/);
    expect(messages[2]).toMatch(/^"#DIV\/0!" in column L cannot be read/);
    // Rows 2 and 6 hold formulas with good results: nothing to say about them.
    expect(rep.findings.filter((f) => f.row === 2 || f.row === 6)).toEqual([]);
    const wb = await expectSafeOutput(out);
    // 6,000 (=500*12) + 5,000 + 1,500; the error cells are not summed.
    expect(financeTotal(wb)).toBe(12_500);
    const shownNames = generated(wb).flatMap(textsOf);
    expect(shownNames).toContain("Town Centre Forum");
    expect(shownNames.some((t) => t.includes('"Town Centre "&"Forum"'))).toBe(false);
    // The register sheet is copied with its formulas.
    expect(wb.getWorksheet("Register")!.getCell("L2").value).toMatchObject({ formula: "500*12", result: 6000 });
  });

  it("absurd-amounts.xlsx: negative and implausible amounts are reported and left out of the totals", async () => {
    const got = run("absurd-amounts.xlsx");
    expectChecked(got, 0);
    const { out, json } = got;
    const rep = report(json);
    expect(brief(rep, "amount-implausible")).toEqual([
      ["amount-implausible", 4, "L"],
      ["amount-implausible", 5, "L"],
      ["amount-implausible", 6, "L"],
      ["amount-implausible", 7, "L"],
    ]);
    expect(rep.findings.find((f) => f.row === 4)!.message).toContain('"£1,000,000,000,000"');
    const wb = await expectSafeOutput(out);
    // £5,000 + £10,000 + £2,500 only.
    expect(financeTotal(wb)).toBe(17_500);
    const finance = textsOf(wb.getWorksheet("Finance summary")!);
    for (const written of ["£1,000,000,000,000", "-2500", "(£750)", "1000000000"]) expect(finance).toContain(written);
  });

  it("long-cells.xlsx: a 30,000-character purpose and a 33,000-character name", async () => {
    const got = run("long-cells.xlsx");
    expectChecked(got, 1);
    const { r, out, json } = got;
    const rep = report(json);
    expect(brief(rep, "sponsoring-officer-missing")).toEqual([["sponsoring-officer-missing", 3, "E"]]);
    const wb = await expectSafeOutput(out);
    const cut = generated(wb).flatMap(textsOf).filter((t) => t.startsWith("Very Long Partnership Name"));
    expect(cut.length).toBeGreaterThan(0);
    for (const t of cut) expect(t).toMatch(/\[cut: 33,000 characters\]$/);
    // The summary on the terminal stays short.
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThan(2_000);
  });

  it("control-bidi-emoji.xlsx: control characters and bidi overrides are shown safely everywhere; emoji kept", async () => {
    const got = run("control-bidi-emoji.xlsx");
    expectChecked(got, 1);
    const { r, out, json } = got;
    expect(r.stdout + r.stderr).not.toMatch(UNSAFE);
    expect(r.stdout).toContain("Invoice [U+202E]fdp.exe Partnership");
    const rep = report(json);
    expectSafeReport(rep);
    expect(brief(rep).filter(([rule]) => rule !== "required-column-missing")).toEqual([
      ["sponsoring-officer-missing", 2, "E"],
      ["sponsoring-officer-missing", 3, "E"],
      ["sponsoring-officer-missing", 4, "E"],
      ["sponsoring-officer-missing", 5, "E"],
      ["exit-strategy-missing", 6, "K"],
    ]);
    const wb = await expectSafeOutput(out);
    for (const ws of generated(wb).filter((w) => ["Findings", "Risks", "Scorecards"].includes(w.name))) {
      const texts = textsOf(ws);
      expect(texts, ws.name).toContain("Bell\uFFFD Trust");
      expect(texts, ws.name).toContain("Invoice [U+202E]fdp.exe Partnership");
      expect(texts, ws.name).toContain("[U+2066]Isolated[U+2069] Forum");
      expect(texts, ws.name).toContain("Friendship 🤝 Partnership 🌳");
    }
    expect(textsOf(wb.getWorksheet("Findings")!)).toContain("B-[U+202E]005");
  });

  it("duplicate-headers.xlsx: two columns for one field are an ambiguous-column warning; the better match is used", async () => {
    const got = run("duplicate-headers.xlsx");
    expectChecked(got, 1);
    const { out, json } = got;
    const rep = report(json);
    expect(brief(rep, "ambiguous-column")).toEqual([
      ["ambiguous-column", null, "N"],
      ["ambiguous-column", null, "O"],
    ]);
    const [sponsor, exit] = rep.findings.filter((f) => f.rule === "ambiguous-column");
    expect(sponsor!.message).toMatch(/Column N \("Sponsor"\).*column E/);
    expect(exit!.message).toMatch(/Column O \("Exit strategy"\).*column K/);
    expect(brief(rep, "exit-strategy-missing")).toEqual([["exit-strategy-missing", 3, "K"]]);
    expect(rep.register.columns.filter((c) => c.column === "N" || c.column === "O").map((c) => c.field)).toEqual([null, null]);
    await expectSafeOutput(out);
  });

  it("second-sheet.xlsx: the register after a cover sheet is found, and links point into it", async () => {
    const got = run("second-sheet.xlsx");
    expectChecked(got, 1);
    const { r, out, json } = got;
    expect(r.stdout).toContain('in "Partnerships 2026-27"');
    const rep = report(json);
    expect(rep.register).toMatchObject({ sheet: "Partnerships 2026-27", headerRow: 1 });
    expect(brief(rep, "risk-register-missing")).toEqual([["risk-register-missing", 3, "J"]]);
    const wb = await expectSafeOutput(out);
    expect(wb.worksheets.slice(0, 2).map((w) => w.name)).toEqual(["Cover", "Partnerships 2026-27"]);
    expect([...(await linksOf(out!, "Findings")).values()]).toContain("'Partnerships 2026-27'!J3");
  });

  it("rich-text-and-hyperlinks.xlsx: rich text and links are read as their text", async () => {
    const got = run("rich-text-and-hyperlinks.xlsx");
    expectChecked(got, 1);
    const { out, json } = got;
    const rep = report(json);
    expect(rep.findings.filter((f) => f.rule !== "required-column-missing").map((f) => [f.rule, f.row, f.column, f.partnership])).toEqual([
      ["exit-strategy-missing", 3, "K", "Safer Streets Board"],
    ]);
    const wb = await expectSafeOutput(out);
    const findings = wb.getWorksheet("Findings")!;
    expect(cellsOf(findings)).toContain("Safer Streets Board");
    expect(cellsOf(wb.getWorksheet("Scorecards")!)).toContain("Canal Corridor Partnership");
    // The register sheet keeps its links.
    expect(wb.getWorksheet("Register")!.getCell("H2").value).toMatchObject({ hyperlink: "https://example.invalid/sites/gov/tor-canal.pdf" });
  });

  it("numbers-as-text.xlsx: numbers stored as text and text stored as numbers are read as people mean them", async () => {
    const got = run("numbers-as-text.xlsx");
    expectChecked(got, 0);
    const { out, json } = got;
    const rep = report(json);
    expect(rep.partnerships).toBe(4);
    expect(rep.findings.filter((f) => f.row !== null)).toEqual([]);
    const wb = await expectSafeOutput(out);
    // "12500" + "£7,500" + 2500 + " 1,250.00 "
    expect(financeTotal(wb)).toBe(23_750);
  });

  it("formula-text.xlsx: names that look like formulas stay text in every tab", async () => {
    const got = run("formula-text.xlsx");
    expectChecked(got, 1);
    const { out, json } = got;
    const rep = report(json);
    const names = ['=HYPERLINK("http://example.invalid","click me")', "+44", "-5", "@SUM(A1)"];
    expect(rep.findings.filter((f) => f.rule === "sponsoring-officer-missing").map((f) => f.partnership)).toEqual(names);
    const wb = await expectSafeOutput(out);
    for (const ws of wb.worksheets) for (const v of cellsOf(ws)) expect(isFormula(v), ws.name).toBe(false);
    for (const tab of ["Findings", "Risks", "Scorecards"]) {
      const cells = cellsOf(wb.getWorksheet(tab)!);
      for (const name of names) expect(cells, `${tab}: ${name}`).toContain(name);
    }
    expect(cellsOf(wb.getWorksheet("Findings")!)).toContain("=1+1");
    expect(cellsOf(wb.getWorksheet("Finance summary")!)).toContain("=cmd|' /C calc'!A0");
    expect(cellsOf(wb.getWorksheet("Finance summary")!)).toContain("@SUM(A1)");
    const reg = wb.getWorksheet("Register")!;
    expect([reg.getCell("A2").value, reg.getCell("B2").value, reg.getCell("B3").value, reg.getCell("B4").value]).toEqual(["=1+1", names[0], "+44", "-5"]);
  });

  it("users-own-tabs.xlsx: the user's own Findings and Risks sheets are never touched, on this run or the next", async () => {
    const got = run("users-own-tabs.xlsx");
    expectChecked(got, 1);
    const { out, dir } = got;
    const input = await readWorkbook(path.join(FIXTURES, "users-own-tabs.xlsx"));
    const expectUsersSheetsKept = (wb: ExcelJS.Workbook) => {
      for (const name of ["Findings", "Risks"]) {
        expect(cellsOf(wb.getWorksheet(name)!), name).toEqual(cellsOf(input.getWorksheet(name)!));
      }
    };
    const expected = ["Findings (checked)", "Risks (checked)", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];
    const wb = await expectSafeOutput(out, expected);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Register", "Findings", "Risks", ...expected]);
    expectUsersSheetsKept(wb);
    expect(wb.getWorksheet("Findings (checked)")!.getCell("A1").value).toBe("Findings");

    const again = path.join(dir, "checked-again.xlsx");
    const second = runCli([out, "--today", TODAY, "--out", again]);
    expect(second.status).toBe(1);
    const wb2 = await expectSafeOutput(again, expected);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(["Register", "Findings", "Risks", ...expected]);
    expectUsersSheetsKept(wb2);
  });
});

describe("CSV registers", () => {
  const expectedFindings = [
    ["sponsoring-officer-missing", 3, "E"],
    ["exit-strategy-missing", 3, "K"],
    ["unreadable-value", 4, "I"],
    ["amount-implausible", 5, "L"],
  ];

  for (const [fixture, sheet] of [
    ["register.csv", "register"],
    ["register-semicolon.csv", "register-semicolon"],
  ] as const) {
    it(`${fixture}: checked like a workbook; the output is a new .xlsx with the register and the seven tabs`, async () => {
      const got = run(fixture);
      expectChecked(got, 1);
      const { out, json } = got;
      const rep = report(json);
      expect(rep.register).toMatchObject({ file: fixture, sheet, headerRow: 1 });
      expect(rep.partnerships).toBe(4);
      expect(brief(rep).filter(([rule]) => rule !== "required-column-missing")).toEqual(expectedFindings);
      const wb = await expectSafeOutput(out);
      expect(wb.worksheets.map((w) => w.name)).toEqual([sheet, ...TABS]);
      const reg = wb.getWorksheet(sheet)!;
      expect(reg.getCell("A1").value).toBe("Ref");
      expect(reg.getCell("C4").value).toBe('Public health; "five ways" programme');
      expect(reg.getCell("B5").value).toBe("=1+2");
      expect(cellsOf(wb.getWorksheet("Findings")!)).toContain("=1+2");
      // £5,000 + £12,500 + £2,000; the trillion is left out.
      expect(financeTotal(wb)).toBe(19_500);
    });
  }

  it("the comma and semicolon files give the same findings", () => {
    const a = report(run("register.csv").json);
    const b = report(run("register-semicolon.csv").json);
    const strip = (rep: JsonReport) => rep.findings.map(({ sheet: _sheet, ...f }) => f);
    expect(strip(b)).toEqual(strip(a));
  });
});

describe("the corpus", () => {
  it("has a test above for every fixture, and the README lists each", () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f !== "README.md");
    const self = fs.readFileSync(import.meta.filename, "utf8");
    const readme = fs.readFileSync(path.join(FIXTURES, "README.md"), "utf8");
    for (const f of files) {
      expect(self, f).toContain(`"${f}"`);
      expect(readme, f).toContain(`\`${f}\``);
    }
  });
});
