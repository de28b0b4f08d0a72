import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { deriveFinance, type FinanceSummary } from "../../../src/domain/derive/finance.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { financeTab } from "../../../src/domain/tabs/finance-tab.js";
import type { Provenance } from "../../../src/domain/tabs/provenance.js";
import { TAB_MARKER, type TabCell, type TabSpec, type TabTable } from "../../../src/domain/tabs/tab-spec.js";
import { cleanRow, FULL_HEADERS, registerGrid } from "../../helpers/grid.js";

const TODAY = "2026-06-30";
const FROM: Provenance = { file: "register.xlsx", sheet: "Register", profile: "default", today: TODAY };

function summaryOf(rows: Record<string, CellValue>[]): FinanceSummary {
  return deriveFinance(check([registerGrid(FULL_HEADERS, rows)], defaultProfile(), TODAY));
}

function row(ref: string, amount: CellValue, extra: Record<string, CellValue> = {}): Record<string, CellValue> {
  return cleanRow({ Ref: ref, Partnership: `Partnership ${ref}`, "Annual contribution": amount, "Approved amount": "", ...extra });
}

const REGISTER = [
  row("P-001", "£5,000", { Directorate: "Place" }),
  row("P-002", "£1.2m", { Directorate: "=SUM(A1)", "Budget approved": "No" }),
  row("P-003", "£15,000", { Directorate: "People", Status: "Closed", "Approved amount": "£10,000" }),
  row("P-004", "-£500"),
  row("P-005", "£1,000,000,000,000"),
];

const tab = (rows: Record<string, CellValue>[]) => financeTab(summaryOf(rows), FROM);

