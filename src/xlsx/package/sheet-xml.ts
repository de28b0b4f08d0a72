// A TabSpec as worksheet XML, produced in chunks so a 50,000-row tab never sits in memory as one string.
// Text is always an inline string (never a formula, whatever it starts with); numbers are numbers, dates serials.
import type { TabCell, TabSpec, TabValidation } from "../../domain/tabs/tab-spec.js";
import { allRows } from "../../domain/tabs/tab-rows.js";
import { columnLetters, columnTable, dateSerial, quoteSheet } from "./cell-ref.js";
import type { StyleBook } from "./styles.js";
import { styleKeyOf } from "./styles.js";
import type { PlannedTable } from "./table-xml.js";
import { escapeAttr, escapeText } from "./xml-text.js";

/** Everything needed to write one tab. */
export interface SheetPlan {
  spec: TabSpec;
  /** The name the tab gets in the workbook. */
  name: string;
  styles: StyleBook;
  date1904: boolean;
  mainNs: string;
  relNs: string;
  tables: readonly PlannedTable[];
  /** A sheet filter on the header of an empty list (a table needs a data row), e.g. A5:H5. */
  autoFilter?: string;
}

const CHUNK = 1 << 16;

type Cell = Exclude<TabCell, null>;

/** The cellXfs index of a cell, cached per combination (the style book caches too; this skips building its key). */
export function cellStyler(styles: StyleBook): (cell: Cell) => number {
  const cache = new Map<string, number>();
  // Most cells carry no style of their own: those are looked up by kind alone, without building a key.
  const plain: Partial<Record<Cell["t"], number>> = {};
  return (cell) => {
    if (cell.style === undefined && !(cell.t === "text" && cell.wrap) && !(cell.t === "number" && cell.format)) {
      let p = plain[cell.t];
      if (p === undefined) p = plain[cell.t] = styles.index(styleKeyOf(cell));
      return p;
    }
    const k = `${cell.t}|${cell.style ?? ""}|${cell.t === "number" ? (cell.format ?? "") : ""}|${cell.t === "text" && cell.wrap ? 1 : 0}`;
    let s = cache.get(k);
    if (s === undefined) {
      s = styles.index(styleKeyOf(cell));
      cache.set(k, s);
    }
    return s;
  };
}

/** Registers every style the specs use, so the styles part can be written before the sheets. */
export function registerStyles(specs: readonly TabSpec[], styles: StyleBook): void {
  const styleOf = cellStyler(styles);
  for (const spec of specs) for (const row of spec.rows) for (const cell of row) if (cell) styleOf(cell);
}

// Excel reads `_xHHHH_` in text as an escaped character: escape the underscore so such text shows as typed.
const ESCAPE_LIKE = /_x[0-9A-Fa-f]{4}_/g;

function inlineText(text: string): string {
  const escaped = escapeText(text.includes("_x") ? text.replace(ESCAPE_LIKE, (m) => `_x005F${m}`) : text);
  const preserve = /^[\s]|[\s]$|[\n\r\t]/.test(escaped);
  return preserve ? `<is><t xml:space="preserve">${escaped}</t></is>` : `<is><t>${escaped}</t></is>`;
}

function numberValue(v: number): string {
  return Number.isFinite(v) ? `<v>${v}</v>` : "";
}

/** Excel's limits on a validation's texts. */
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;

/** One dropdown: a literal list (`"1,2,3"`), blanks allowed, anything else refused with the error message. */
export function dataValidationXml(v: TabValidation): string {
  const sqref = `${columnLetters(v.left + 1)}${v.top + 1}:${columnLetters(v.right + 1)}${v.bottom + 1}`;
  const list = `"${v.list.join(",").replace(/"/g, '""')}"`;
  const title = v.title ? v.title.slice(0, MAX_TITLE) : undefined;
  let attrs = 'type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"';
  if (title) attrs += ` errorTitle="${escapeAttr(title)}"`;
  attrs += ` error="${escapeAttr(v.error.slice(0, MAX_MESSAGE))}"`;
  if (title && v.prompt) attrs += ` promptTitle="${escapeAttr(title)}"`;
  if (v.prompt) attrs += ` prompt="${escapeAttr(v.prompt.slice(0, MAX_MESSAGE))}"`;
  return `<dataValidation ${attrs} sqref="${sqref}"><formula1>${escapeText(list)}</formula1></dataValidation>`;
}

