import type ExcelJS from "exceljs";
import { DATE_FORMAT, MONEY_FORMAT, type CellStyle, type TabCell, type TabSpec } from "../domain/tabs/tab-spec.js";

const FILL: Partial<Record<CellStyle, string>> = {
  error: "FFF4CCCC",
  warning: "FFFFE7B3",
  info: "FFDCE9F7",
  good: "FFD5EDD5",
  heading: "FF1F4E79",
  total: "FFEDEDED",
};

function fontFor(style: CellStyle | undefined): Partial<ExcelJS.Font> | undefined {
  switch (style) {
    case "title":
      return { bold: true, size: 14 };
    case "subtitle":
    case "muted":
      return { italic: true, color: { argb: "FF595959" } };
    case "heading":
      return { bold: true, color: { argb: "FFFFFFFF" } };
    case "total":
    case "error":
      return { bold: true };
    default:
      return undefined;
  }
}

/** Styles are shared objects, one per meaning, so exceljs does not build a style per cell. */
const STYLES = new Map<string, Partial<ExcelJS.Style>>();
function styleFor(cell: Exclude<TabCell, null>): Partial<ExcelJS.Style> {
  const wrap = cell.t === "text" && cell.wrap === true;
  const numFmt = cell.t === "money" ? MONEY_FORMAT : cell.t === "date" ? DATE_FORMAT : cell.t === "number" ? cell.format : cell.t === "text" ? "@" : undefined;
  const key = `${cell.style ?? ""}|${wrap}|${numFmt ?? ""}|${cell.t === "link"}`;
  let style = STYLES.get(key);
  if (!style) {
    style = {};
    const fill = cell.style ? FILL[cell.style] : undefined;
    if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    const font = cell.t === "link" ? { underline: true, color: { argb: "FF0563C1" } } : fontFor(cell.style);
    if (font) style.font = font;
    if (numFmt) style.numFmt = numFmt;
    if (wrap) style.alignment = { wrapText: true, vertical: "top" };
    STYLES.set(key, style);
  }
  return style;
}

function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Writes one tab description into a new worksheet. Text stays text: exceljs only writes formulas for formula objects. */
export function renderTab(workbook: ExcelJS.Workbook, spec: TabSpec, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: spec.freezeRows ? [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0 }] : undefined,
  });
  ws.columns = spec.widths.map((width) => ({ width }));
  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      switch (cell.t) {
        case "text":
          target.value = cell.v;
          break;
        case "number":
        case "money":
          target.value = cell.v;
          break;
        case "date":
          target.value = isoToDate(cell.v);
          break;
        case "link":
          target.value = { text: cell.v, hyperlink: `#'${cell.sheet.replace(/'/g, "''")}'!${cell.cell}` };
          break;
      }
      target.style = styleFor(cell);
    });
  });
  if (spec.table) addTable(ws, spec);
  if (spec.print) {
    ws.pageSetup.orientation = spec.print.landscape ? "landscape" : "portrait";
    if (spec.print.fitToWidth) Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    if (spec.print.titleRows) ws.pageSetup.printTitlesRow = `${spec.print.titleRows[0]}:${spec.print.titleRows[1]}`;
  }
  return ws;
}

/** An autofilter over the header and data rows (a full Excel table comes with the tabs issue's package writer). */
function addTable(ws: ExcelJS.Worksheet, spec: TabSpec): void {
  const t = spec.table!;
  const top = t.headerRow + 1;
  const bottom = Math.max(spec.rows.length, top);
  ws.autoFilter = { from: { row: top, column: 1 }, to: { row: bottom, column: t.columns } };
}
