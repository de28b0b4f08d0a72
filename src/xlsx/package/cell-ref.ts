import { excelSerialOf } from "../../domain/register/calendar.js";
/** Column letters for a 1-based column number: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Column letters 1..count, index 0 unused ("" ), for hot loops. */
export function columnTable(count: number): string[] {
  const out = [""];
  for (let c = 1; c <= count; c++) out.push(columnLetters(c));
  return out;
}

/** A sheet name quoted for a formula or a hyperlink location: 'It''s'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Days since 1899-12-30 (or 1904-01-01) for an ISO date, as Excel stores dates; undefined if not a date. */
export { excelSerialOf as dateSerial };
