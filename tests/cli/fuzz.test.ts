// Random small workbooks through the CLI, as a process: whatever the workbook holds, the tool exits 0, 1 or 2,
// never shows a stack trace, never changes its input, and when it checks something it writes a workbook that
// opens and has the seven tabs.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonReport } from "../../src/domain/json-report.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { readWorkbook, runCli, STACK_TRACE, tempDir } from "./run-cli.js";

/** Fixed for reproducibility; FUZZ_SEED and FUZZ_RUNS explore further (e.g. FUZZ_RUNS=300 npx vitest run tests/cli/fuzz.test.ts). */
const SEED = Number(process.env.FUZZ_SEED ?? 20_260_630);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];

/** Headers real registers use (and a register of interests), and junk. */
const REAL_HEADERS = [
  "Ref",
  "Reference",
  "Partnership",
  "Partnership name",
  "Purpose",
  "Status",
  "Form of partnership",
  "Legal form",
  "Sponsoring officer",
  "Accountable officer",
  "Lead officer",
  "Council representatives",
  "Directorate",
  "Terms of reference",
  "Business case",
  "Outcome measures",
  "Date of last review",
  "Risk register",
  "Risk register last reviewed",
  "Exit strategy",
  "Information sharing agreement",
  "Annual contribution",
  "Annual contribution (£)",
  "Budget approved",
  "Approved amount",
  "Start date",
  "End date",
  "Significance",
  "Continuing liabilities",
  "Achieve intended outcomes",
  "Name",
  "Organisation",
  "Nature of interest",
  "Date declared",
  "Comments",
];
const JUNK_HEADERS = ["", " ", "Column1", "???", "=SUM(A1:A3)", "Total", "Notes", "£", "Ref Ref", "Партнёрство", "🤝", "\u202EReversed", "x".repeat(300), "Ref\nnumber"];
const SHEET_NAMES = ["Register", "Partnerships 2026-27", "Sheet1", "Cover", "Findings", "Risks", "Register of interests", "Notes", "Finance summary", "Data"];
const ERRORS = ["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];
const TYPED = [
  "Yes",
  "No",
  "Y",
  "N/A",
  "tbc",
  "x",
  "✓",
  "£5,000",
  "12.5k",
  "£1.2m",
  "(£500)",
  "£1,000,000,000,000",
  "£5-10k",
  "nil",
  "31/13/2025",
  "15/01/2026",
  "31 March 2025",
  "Mar-25",
  "2025-03-31",
  "Active",
  "Closed",
  "Anna Bell",
  "Cllr A Khan (Director)",
  "J Smith - trustee",
  "Joint committee",
  "Contract for services",
  "=1+1",
  "@SUM(A1)",
  "+44",
  "Total",
  "Grand total",
  "Bell\u0007 Trust",
  "Evil \u202Egnp.exe",
  "🤝🌳",
];

type Cell = ExcelJS.CellValue;

const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...TYPED), weight: 6 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 12 }), weight: 1 },
);
const errorCell = fc.constantFrom(...ERRORS).map((error) => ({ error }) as Cell);
const plain: fc.Arbitrary<Cell> = fc.oneof(
  text,
  fc.integer({ min: -1_000_000, max: 2_000_000_000_000 }),
  fc.double({ min: -1e9, max: 1e13, noNaN: true, noDefaultInfinity: true }),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }),
  fc.boolean(),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 4 },
  { arbitrary: plain, weight: 8 },
  { arbitrary: errorCell, weight: 1 },
  { arbitrary: fc.tuple(text, text).map(([a, b]) => ({ richText: [{ text: a }, { font: { bold: true }, text: b }] }) as Cell), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom("A1+1", "SUM(B:B)", "1/0", "NOW()", 'A1&" Trust"'), fc.option(fc.oneof(plain, errorCell), { nil: undefined }))
      .map(([formula, result]) => (result === undefined ? { formula } : { formula, result }) as Cell),
    weight: 1,
  },
  { arbitrary: text.map((t) => ({ text: t, hyperlink: "https://example.invalid/doc.pdf" }) as Cell), weight: 1 },
);

interface SheetPlan {
  name: string;
  titleRows: Cell[][];
  headers: string[];
  rows: Cell[][];
  merges: [number, number, number, number][];
  hiddenRows: number[];
  hiddenColumns: number[];
}

