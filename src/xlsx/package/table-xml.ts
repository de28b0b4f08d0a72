import type { TabSpec, TabTable } from "../../domain/tabs/tab-spec.js";
import { columnLetters } from "./cell-ref.js";
import { escapeAttr } from "./xml-text.js";

/** A table part we are about to write. */
export interface PlannedTable {
  /** Unique among the workbook's tables. */
  id: number;
  /** Unique among the workbook's tables and defined names. */
  name: string;
  /** Part name, e.g. xl/tables/table3.xml. */
  part: string;
  /** Relationship id from its sheet. */
  rId: string;
  /** A5:H40 */
  ref: string;
  /** 0-based spec row of the header. */
  headerRow: number;
  /** Column names, unique (case-insensitively) and non-empty; the header cells are written with exactly these. */
  columns: string[];
}

/** Column names from the header cells: blanks become "Column N", repeats get a number, as Excel does. */
export function tableColumnNames(spec: TabSpec, t: TabTable): string[] {
  const header = spec.rows[t.headerRow] ?? [];
  const seen = new Set<string>();
  return Array.from({ length: t.columns }, (_, c) => {
    const cell = header[c];
    // A header row still to be made (in `more`) comes with its texts.
    const text = t.headerRow >= spec.rows.length ? (t.names?.[c] ?? "") : cell && (cell.t === "text" || cell.t === "link") ? cell.v : "";
    let name = text.trim() ? text : `Column ${c + 1}`;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${text.trim() ? text : `Column ${c + 1}`}${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/** A table name not in `taken` (lower-cased names), made from `wanted`. */
export function uniqueTableName(wanted: string, taken: Set<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.\\]/g, "_");
  if (!/^[A-Za-z_\\]/.test(base)) base = `_${base}`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The range a table covers: header row through its last row, columns from A. */
export function tableRef(t: TabTable): string {
  return `A${t.headerRow + 1}:${columnLetters(t.columns)}${t.lastRow + 1}`;
}

/** A table part: filter buttons on every column, banded rows, no totals. */
export function tableXml(t: PlannedTable, mainNs: string): string {
  const cols = t.columns.map((name, i) => `<tableColumn id="${i + 1}" name="${escapeAttr(name)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${mainNs}" id="${t.id}" name="${escapeAttr(t.name)}" displayName="${escapeAttr(t.name)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight1" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}
