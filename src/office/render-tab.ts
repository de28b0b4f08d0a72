// A tab description (TabSpec) as bulk Office.js writes: planned as plain data first (sized for the 5 MB request
// limit), then queued on a worksheet. Same look as the exceljs renderer used by the CLI.
import { LINK_LOOK, PALETTE, type Look } from "../domain/tabs/palette.js";
import { DATE_FORMAT, MONEY_FORMAT, type CellStyle, type TabCell, type TabSpec, type TabTable } from "../domain/tabs/tab-spec.js";
import { formulaString, quoteSheet, rangeAddress } from "./addresses.js";
import { jsonBytes, OP_OVERHEAD, PAYLOAD_BUDGET, splitBySize } from "./payload.js";
import { excelSerialOf } from "../domain/register/calendar.js";

/** Fill colours by meaning ("#RRGGBB"), from the shared palette, so the pane's tabs look like the CLI's. */
export const FILL: Partial<Record<CellStyle, string>> = Object.fromEntries(
  Object.entries(PALETTE).flatMap(([style, look]) => (look.fill ? [[style, `#${look.fill}`]] : [])),
);

export interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
}

function fontOf(look: Look | undefined): FontSpec | undefined {
  if (!look || (!look.bold && !look.italic && !look.underline && !look.size && !look.color)) return undefined;
  const font: FontSpec = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = `#${look.color}`;
  return font;
}

const LINK_FONT: FontSpec = fontOf(LINK_LOOK)!;

export function fontFor(style: CellStyle | undefined): FontSpec | undefined {
  return fontOf(style ? PALETTE[style] : undefined);
}

/** Excel's limits on a data validation's messages and titles. */
const MAX_MESSAGE = 255;
const MAX_TITLE = 32;

/** Excel's text number format: a value written into such a cell stays text, even "=…", "+…", "-…" or "@…". */
export const TEXT_FORMAT = "@";
/** Excel's longest cell text. */
const MAX_CELL_TEXT = 32767;

/** One write, as data. Addresses are relative to the sheet the op is queued on. */
export type SheetOp =
  /** One number format for every cell of a block (Office copies a single value over the range). */
  | { op: "numberFormat"; address: string; format: string }
  | { op: "values"; address: string; values: (string | number | boolean)[][] }
  | { op: "style"; address: string; fill?: string; font?: FontSpec; wrap?: boolean }
  | { op: "columnWidth"; address: string; points: number }
  | { op: "merge"; address: string }
  | { op: "freezeRows"; rows: number }
  | { op: "table"; address: string; name: string }
  | { op: "autoFilter"; address: string }
  /** A dropdown of allowed values (ExcelApi 1.8: data validation). */
  | { op: "validation"; address: string; list: string[]; error: string; prompt?: string; title?: string };

/** A group of ops that must go to Excel in one request, with its estimated size. */
export interface WritePiece {
  what: string;
  bytes: number;
  ops: SheetOp[];
}

export interface RenderOptions {
  /** The name to give a table while the tab is being built (table names are unique in the workbook). */
  tableName(t: TabTable): string;
  /** Whether filter buttons can be put on a list with no rows (ExcelApi 1.9). */
  autoFilter: boolean;
  /** Whether the host has data validation (ExcelApi 1.8); without it a tab's dropdowns are left out. */
  validations?: boolean;
  /** Request budget per piece; the default leaves headroom under Excel on the web's 5 MB. */
  budget?: number;
}

/** Days since Excel's epoch (30 December 1899) for an ISO date: how Excel stores a date. */
export function excelSerial(iso: string): number {
  return excelSerialOf(iso) ?? Number.NaN;
}

/** The one formula we ever write: a link to a cell in this workbook. */
export function hyperlinkFormula(sheet: string, cell: string, text: string): string {
  return `=HYPERLINK(${formulaString(`#${quoteSheet(sheet)}!${cell}`)},${formulaString(text)})`;
}