const sheet: fc.Arbitrary<SheetPlan> = fc.record({
  name: fc.constantFrom(...SHEET_NAMES),
  titleRows: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
  headers: fc.array(
    fc.oneof({ arbitrary: fc.constantFrom(...REAL_HEADERS), weight: 5 }, { arbitrary: fc.constantFrom(...JUNK_HEADERS), weight: 1 }),
    { minLength: 1, maxLength: 10 },
  ),
  // Empty arrays are blank rows.
  rows: fc.array(fc.oneof({ arbitrary: fc.array(cell, { maxLength: 12 }), weight: 5 }, { arbitrary: fc.constant<Cell[]>([]), weight: 1 }), { maxLength: 15 }),
  merges: fc.array(fc.tuple(fc.nat(20), fc.nat(10), fc.nat(3), fc.nat(3)), { maxLength: 3 }),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 2 }),
  hiddenColumns: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 2 }),
});

/** Writes the planned workbook; returns its sheet names as exceljs kept them. */
async function writePlan(file: string, plan: SheetPlan[]): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  const names: string[] = [];
  for (const [i, s] of plan.entries()) {
    let name = s.name;
    if (names.some((n) => n.toLowerCase() === name.toLowerCase())) name = `${name} ${i + 1}`;
    names.push(name);
    const ws = wb.addWorksheet(name);
    for (const r of [...s.titleRows, s.headers, ...s.rows]) ws.addRow(r);
    for (const [top, left, down, across] of s.merges) {
      if (down === 0 && across === 0) continue;
      try {
        ws.mergeCells(top + 1, left + 1, top + 1 + down, left + 1 + across);
      } catch {
        // Overlapping a merge already made: Excel would refuse it too.
      }
    }
    for (const r of s.hiddenRows) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns) ws.getColumn(c).hidden = true;
  }
  await wb.xlsx.writeFile(file);
  return names;
}

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Ours is called by its own name, or "… (checked)" when the user has a sheet of that name. */
function expectedTabs(userSheets: string[]): string[] {
  const taken = new Set(userSheets.map((n) => n.toLowerCase()));
  return TABS.map((t) => (taken.has(t.toLowerCase()) ? `${t} (checked)` : t));
}

describe("fuzz: random workbooks through the CLI", () => {
  it(`exits 0, 1 or 2 with no stack trace, leaves the input alone, and writes a workbook with the seven tabs (${RUNS} runs, seed ${SEED})`, async () => {
    const outcomes: number[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (plan) => {
        const dir = tempDir();
        const input = path.join(dir, "register.xlsx");
        const out = path.join(dir, "checked.xlsx");
        const json = path.join(dir, "report.json");
        const names = await writePlan(input, plan);
        const before = sha256(input);

        const r = runCli([input, "--today", "2026-06-30", "--out", out, "--json", json]);
        outcomes.push(r.status ?? -1);
        expect([0, 1, 2]).toContain(r.status);
        expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
        expect(sha256(input)).toBe(before);
        expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);

        if (r.status === 2) {
          expect(r.stderr).toMatch(/^Cannot check: [^\n]+\n$/);
          expect(r.stderr).not.toMatch(/something unexpected went wrong/);
          expect(fs.existsSync(out)).toBe(false);
          return;
        }
        const report = JSON.parse(fs.readFileSync(json, "utf8")) as JsonReport;
        expect(names).toContain(report.register.sheet);
        const wb = await readWorkbook(out);
        const sheets = wb.worksheets.map((w) => w.name);
        expect(sheets).toEqual([...names, ...expectedTabs(names)]);
        for (const tab of expectedTabs(names)) {
          expect(String(wb.getWorksheet(tab)!.getCell("A2").value)).toMatch(new RegExp(`^${TAB_MARKER}`));
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    if (process.env.FUZZ_RUNS) console.log(`exit codes: ${JSON.stringify(outcomes.reduce<Record<number, number>>((n, s) => ({ ...n, [s]: (n[s] ?? 0) + 1 }), {}))}`);
    // The generator reaches both sides: registers checked, and workbooks that cannot be.
    expect(outcomes.some((s) => s === 2)).toBe(true);
    expect(outcomes.some((s) => s === 0 || s === 1)).toBe(true);
  }, Math.max(240_000, RUNS * 5_000));
});
