import type { FinanceSummary } from "../derive/finance.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { TabCell, TabSpec, TabTable } from "./tab-spec.js";

const text = (v: string, wrap = false): TabCell => (wrap ? { t: "text", v, wrap: true } : { t: "text", v });
const money = (v: number): TabCell => ({ t: "money", v });
const count = (v: number): TabCell => ({ t: "number", v });
const heading = (hs: readonly string[]): TabCell[] => hs.map((h) => ({ t: "text", v: h, style: "heading" }) as TabCell);

/** The Finance summary tab, for finance teams: total commitment, by directorate and status, and the flagged commitments. */
export function financeTab(f: FinanceSummary, from: Provenance): TabSpec {
  const rows: TabCell[][] = [...headerRows("Finance summary", from)];
  const tables: TabTable[] = [];

  const section = (title: string) => {
    rows.push([]);
    rows.push([{ t: "text", v: title, style: "section" }]);
  };
  /** A header row and its data rows, as a table; "None" instead when there are no rows. Returns whether it wrote any. */
  const list = (name: string, headers: readonly string[], data: TabCell[][], none = "None"): boolean => {
    if (data.length === 0) {
      rows.push([{ t: "text", v: none, style: "muted" }]);
      return false;
    }
    rows.push(heading(headers));
    const headerRow = rows.length - 1;
    rows.push(...data);
    tables.push({ name, headerRow, lastRow: rows.length - 1, columns: headers.length });
    return true;
  };
  const totalRow = (partnerships: number, total: number) =>
    rows.push([
      { t: "text", v: "Total", style: "total" },
      { t: "number", v: partnerships, style: "total" },
      { t: "money", v: total, style: "total" },
    ]);

  section("Total commitment");
  rows.push([
    { t: "money", v: f.total, style: "total" },
    text(
      `The council's yearly contribution across ${f.counted} partnership${f.counted === 1 ? "" : "s"}` +
        (f.notCounted.length > 0 ? `; ${f.notCounted.length} amount${f.notCounted.length === 1 ? " is" : "s are"} not counted (see below).` : "."),
    ),
  ]);

  section("By directorate");
  if (list("PRA_FinanceDirectorate", ["Directorate", "Partnerships", "Commitment"], f.byDirectorate.map((d) => [text(d.name), count(d.partnerships), money(d.total)]), "No amounts counted.")) {
    totalRow(sum(f.byDirectorate.map((d) => d.partnerships)), f.total);
  }

  section("By status");
  if (list("PRA_FinanceStatus", ["Status", "Partnerships", "Commitment"], f.byStatus.map((s) => [text(s.status), count(s.partnerships), money(s.total)]), "No amounts counted.")) {
    totalRow(sum(f.byStatus.map((s) => s.partnerships)), f.total);
  }

  section("Unbudgeted commitments");
  list(
    "PRA_Unbudgeted",
    ["Ref", "Partnership", "Directorate", "Amount"],
    f.unbudgeted.map((l) => [text(l.ref ?? ""), text(l.partnership ?? `Row ${l.row}`, true), text(l.directorate), money(l.amount)]),
  );

  section("Commitments above the amount approved");
  list(
    "PRA_OverApproval",
    ["Ref", "Partnership", "Amount", "Approved", "Over"],
    f.overApproval.map((l) => [text(l.ref ?? ""), text(l.partnership ?? `Row ${l.row}`, true), money(l.amount), money(l.approved), money(l.over)]),
  );

  section("Amounts not counted");
  list(
    "PRA_NotCounted",
    ["Ref", "Partnership", "As written", "Why"],
    f.notCounted.map((n) => [text(n.ref ?? ""), text(n.partnership ?? `Row ${n.row}`, true), text(n.text), text(n.reason, true)]),
  );

  return {
    key: "finance",
    name: "Finance summary",
    widths: [24, 40, 24, 36, 16],
    rows,
    tables,
    print: { landscape: false, fitToWidth: true },
  };
}

/** The Total row's figure comes from the summary's total, which the summary keeps equal to the sum of its groups. */
function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