/** What goes into the values array for a cell. Text is only safe because its cell is formatted "@" first. */
export function cellValue(cell: TabCell | undefined): string | number {
  if (!cell) return "";
  switch (cell.t) {
    case "text":
      return cell.v.length > MAX_CELL_TEXT ? cell.v.slice(0, MAX_CELL_TEXT) : cell.v;
    case "number":
    case "money":
      return Number.isFinite(cell.v) ? cell.v : "";
    case "date":
      return excelSerial(cell.v);
    case "link":
      return hyperlinkFormula(cell.sheet, cell.cell, cell.v);
  }
}

/** The number format a cell needs, or null for General (a new sheet's default). */
export function numberFormatOf(cell: TabCell | undefined): string | null {
  if (!cell) return null;
  switch (cell.t) {
    case "text":
      return TEXT_FORMAT;
    case "money":
      return MONEY_FORMAT;
    case "date":
      return DATE_FORMAT;
    case "number":
      return cell.format ?? null;
    case "link":
      return null;
  }
}

function styleKey(cell: TabCell | undefined): string | null {
  if (!cell) return null;
  const wrap = cell.t === "text" && cell.wrap === true;
  const link = cell.t === "link";
  if (!cell.style && !wrap && !link) return null;
  return `${cell.style ?? ""}|${wrap ? 1 : 0}|${link ? 1 : 0}`;
}

function styleOp(key: string, address: string): SheetOp | null {
  const [style, wrap, link] = key.split("|") as [string, string, string];
  const s = (style || undefined) as CellStyle | undefined;
  const op: Extract<SheetOp, { op: "style" }> = { op: "style", address };
  const fill = s ? FILL[s] : undefined;
  if (fill) op.fill = fill;
  const font = link === "1" ? LINK_FONT : fontFor(s);
  if (font) op.font = font;
  if (wrap === "1") op.wrap = true;
  return op.fill || op.font || op.wrap ? op : null;
}

interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
  key: string;
}

/**
 * Blocks of cells sharing a key, so formats go out as a few ranges rather than cell by cell: runs of equal keys
 * along each row, extended down while the next row has the very same run.
 */
export function blocks(top: number, bottom: number, width: number, keyAt: (r: number, c: number) => string | null): Block[] {
  const done: Block[] = [];
  let open = new Map<string, Block>();
  for (let r = top; r <= bottom; r++) {
    const next = new Map<string, Block>();
    let c = 0;
    while (c < width) {
      const key = keyAt(r, c);
      let end = c;
      while (end + 1 < width && keyAt(r, end + 1) === key) end++;
      if (key !== null) {
        const id = `${c}:${end}:${key}`;
        const b = open.get(id);
        if (b && b.bottom === r - 1) {
          b.bottom = r;
          open.delete(id);
          next.set(id, b);
        } else next.set(id, { top: r, left: c, bottom: r, right: end, key });
      }
      c = end + 1;
    }
    for (const b of open.values()) done.push(b);
    open = next;
  }
  for (const b of open.values()) done.push(b);
  return done;
}

/** Each property set is one queued operation in Office, so a style op costs one overhead per property. */
function opBytes(op: SheetOp): number {
  let sets = 1;
  if (op.op === "style") sets = (op.fill ? 1 : 0) + (op.font ? Object.keys(op.font).length : 0) + (op.wrap ? 2 : 0);
  if (op.op === "table") sets = 3;
  if (op.op === "validation") sets = 4;
  return jsonBytes(op) + OP_OVERHEAD * Math.max(1, sets);
}

export function piecesBytes(ops: readonly SheetOp[]): number {
  let n = 0;
  for (const op of ops) n += opBytes(op);
  return n;
}

/** Column width in points for a width in characters (Calibri 11: 7 pixels a character plus 5 of padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The width of a tab's grid: the longest row, ignoring trailing empty cells. */
function gridWidth(spec: TabSpec): number {
  let w = 0;
  for (const row of spec.rows) {
    let n = row.length;
    while (n > 0 && !row[n - 1]) n--;
    if (n > w) w = n;
  }
  return w;
}

