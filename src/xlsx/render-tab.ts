import type ExcelJS from "exceljs";
import { LINK_LOOK, PALETTE } from "../domain/tabs/palette.js";
import { columnLetter } from "../domain/register/column-letter.js";
import { DATE_FORMAT, MONEY_FORMAT, type CellStyle, type TabCell, type TabSpec, type TabTable, type TabValidation } from "../domain/tabs/tab-spec.js";

/** exceljs's view of a style meaning: colours as ARGB. */
function fillFor(style: CellStyle | undefined): string | undefined {
  const fill = style ? PALETTE[style].fill : undefined;
  return fill ? `FF${fill}` : undefined;
}

function fontFor(style: CellStyle | undefined, link: boolean): Partial<ExcelJS.Font> | undefined {
  const look = link ? LINK_LOOK : style ? PALETTE[style] : undefined;
  if (!look || (!look.bold && !look.italic && !look.underline && !look.size && !look.color)) return undefined;
  const font: Partial<ExcelJS.Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = { argb: `FF${look.color}` };
  return font;
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
    const fill = fillFor(cell.style);
    if (fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: fill } };
    const font = fontFor(cell.style, cell.t === "link");
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

function valueOf(cell: Exclude<TabCell, null>): ExcelJS.CellValue {
  switch (cell.t) {
    case "text":
    case "number":
    case "money":
      return cell.v;
    case "date":
      return isoToDate(cell.v);
    case "link":
      return { text: cell.v, hyperlink: `#'${cell.sheet.replace(/'/g, "''")}'!${cell.cell}` };
  }
}

/** Writes one tab description into a new worksheet. Text stays text: exceljs only writes formulas for formula objects. */
export function renderTab(workbook: ExcelJS.Workbook, spec: TabSpec, name: string): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, {
    views: spec.freezeRows ? [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0 }] : undefined,
  });
  ws.columns = spec.widths.map((width) => ({ width }));
  for (const t of spec.tables ?? []) addTable(ws, spec, t);
  spec.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    cells.forEach((cell, c) => {
      if (!cell) return;
      const target = row.getCell(c + 1);
      target.value = valueOf(cell);
      target.style = styleFor(cell);
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of spec.validations ?? []) addValidation(ws, v);
  if (spec.print) {
    ws.pageSetup.orientation = spec.print.landscape ? "landscape" : "portrait";
    ws.pageSetup.paperSize = 9; // A4
    if (spec.print.fitToWidth || spec.print.fitToOnePage) {
      Object.assign(ws.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: spec.print.fitToOnePage ? 1 : 0 });
    }
    if (spec.print.titleRows) ws.pageSetup.printTitlesRow = `${spec.print.titleRows[0]}:${spec.print.titleRows[1]}`;
    ws.pageSetup.margins = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
  }
  return ws;
}

/** exceljs keeps a sheet's validations by address (a cell or a block); its typings leave the collection out. */
interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** A dropdown of the listed values over a block, blanks allowed, anything else refused with the error message. */
function addValidation(ws: ExcelJS.Worksheet, v: TabValidation): void {
  const address = `${columnLetter(v.left)}${v.top + 1}:${columnLetter(v.right)}${v.bottom + 1}`;
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${v.list.join(",").replace(/"/g, '""')}"`],
    showErrorMessage: true,
    error: v.error.slice(0, 255),
  };
  if (v.title) validation.errorTitle = v.title.slice(0, 32);
  if (v.prompt) {
    validation.showInputMessage = true;
    validation.prompt = v.prompt.slice(0, 255);
    if (v.title) validation.promptTitle = v.title.slice(0, 32);
  }
  (ws as unknown as WithValidations).dataValidations.add(address, validation);
}

/**
 * An Excel table (with filter buttons) over the header and data rows. A table needs at least one data row,
 * so an empty list gets a plain filter on its header instead.
 */
function addTable(ws: ExcelJS.Worksheet, spec: TabSpec, t: TabTable): void {
  const header = spec.rows[t.headerRow] ?? [];
  const names = Array.from({ length: t.columns }, (_, c) => {
    const cell = header[c];
    return cell && cell.t === "text" ? cell.v : `Column ${c + 1}`;
  });
  if (t.lastRow <= t.headerRow) {
    ws.autoFilter = { from: { row: t.headerRow + 1, column: 1 }, to: { row: t.headerRow + 1, column: t.columns } };
    return;
  }
  const rows = spec.rows.slice(t.headerRow + 1, t.lastRow + 1).map((cells) =>
    Array.from({ length: t.columns }, (_, c) => {
      const cell = cells[c];
      return cell ? valueOf(cell) : null;
    }),
  );
  ws.addTable({
    name: t.name,
    ref: `A${t.headerRow + 1}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight1", showRowStripes: true },
    columns: names.map((name) => ({ name, filterButton: true })),
    rows,
  });
}
