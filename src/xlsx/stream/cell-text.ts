// Small conversions shared by the streaming reader, each doing what exceljs 4.4 does when it loads a file,
// so the streaming grids match readGrids(openWorkbook(file)).

const ENTITY = /&([a-z]*);/g;

/**
 * exceljs decodes the five XML entities a second time in `t="str"` cells, formula string results and sheet
 * names (text the XML parser has already unescaped), so "&amp;lt;" in the file reads as "<".
 */
export function xmlDecodeAgain(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (c) => {
    switch (c) {
      case "&lt;":
        return "<";
      case "&gt;":
        return ">";
      case "&amp;":
        return "&";
      case "&apos;":
        return "'";
      case "&quot;":
        return '"';
      default:
        return c;
    }
  });
}

const X_ESCAPE = /_x([0-9A-F]{4})_/g;

/** Excel's `_xHHHH_` escapes in shared strings and rich-text runs (upper-case hex only, as exceljs reads them). */
export function decodeXEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(X_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Whether a number format shows a date or time: exceljs's test (y, m, d, h, M, s or b outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]+/.test(bare);
}

/**
 * The built-in number formats exceljs knows a format code for (its defaultnumformats.js). The East Asian
 * date formats 27–36 and 50–58 have no code there, so exceljs does not read those cells as dates, and neither do we.
 */
export const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

const DAY_MS = 24 * 3600 * 1000;

/** An Excel serial date as exceljs converts it (`utils.excelToDate`), including its coercion of non-numbers. */
export function excelToDate(serial: unknown, date1904: boolean): Date {
  return new Date(Math.round(((serial as number) - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));
}

/** `true` for "1" and "true", as exceljs reads boolean attributes. */
export function attributeTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

const LETTERS: string[] = [];

/** Column letter for a 1-based column number. */
export function columnLetter(n: number): string {
  let cached = LETTERS[n];
  if (cached !== undefined) return cached;
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  if (n < 20000) LETTERS[n] = s;
  cached = s;
  return cached;
}

/** The 1-based column of a cell reference such as "AB12" (0 when it has no letters). */
export function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else if (ch >= 97 && ch <= 122) col = col * 26 + (ch - 96);
    else if (ch !== 36) break; // "$"
  }
  return col;
}

/** The 1-based row of a cell reference such as "AB12" (NaN when there is none). */
export function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && !(ref.charCodeAt(i) >= 48 && ref.charCodeAt(i) <= 57)) i++;
  return parseInt(ref.slice(i), 10);
}

/** A range such as "A1:M2" (or one cell) as 1-based top, left, bottom, right; null when it cannot be read. */
export function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a = "", b = a] = ref.split(":");
  const t = rowOf(a);
  const l = columnOf(a);
  const bt = rowOf(b);
  const r = columnOf(b);
  if (!(t > 0 && l > 0 && bt > 0 && r > 0)) return null;
  return { top: Math.min(t, bt), left: Math.min(l, r), bottom: Math.max(t, bt), right: Math.max(l, r) };
}

/**
 * A copy of `text` that does not keep the parser's chunk alive. The SAX parser hands over slices of its
 * decompressed chunks, and V8 keeps a whole chunk for as long as any slice of it lives: kept cell strings would
 * otherwise hold on to the entire sheet's XML. Concatenating flattens into a fresh string of the text's own size.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}