/** The worksheet XML of a tab, in chunks of about 64 KB. */
export function* sheetXml(plan: SheetPlan): Generator<string> {
  const { spec } = plan;
  const styleOf = cellStyler(plan.styles);
  let width = spec.widths.length;
  let lastRow = 0;
  spec.rows.forEach((cells, r) => {
    let last = -1;
    for (let c = cells.length - 1; c >= 0; c--) {
      if (cells[c]) {
        last = c;
        break;
      }
    }
    if (last >= 0) {
      width = Math.max(width, last + 1);
      lastRow = r + 1;
    }
  });
  // Rows still to be made end the sheet (their last one is not empty) and stay within the column widths given.
  if (spec.more && spec.more.count > 0) lastRow = spec.rows.length + spec.more.count;
  for (const t of plan.tables) width = Math.max(width, t.columns.length);
  const col = columnTable(Math.max(width, 1));

  // Header cells of a table must hold exactly the table's column names.
  const headerNames = new Map<number, string[]>();
  for (const t of plan.tables) headerNames.set(t.headerRow, t.columns);

  const fit = spec.print && (spec.print.fitToWidth || spec.print.fitToOnePage);
  let head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${plan.mainNs}" xmlns:r="${plan.relNs}">` +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="${lastRow ? `A1:${col[width]}${lastRow}` : "A1"}"/>`;
  const freeze = spec.freezeRows ?? 0;
  head +=
    freeze > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${freeze}" topLeftCell="A${freeze + 1}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="A${freeze + 1}" sqref="A${freeze + 1}"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  head += '<sheetFormatPr defaultRowHeight="15"/>';
  if (spec.widths.length) {
    head += `<cols>${spec.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  }
  head += "<sheetData>";
  let buf = head;

  // Links are gathered as the rows go by (rows in `more` are made once), and written after the data.
  const links: string[] = [];
  let r = -1;
  for (const cells of allRows(spec)) {
    r++;
    const names = headerNames.get(r);
    const n = Math.max(cells.length, names?.length ?? 0);
    if (n === 0) continue;
    const rowNum = r + 1;
    let row = "";
    for (let c = 0; c < n; c++) {
      let cell = cells[c] ?? null;
      if (names && c < names.length) {
        const name = names[c]!;
        if (!cell || cell.t !== "text" || cell.v !== name) cell = { t: "text", v: name, ...(cell?.style ? { style: cell.style } : {}) };
      }
      if (!cell) continue;
      const ref = col[c + 1]! + rowNum;
      const s = styleOf(cell);
      if (cell.t === "link") links.push(`<hyperlink ref="${ref}" location="${escapeAttr(`${quoteSheet(cell.sheet)}!${cell.cell}`)}" display="${escapeAttr(cell.v)}"/>`);
      switch (cell.t) {
        case "text":
        case "link":
          // Empty text is a styled blank cell, as Excel itself keeps it.
          row += cell.v === "" ? `<c r="${ref}" s="${s}"/>` : `<c r="${ref}" s="${s}" t="inlineStr">${inlineText(cell.v)}</c>`;
          break;
        case "number":
        case "money":
          row += Number.isFinite(cell.v) ? `<c r="${ref}" s="${s}">${numberValue(cell.v)}</c>` : `<c r="${ref}" s="${s}" t="e"><v>#NUM!</v></c>`;
          break;
        case "date": {
          const serial = dateSerial(cell.v, plan.date1904);
          row += serial === undefined ? `<c r="${ref}" s="${s}" t="inlineStr">${inlineText(cell.v)}</c>` : `<c r="${ref}" s="${s}"><v>${serial}</v></c>`;
          break;
        }
      }
    }
    if (!row) continue;
    buf += `<row r="${rowNum}">${row}</row>`;
    if (buf.length >= CHUNK) {
      yield buf;
      buf = "";
    }
  }
  buf += "</sheetData>";
  if (plan.autoFilter) buf += `<autoFilter ref="${plan.autoFilter}"/>`;
  const merges = spec.merges ?? [];
  if (merges.length) {
    buf += `<mergeCells count="${merges.length}">`;
    for (const m of merges) buf += `<mergeCell ref="${columnLetters(m.left + 1)}${m.top + 1}:${columnLetters(m.right + 1)}${m.bottom + 1}"/>`;
    buf += "</mergeCells>";
  }
  // After mergeCells (and conditionalFormatting, which we never write), before hyperlinks: CT_Worksheet's order.
  const validations = spec.validations ?? [];
  if (validations.length) {
    buf += `<dataValidations count="${validations.length}">`;
    for (const v of validations) buf += dataValidationXml(v);
    buf += "</dataValidations>";
  }
  // Links point into this workbook by location: no relationship needed.
  if (links.length) {
    buf += "<hyperlinks>";
    for (const link of links) {
      buf += link;
      if (buf.length >= CHUNK) {
        yield buf;
        buf = "";
      }
    }
    buf += "</hyperlinks>";
  }
  if (spec.print) {
    buf += "<printOptions/>";
    buf += '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
    buf +=
      `<pageSetup paperSize="9" orientation="${spec.print.landscape ? "landscape" : "portrait"}"` +
      (fit ? ` fitToWidth="1" fitToHeight="${spec.print.fitToOnePage ? 1 : 0}"` : "") +
      "/>";
  } else {
    buf += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  }
  if (plan.tables.length) {
    buf += `<tableParts count="${plan.tables.length}">${plan.tables.map((t) => `<tablePart r:id="${t.rId}"/>`).join("")}</tableParts>`;
  }
  buf += "</worksheet>";
  yield buf;
}