/**
 * The tab as pieces of at most `budget` bytes each: column widths; then, for each run of rows, the number formats
 * ("@" for text, set BEFORE the values so text is never read as a formula), the values as one 2-D array, and the
 * fills and fonts as blocks; last, merges, frozen rows and tables over the rows already written.
 */
export function planTab(spec: TabSpec, options: RenderOptions): WritePiece[] {
  const budget = options.budget ?? PAYLOAD_BUDGET;
  const width = gridWidth(spec);
  const pieces: WritePiece[] = [];

  const widthOps: SheetOp[] = [];
  for (let c = 0; c < spec.widths.length; ) {
    let end = c;
    while (end + 1 < spec.widths.length && spec.widths[end + 1] === spec.widths[c]) end++;
    widthOps.push({ op: "columnWidth", address: rangeAddress(0, c, 0, end), points: widthPoints(spec.widths[c]!) });
    c = end + 1;
  }
  if (widthOps.length) pieces.push({ what: `${spec.name}: column widths`, bytes: piecesBytes(widthOps), ops: widthOps });

  if (width > 0 && spec.rows.length > 0) {
    const rowBytes = spec.rows.map((row) => {
      let n = 2 + width;
      for (let c = 0; c < width; c++) n += jsonBytes(cellValue(row[c]));
      return n;
    });
    // Values take most of a piece; formats usually add little (blocks), and a piece that runs over is halved.
    for (const [start, end] of splitBySize(rowBytes, Math.floor(budget * 0.6))) {
      pushRows(spec, width, start, end - 1, budget, pieces);
    }
  }

  const finish: SheetOp[] = [];
  for (const m of spec.merges ?? []) finish.push({ op: "merge", address: rangeAddress(m.top, m.left, m.bottom, m.right) });
  if (spec.freezeRows) finish.push({ op: "freezeRows", rows: spec.freezeRows });
  for (const t of spec.tables ?? []) {
    if (t.columns < 1) continue;
    if (t.lastRow > t.headerRow) {
      finish.push({ op: "table", address: rangeAddress(t.headerRow, 0, t.lastRow, t.columns - 1), name: options.tableName(t) });
    } else if (options.autoFilter) {
      finish.push({ op: "autoFilter", address: rangeAddress(t.headerRow, 0, t.headerRow, t.columns - 1) });
    }
  }
  if (options.validations) {
    for (const v of spec.validations ?? []) {
      const op: Extract<SheetOp, { op: "validation" }> = {
        op: "validation",
        address: rangeAddress(v.top, v.left, v.bottom, v.right),
        list: v.list,
        error: v.error.slice(0, MAX_MESSAGE),
      };
      if (v.prompt) op.prompt = v.prompt.slice(0, MAX_MESSAGE);
      if (v.title) op.title = v.title.slice(0, MAX_TITLE);
      finish.push(op);
    }
  }
  if (finish.length) pieces.push({ what: `${spec.name}: tables and layout`, bytes: piecesBytes(finish), ops: finish });
  return pieces;
}

function pushRows(spec: TabSpec, width: number, top: number, bottom: number, budget: number, out: WritePiece[]): void {
  const cellAt = (r: number, c: number) => spec.rows[r]?.[c] ?? null;
  const ops: SheetOp[] = [];
  for (const b of blocks(top, bottom, width, (r, c) => numberFormatOf(cellAt(r, c) ?? undefined))) {
    ops.push({ op: "numberFormat", address: rangeAddress(b.top, b.left, b.bottom, b.right), format: b.key });
  }
  const values: (string | number)[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row = spec.rows[r] ?? [];
    const line: (string | number)[] = new Array<string | number>(width);
    for (let c = 0; c < width; c++) line[c] = cellValue(row[c] ?? undefined);
    values.push(line);
  }
  ops.push({ op: "values", address: rangeAddress(top, 0, bottom, width - 1), values });
  for (const b of blocks(top, bottom, width, (r, c) => styleKey(cellAt(r, c) ?? undefined))) {
    const op = styleOp(b.key, rangeAddress(b.top, b.left, b.bottom, b.right));
    if (op) ops.push(op);
  }
  const bytes = piecesBytes(ops);
  if (bytes > budget && bottom > top) {
    const mid = Math.floor((top + bottom) / 2);
    pushRows(spec, width, top, mid, budget, out);
    pushRows(spec, width, mid + 1, bottom, budget, out);
    return;
  }
  out.push({ what: `${spec.name}: rows ${top + 1}–${bottom + 1}`, bytes, ops });
}