function table(spec: TabSpec, name: string): TabTable {
  const t = spec.tables?.find((x) => x.name === name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
}

function texts(cells: TabCell[] | undefined): string[] {
  return (cells ?? []).map((c) => (c && c.t === "text" ? c.v : `<${c?.t}>`));
}

/** The row just after a section title. */
function afterSection(spec: TabSpec, title: string): number {
  const i = spec.rows.findIndex((r) => r[0]?.t === "text" && r[0].v === title);
  if (i < 0) throw new Error(`no section ${title}`);
  expect(spec.rows[i]![0]).toMatchObject({ style: "section" });
  return i + 1;
}

function moneyOf(cell: TabCell | undefined): number {
  if (!cell || cell.t !== "money") throw new Error(`expected a money cell, got ${JSON.stringify(cell)}`);
  return cell.v;
}

describe("financeTab", () => {
  it("starts with the title and marker rows, then the sections in order", () => {
    const spec = tab(REGISTER);
    expect(spec.key).toBe("finance");
    expect(spec.name).toBe("Finance summary");
    expect(texts(spec.rows[0])).toEqual(["Finance summary"]);
    expect(texts(spec.rows[1])[0]!.startsWith(TAB_MARKER)).toBe(true);
    const sections = spec.rows.filter((r) => r[0]?.t === "text" && r[0].style === "section").map((r) => texts(r)[0]);
    expect(sections).toEqual([
      "Total commitment",
      "By directorate",
      "By status",
      "Unbudgeted commitments",
      "Commitments above the amount approved",
      "Amounts not counted",
    ]);
    expect(spec.widths.length).toBeGreaterThanOrEqual(5);
  });

  it("shows the total commitment as one money cell, leaving out the amounts not counted", () => {
    const spec = tab(REGISTER);
    const r = spec.rows[afterSection(spec, "Total commitment")]!;
    expect(moneyOf(r[0])).toBe(5_000 + 1_200_000 + 15_000);
  });

  for (const [title, name, label] of [
    ["By directorate", "PRA_FinanceDirectorate", "Directorate"],
    ["By status", "PRA_FinanceStatus", "Status"],
  ] as const) {
    it(`${title}: number and money cells, a Total row equal to the sum of the rows, outside the table`, () => {
      const spec = tab(REGISTER);
      const t = table(spec, name);
      expect(t.headerRow).toBe(afterSection(spec, title));
      expect(texts(spec.rows[t.headerRow])).toEqual([label, "Partnerships", "Commitment"]);
      expect(t.columns).toBe(3);
      const data = spec.rows.slice(t.headerRow + 1, t.lastRow + 1);
      for (const r of data) {
        expect(r[1]?.t).toBe("number");
        expect(r[2]?.t).toBe("money");
      }
      const total = spec.rows[t.lastRow + 1]!;
      expect(total[0]).toEqual({ t: "text", v: "Total", style: "total" });
      expect(total[1]).toEqual({ t: "number", v: data.reduce((a, r) => a + (r[1]?.t === "number" ? r[1].v : 0), 0), style: "total" });
      expect(total[2]).toMatchObject({ t: "money", style: "total" });
      expect(moneyOf(total[2])).toBe(data.reduce((a, r) => a + moneyOf(r[2]), 0));
      expect(moneyOf(total[2])).toBe(1_220_000);
    });
  }

  it("lists unbudgeted commitments and commitments above approval with money cells", () => {
    const spec = tab(REGISTER);
    const u = table(spec, "PRA_Unbudgeted");
    expect(texts(spec.rows[u.headerRow])).toEqual(["Ref", "Partnership", "Directorate", "Amount"]);
    expect(u.lastRow).toBe(u.headerRow + 1);
    const ur = spec.rows[u.lastRow]!;
    expect(texts(ur.slice(0, 3))).toEqual(["P-002", "Partnership P-002", "=SUM(A1)"]);
    expect(ur[3]).toEqual({ t: "money", v: 1_200_000 });

    const o = table(spec, "PRA_OverApproval");
    expect(texts(spec.rows[o.headerRow])).toEqual(["Ref", "Partnership", "Amount", "Approved", "Over"]);
    const rows = spec.rows.slice(o.headerRow + 1, o.lastRow + 1);
    const p3 = rows.find((r) => texts(r)[0] === "P-003")!;
    expect(p3.slice(2)).toEqual([
      { t: "money", v: 15_000 },
      { t: "money", v: 10_000 },
      { t: "money", v: 5_000 },
    ]);
  });

  it("lists the amounts not counted as written, as text, with why", () => {
    const spec = tab(REGISTER);
    const n = table(spec, "PRA_NotCounted");
    expect(texts(spec.rows[n.headerRow])).toEqual(["Ref", "Partnership", "As written", "Why"]);
    const rows = spec.rows.slice(n.headerRow + 1, n.lastRow + 1);
    expect(rows.map((r) => texts(r).slice(0, 3))).toEqual([
      ["P-004", "Partnership P-004", "-£500"],
      ["P-005", "Partnership P-005", "£1,000,000,000,000"],
    ]);
    expect(rows[0]![3]).toMatchObject({ t: "text", wrap: true });
    expect(n.lastRow).toBe(spec.rows.length - 1);
  });

  it('keeps a directorate named "=SUM(A1)" as a text cell', () => {
    const spec = tab(REGISTER);
    const t = table(spec, "PRA_FinanceDirectorate");
    const cells = spec.rows.slice(t.headerRow + 1, t.lastRow + 1).map((r) => r[0]);
    expect(cells).toContainEqual({ t: "text", v: "=SUM(A1)" });
  });

  it("fits every table exactly: unique names, header to last data row, as many columns as the header", () => {
    const spec = tab(REGISTER);
    const names = spec.tables!.map((t) => t.name);
    expect(names).toEqual(["PRA_FinanceDirectorate", "PRA_FinanceStatus", "PRA_Unbudgeted", "PRA_OverApproval", "PRA_NotCounted"]);
    for (const t of spec.tables!) {
      expect(spec.rows[t.headerRow]!).toHaveLength(t.columns);
      expect(spec.rows[t.headerRow]!.every((c) => c?.t === "text" && c.style === "heading")).toBe(true);
      for (const r of spec.rows.slice(t.headerRow + 1, t.lastRow + 1)) {
        expect(r).toHaveLength(t.columns);
        expect(r.every((c) => c !== null)).toBe(true);
      }
      // The row after a table is a Total row or a blank row, never more data.
      const next = spec.rows[t.lastRow + 1];
      expect(next === undefined || next.length === 0 || texts(next)[0] === "Total").toBe(true);
    }
  });

  it('says "None" and writes no table for an empty list', () => {
    const spec = tab([row("P-001", "£5,000")]);
    for (const title of ["Unbudgeted commitments", "Commitments above the amount approved", "Amounts not counted"]) {
      expect(spec.rows[afterSection(spec, title)]).toEqual([{ t: "text", v: "None", style: "muted" }]);
    }
    expect(spec.tables!.map((t) => t.name)).toEqual(["PRA_FinanceDirectorate", "PRA_FinanceStatus"]);
  });

  it("writes no directorate or status table when nothing is counted, and a zero total", () => {
    const spec = tab([row("P-001", "tbc")]);
    expect(moneyOf(spec.rows[afterSection(spec, "Total commitment")]![0])).toBe(0);
    expect(texts(spec.rows[afterSection(spec, "By directorate")])).toEqual(["No amounts counted."]);
    expect(spec.tables!.map((t) => t.name)).toEqual(["PRA_NotCounted"]);
  });
});
