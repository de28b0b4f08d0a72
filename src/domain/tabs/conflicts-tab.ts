import type { ConflictPartnership, ConflictRow } from "../derive/conflicts.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { TabCell, TabSpec } from "./tab-spec.js";

const HEADERS = ["Person", "Partnership(s)", "Refs", "Roles", "Kind", "Evidence", "Certainty", "Recommended action"];

/** The Conflicts tab: one row a potential conflict of interest, as a filterable table. */
export function conflictsTab(rows: readonly ConflictRow[], from: Provenance): TabSpec {
  const out: TabCell[][] = [
    ...headerRows("Conflicts", from),
    [{ t: "text", v: countLine(rows) }],
    [],
    HEADERS.map((h) => ({ t: "text", v: h, style: "heading" }) as TabCell),
  ];
  const headerRow = out.length - 1;
  for (const r of rows) out.push(conflictRow(r));
  return {
    key: "conflicts",
    name: "Conflicts",
    widths: [24, 36, 12, 30, 24, 50, 11, 60],
    rows: out,
    freezeRows: headerRow + 1,
    tables: [{ name: "PRA_Conflicts", headerRow, lastRow: out.length - 1, columns: HEADERS.length }],
    print: { landscape: true, fitToWidth: true, titleRows: [headerRow + 1, headerRow + 1] },
  };
}

function countLine(rows: readonly ConflictRow[]): string {
  if (rows.length === 0) return "No potential conflicts of interest found.";
  const people = new Set(rows.map((r) => r.person.toLowerCase())).size;
  const partnerships = new Set(rows.flatMap((r) => r.partnerships.map((p) => p.row))).size;
  const possible = rows.filter((r) => r.certainty === "possible").length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    `${plural(rows.length, "potential conflict of interest", "potential conflicts of interest")} involving ` +
    `${plural(people, "person", "people")} across ${plural(partnerships, "partnership", "partnerships")}` +
    (possible > 0 ? `; ${possible} rest${possible === 1 ? "s" : ""} on a name that only partly matches.` : ".")
  );
}

function partnershipLabel(p: ConflictPartnership): string {
  return p.name ?? p.ref ?? `Row ${p.row}`;
}

function conflictRow(r: ConflictRow): TabCell[] {
  return [
    { t: "text", v: r.person },
    { t: "text", v: r.partnerships.map(partnershipLabel).join("; "), wrap: true },
    { t: "text", v: r.partnerships.map((p) => p.ref ?? "").filter((x) => x !== "").join(", "), wrap: true },
    { t: "text", v: r.roles.join(", "), wrap: true },
    { t: "text", v: r.kind.charAt(0).toUpperCase() + r.kind.slice(1) },
    { t: "text", v: r.evidence, wrap: true },
    r.certainty === "possible" ? { t: "text", v: "Possible", style: "warning" } : { t: "text", v: "Exact" },
    { t: "text", v: r.action, wrap: true },
  ];
}