/** Queues the ops on a worksheet (nothing is sent until the caller syncs). */
export function applyOps(sheet: Excel.Worksheet, ops: readonly SheetOp[]): void {
  for (const op of ops) {
    switch (op.op) {
      case "numberFormat":
        sheet.getRange(op.address).numberFormat = [[op.format]];
        break;
      case "values":
        sheet.getRange(op.address).values = op.values;
        break;
      case "style": {
        const format = sheet.getRange(op.address).format;
        if (op.fill) format.fill.color = op.fill;
        if (op.font) {
          const font = format.font;
          if (op.font.bold !== undefined) font.bold = op.font.bold;
          if (op.font.italic !== undefined) font.italic = op.font.italic;
          if (op.font.size !== undefined) font.size = op.font.size;
          if (op.font.color !== undefined) font.color = op.font.color;
          if (op.font.underline !== undefined) font.underline = op.font.underline ? "Single" : "None";
        }
        if (op.wrap) {
          format.wrapText = true;
          format.verticalAlignment = "Top";
        }
        break;
      }
      case "columnWidth":
        sheet.getRange(op.address).format.columnWidth = op.points;
        break;
      case "merge":
        sheet.getRange(op.address).merge(false);
        break;
      case "freezeRows":
        sheet.freezePanes.freezeRows(op.rows);
        break;
      case "table": {
        const table = sheet.tables.add(op.address, true);
        table.name = op.name;
        table.style = "TableStyleLight1";
        break;
      }
      case "autoFilter":
        sheet.autoFilter.apply(sheet.getRange(op.address));
        break;
      case "validation": {
        const validation = sheet.getRange(op.address).dataValidation;
        validation.rule = { list: { inCellDropDown: true, source: op.list.join(",") } };
        validation.ignoreBlanks = true;
        validation.errorAlert = { message: op.error, showAlert: true, style: "Stop", title: op.title ?? "" };
        if (op.prompt) validation.prompt = { message: op.prompt, showPrompt: true, title: op.title ?? "" };
        break;
      }
    }
  }
}

/** Print setup as the CLI's workbook has it (ExcelApi 1.9: page layout). */
export interface PrintSetup {
  orientation: "Landscape" | "Portrait";
  fitToWidth: boolean;
  fitToOnePage: boolean;
  titleRows: string | null;
}

export function planPrint(spec: TabSpec): PrintSetup | null {
  const p = spec.print;
  if (!p) return null;
  return {
    orientation: p.landscape ? "Landscape" : "Portrait",
    fitToWidth: p.fitToWidth,
    fitToOnePage: p.fitToOnePage === true,
    titleRows: p.titleRows ? `$${p.titleRows[0]}:$${p.titleRows[1]}` : null,
  };
}

const INCH = 72;

export function applyPrint(sheet: Excel.Worksheet, setup: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation;
  layout.paperSize = "A4";
  if (setup.fitToWidth || setup.fitToOnePage) {
    // 0 pages tall: as many as needed (Excel's "automatic").
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: setup.fitToOnePage ? 1 : 0 };
  }
  if (setup.titleRows) layout.setPrintTitleRows(setup.titleRows);
  layout.leftMargin = 0.5 * INCH;
  layout.rightMargin = 0.5 * INCH;
  layout.topMargin = 0.6 * INCH;
  layout.bottomMargin = 0.6 * INCH;
  layout.headerMargin = 0.3 * INCH;
  layout.footerMargin = 0.3 * INCH;
}
