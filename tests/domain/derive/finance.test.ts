import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { deriveFinance, type FinanceSummary } from "../../../src/domain/derive/finance.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { cleanRow, FULL_HEADERS, registerGrid } from "../../helpers/grid.js";

const TODAY = "2026-06-30";

function financeOf(rows: Record<string, CellValue>[]): FinanceSummary {
  return deriveFinance(check([registerGrid(FULL_HEADERS, rows)], defaultProfile(), TODAY));
}

/** Budget approved and within the approved amount, so no finance finding fires. */
function row(ref: string, amount: CellValue, extra: Record<string, CellValue> = {}): Record<string, CellValue> {
  return cleanRow({ Ref: ref, Partnership: `Partnership ${ref}`, "Annual contribution": amount, "Approved amount": "", ...extra });
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const MIXED = [
  row("P-001", "£5,000", { Directorate: "Place", Status: "Active" }),
  row("P-002", "£1.2m", { Directorate: "People", Status: "Active" }),
  row("P-003", 20000, { Directorate: "place", Status: "Closed 2024" }),
  row("P-004", "£7,500", { Directorate: "", Status: "Proposed" }),
  row("P-005", "-£500", { Directorate: "Place" }),
  row("P-006", "£1,000,000,000,000", { Directorate: "Place" }),
  row("P-007", "£50,000", { Directorate: "Place", "Form of partnership": "Contract for services" }),
  row("P-008", "", { Directorate: "Resources", Status: "" }),
];

describe("deriveFinance", () => {
  it("adds up: directorate and status totals each equal the grand total, which is the sum of the counted rows", () => {
    const f = financeOf(MIXED);
    expect(f.total).toBe(5_000 + 1_200_000 + 20_000 + 7_500);
    expect(f.counted).toBe(4);
    expect(sum(f.byDirectorate.map((d) => d.total))).toBe(f.total);
    expect(sum(f.byStatus.map((s) => s.total))).toBe(f.total);
    expect(sum(f.byDirectorate.map((d) => d.partnerships))).toBe(f.counted);
    expect(sum(f.byStatus.map((s) => s.partnerships))).toBe(f.counted);
  });

  it('reads "£1.2m" as £1,200,000', () => {
    const f = financeOf([row("P-001", "£1.2m")]);
    expect(f.total).toBe(1_200_000);
    expect(f.byDirectorate).toEqual([{ name: "Place", partnerships: 1, total: 1_200_000 }]);
  });

  it("lists a negative and an implausibly large amount under notCounted, as written, and leaves them out of every total", () => {
    const f = financeOf(MIXED);
    expect(f.notCounted.map((n) => [n.ref, n.partnership, n.text])).toEqual([
      ["P-005", "Partnership P-005", "-£500"],
      ["P-006", "Partnership P-006", "£1,000,000,000,000"],
    ]);
    expect(f.notCounted[0]!.reason).toMatch(/negative/i);
    expect(f.notCounted[1]!.reason).toContain("£1,000,000,000 or more");
    expect(f.byDirectorate.find((d) => d.name === "Place")!.total).toBe(25_000);
  });

  it("lists an unreadable or not-yet-known amount under notCounted with the reason", () => {
    const f = financeOf([row("P-001", "£5k-£10k"), row("P-002", "tbc"), row("P-003", "£1,000")]);
    expect(f.total).toBe(1_000);
    expect(f.notCounted.map((n) => [n.row, n.text])).toEqual([
      [2, "£5k-£10k"],
      [3, "tbc"],
    ]);
    expect(f.notCounted[0]!.reason).toContain("a range");
    expect(f.notCounted[1]!.reason).toMatch(/not yet known/i);
  });

  it("leaves out-of-scope rows out of the totals and out of notCounted", () => {
    const f = financeOf([row("P-001", "£50,000", { "Form of partnership": "Contract for services" }), row("P-002", "£-5", { "Form of partnership": "PFI scheme" })]);
    expect(f.total).toBe(0);
    expect(f.counted).toBe(0);
    expect(f.byDirectorate).toEqual([]);
    expect(f.notCounted).toEqual([]);
  });

  it('counts closed partnerships under "Closed", and blank statuses and directorates as "Not recorded"', () => {
    const f = financeOf(MIXED);
    expect(f.byStatus).toEqual([
      { status: "Active", partnerships: 2, total: 1_205_000 },
      { status: "Closed", partnerships: 1, total: 20_000 },
      { status: "Proposed", partnerships: 1, total: 7_500 },
    ]);
    expect(financeOf([row("P-001", "£300", { Status: "", Directorate: "" })]).byStatus).toEqual([
      { status: "Not recorded", partnerships: 1, total: 300 },
    ]);
  });

  it("groups directorates regardless of case and spacing, biggest total first, blank as 'Not recorded'", () => {
    const f = financeOf(MIXED);
    expect(f.byDirectorate).toEqual([
      { name: "People", partnerships: 1, total: 1_200_000 },
      { name: "Place", partnerships: 2, total: 25_000 },
      { name: "Not recorded", partnerships: 1, total: 7_500 },
    ]);
  });

  it("keeps pence exact, so totals still add up", () => {
    const f = financeOf([row("P-001", "£0.10"), row("P-002", "£0.20"), row("P-003", "£1,234.56", { Directorate: "People" })]);
    expect(f.byDirectorate.find((d) => d.name === "Place")!.total).toBe(0.3);
    expect(f.total).toBe(1234.86);
  });

  it("lists unbudgeted commitments with their amounts and directorates", () => {
    const f = financeOf([
      row("P-001", "£5,000"),
      row("P-002", "£20,000", { "Budget approved": "No", Directorate: "People" }),
      row("P-003", "£1.2m", { "Budget approved": "" }),
    ]);
    expect(f.unbudgeted).toEqual([
      { row: 4, ref: "P-003", partnership: "Partnership P-003", directorate: "Place", amount: 1_200_000 },
      { row: 3, ref: "P-002", partnership: "Partnership P-002", directorate: "People", amount: 20_000 },
    ]);
    // Still counted in the totals: the money is committed.
    expect(f.total).toBe(1_225_000);
  });

  it("lists commitments above the approved amount with the amount, the approval and how much over", () => {
    const f = financeOf([
      row("P-001", "£5,000", { "Approved amount": "£10,000" }),
      row("P-002", "£15,000", { "Approved amount": "£10,000" }),
    ]);
    expect(f.overApproval).toEqual([
      { row: 3, ref: "P-002", partnership: "Partnership P-002", directorate: "Place", amount: 15_000, approved: 10_000, over: 5_000 },
    ]);
    expect(f.unbudgeted).toEqual([]);
  });
});
