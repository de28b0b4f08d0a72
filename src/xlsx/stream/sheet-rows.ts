// A SAX parse of one worksheet part that hands over each row as soon as its </row> is read.
// Cell values are converted inline, exactly as exceljs 4.4 converts them when it loads a workbook.
import type { SaxesTagPlain } from "saxes";
import type { CellValue } from "../../domain/model.js";
import { attributeTrue, columnOf, excelToDate, ownString, xmlDecodeAgain, decodeXEscapes } from "./cell-text.js";
import { feed, newParser, type XmlHandler } from "./sax-stream.js";
import type { WorkbookParts } from "./workbook-parts.js";
import type { ZipArchive } from "./zip-entries.js";

/** A cell slot: `undefined` where the sheet has no cell value at all (exceljs never visits it). */
export type CellSlot = CellValue | undefined;

export interface ParsedRow {
  /** Sheet row number, 1-based. */
  row: number;
  /** `cells[0]` is column A. Holes are `undefined`; a cell exceljs visits without a value (a formula with no cached result) is `null`. */
  cells: CellSlot[];
  hidden: boolean;
  /** Whether any cell has a value (or a formula): exceljs's `row.hasValues`. */
  hasValues: boolean;
  /** The right-most column with any `<c>` exceljs keeps (values, and styled empty cells): its `row.cellCount`. */
  cellCount: number;
}

/** What a sheet says after its rows: hidden columns come before them, merges and hyperlinks after. */
export interface SheetTail {
  cols: { min: number; max: number; hidden: boolean }[];
  /** Merge ranges as written, e.g. "A1:M1". */
  merges: string[];
  /** Hyperlinks to other files or the web (with a relationship id), by cell reference. */
  hyperlinks: { ref: string; rId: string }[];
  /** True when reading stopped early (maxRows, or the caller asked to stop): merges and hyperlinks were not read. */
  truncated: boolean;
}

export type SheetContext = Pick<WorkbookParts, "sharedStrings" | "dateStyles" | "date1904">;

/** Thrown for a cell that names a shared string the workbook does not have (exceljs cannot load such a file either). */
export class SheetDamaged extends Error {}

const OUTSIDE = 0;
const IN_DATA = 1;
const AFTER_DATA = 2;

// Where text goes inside a <c>.
const NOWHERE = 0;
const VALUE = 1; // <v>, or a <t> outside a rich-text run
const RUN = 2; // a <t> in an <r> run
const FORMULA = 3; // <f>

/** The SAX handler. `onRow` sees every `<row>`, with values or not; it may set `stop`. */
export class SheetParser implements XmlHandler {
  readonly tail: SheetTail = { cols: [], merges: [], hyperlinks: [], truncated: false };
  /** Set to stop reading: nothing after the current event is looked at. */
  stop = false;

  private prefix = 0; // length of a namespace prefix on element names ("x:"), if the sheet uses one
  private section = OUTSIDE;
  private inCols = false;
  private readonly strings: (string | null)[] | null;
  private readonly dateStyles: Uint8Array;
  private readonly date1904: boolean;

  // The row being read.
  private rowNumber = 0;
  private rowHidden = false;
  /** The row's cells are gathered here, then copied out at </row> into an array of exactly the row's width. */
  private scratch: CellSlot[] = [];
  private width = 0;
  private hasValues = false;
  private cellCount = 0;
  private lastCol = 0;
  private inRow = false;

  // The cell being read.
  private inCell = false;
  private col = 0;
  private type: string | undefined = undefined;
  private isDate = false;
  private styled = false;
  private formula = false;
  private value: string | undefined = undefined;
  private runs: string | null = null;
  private runText: string | null = null;
  private inRun = false;
  private inPhonetic = false;
  private target = NOWHERE;
  private formulaText = false;
  private shareType: string | undefined = undefined;
  private sharedRef: string | undefined = undefined;
  private sharedIndex: string | undefined = undefined;
  private ref: string | undefined = undefined;
  private hasRef = false;
  /** Shared-formula groups read so far: whether the latest master has an address (a clone without one reads as null). */
  private readonly masters = new Map<string | undefined, boolean>();
  /** Values of the watched cells (hyperlink mode), null for a cell with no value. */
  readonly found = new Map<string, CellValue>();

  /**
   * `watch`: cell references whose values to collect in `found`, read as exceljs reads a cell that carries a
   * hyperlink (a formula's cached result as it is, even 0, false or ""; an empty cell as null).
   */
  constructor(
    context: SheetContext,
    private readonly onRow: (row: ParsedRow) => void,
    private readonly maxRows = Infinity,
    private readonly watch: ReadonlySet<string> | null = null,
  ) {
    this.strings = context.sharedStrings;
    this.dateStyles = context.dateStyles;
    this.date1904 = context.date1904;
  }

  done(): boolean {
    return this.stop;
  }

  open(tag: SaxesTagPlain): void {
    if (this.stop) return;
    const name = this.prefix === 0 ? tag.name : tag.name.slice(this.prefix);
    if (this.inCell) {
      switch (name) {
        case "v":
          this.target = VALUE;
          return;
        case "t":
          // Phonetic guides (<rPh>) are not part of the text. (exceljs loses its place in the sheet on them.)
          if (this.inPhonetic) return;
          this.target = this.inRun ? RUN : VALUE;
          if (this.inRun) this.runText = "";
          return;
        case "rPh":
          this.inPhonetic = true;
          return;
        case "r":
          this.inRun = true;
          this.runText = null;
          return;
        case "f": {
          const a = tag.attributes;
          this.shareType = a.t;
          this.sharedRef = a.ref;
          this.sharedIndex = a.si;
          if (a.t) this.formula = true;
          this.target = FORMULA;
          return;
        }
        default:
          return;
      }
    }
    if (this.section === IN_DATA) {
      if (name === "c") this.openCell(tag);
      else if (name === "row") this.openRow(tag);
      return;
    }
    this.openOther(name, tag);
  }

  private openOther(name: string, tag: SaxesTagPlain): void {
    switch (name) {
      case "sheetData":
        this.section = IN_DATA;
        return;
      case "cols":
        this.inCols = true;
        return;
      case "col":
        if (this.inCols) {
          this.tail.cols.push({
            min: parseInt(tag.attributes.min || "0", 10),
            max: parseInt(tag.attributes.max || "0", 10),
            hidden: attributeTrue(tag.attributes.hidden),
          });
        }
        return;
      case "mergeCell": {
        const ref = tag.attributes.ref;
        if (ref) this.tail.merges.push(ref);
        return;
      }
      case "hyperlink": {
        const rId = tag.attributes["r:id"];
        const ref = tag.attributes.ref;
        if (rId && ref) this.tail.hyperlinks.push({ ref, rId });
        return;
      }
      default:
        if (this.section === OUTSIDE && this.prefix === 0 && name.endsWith(":worksheet")) this.prefix = name.length - 9;
    }
  }

  private openRow(tag: SaxesTagPlain): void {
    const a = tag.attributes;
    const r = a.r === undefined ? this.rowNumber + 1 : parseInt(a.r, 10);
    if (r > this.maxRows) {
      this.stop = true;
      this.tail.truncated = true;
      return;
    }
    this.inRow = true;
    this.rowNumber = r;
    this.rowHidden = attributeTrue(a.hidden);
    this.width = 0;
    this.hasValues = false;
    this.cellCount = 0;
    this.lastCol = 0;
  }

  private openCell(tag: SaxesTagPlain): void {
    const a = tag.attributes;
    const ref = a.r;
    this.inCell = true;
    this.col = ref === undefined ? this.lastCol + 1 : columnOf(ref);
    this.type = a.t;
    const s = a.s;
    const style = s === undefined ? 0 : parseInt(s, 10);
    // exceljs keeps an empty cell only when it has a style other than 0.
    this.styled = style > 0;
    this.isDate = style > 0 && this.dateStyles[style] === 1;
    this.formula = false;
    this.formulaText = false;
    this.shareType = undefined;
    this.value = undefined;
    this.runs = null;
    this.inRun = false;
    this.inPhonetic = false;
    this.target = NOWHERE;
    this.hasRef = ref !== undefined;
    if (this.watch !== null) this.ref = ref;
  }

  text(text: string): void {
    switch (this.target) {
      case NOWHERE:
        return;
      case VALUE:
        // Once a cell holds rich-text runs, exceljs drops any further plain text.
        if (this.runs === null) this.value = this.value === undefined ? text : this.value + text;
        return;
      case RUN:
        this.runText += text;
        return;
      case FORMULA:
        this.formula = true;
        this.formulaText = true;
        return;
    }
  }

  close(tagName: string): void {
    if (this.stop) return;
    const name = this.prefix === 0 ? tagName : tagName.slice(this.prefix);
    if (this.inCell) {
      switch (name) {
        case "c":
          this.closeCell();
          return;
        case "t":
          if (this.inRun) this.runText = decodeXEscapes(this.runText ?? "");
          this.target = NOWHERE;
          return;
        case "rPh":
          this.inPhonetic = false;
          return;
        case "r":
          this.runs = (this.runs ?? "") + (this.runText ?? "");
          this.inRun = false;
          this.target = NOWHERE;
          return;
        case "v":
        case "f":
        case "is":
          this.target = NOWHERE;
          return;
        default:
          return;
      }
    }
    switch (name) {
      case "row":
        if (this.inRow) this.closeRow();
        return;
      case "sheetData":
        this.section = AFTER_DATA;
        return;
      case "cols":
        this.inCols = false;
        return;
      default:
        return;
    }
  }

  private closeCell(): void {
    this.inCell = false;
    const value = this.value;
    let v: CellValue;
    if (this.formula) {
      // The cached result: exceljs ignores an empty one.
      let result: CellValue | undefined;
      const raw = this.runs ?? value;
      if (raw) {
        switch (this.type) {
          case "str":
            result = ownString(xmlDecodeAgain(raw));
            break;
          case "b":
            result = parseInt(raw, 10) !== 0;
            break;
          case "e":
            result = { error: String(raw) };
            break;
          default:
            result = parseFloat(raw);
        }
        // exceljs converts any cached result in a date-styled cell, whatever its type.
        if (this.isDate) result = excelToDate(result, this.date1904);
      }
      // exceljs's formula value keeps only truthy parts: a result of 0, false or "" reads as null, and so does
      // any result of a formula with no text that is not a clone of a shared formula it has already read.
      let named = this.formulaText;
      if (this.shareType === "shared") {
        // exceljs files the latest master of each group under its address (none when written without r).
        if (this.sharedRef) this.masters.set(this.sharedIndex, this.hasRef);
        else if (!named) named = this.masters.get(this.sharedIndex) === true;
      }
      if (this.watch !== null) v = result === undefined ? null : result;
      else v = named && result ? result : null;
    } else if (value !== undefined || this.runs !== null) {
      switch (this.type) {
        case "s": {
          const index = parseInt(value ?? "", 10);
          // Without a shared-strings part exceljs leaves the index as the value.
          if (this.strings === null) v = index;
          else {
            const s = this.strings[index];
            if (s === undefined) throw new SheetDamaged(`shared string ${value ?? ""} does not exist`);
            v = s;
          }
          break;
        }
        case "str":
          v = ownString(this.runs ?? xmlDecodeAgain(value!));
          break;
        case "inlineStr":
          v = ownString(this.runs ?? value!);
          break;
        case "b":
          v = parseInt(value!, 10) !== 0;
          break;
        case "e":
          v = { error: String(value) };
          break;
        default: {
          const n = parseFloat(value!);
          v = this.isDate ? excelToDate(n, this.date1904) : n;
        }
      }
    } else {
      // No value: exceljs keeps a styled empty cell (it counts towards the row's width) and drops an unstyled one.
      if (this.watch !== null && this.ref !== undefined && this.watch.has(this.ref)) this.found.set(this.ref, null);
      if (this.styled) {
        this.lastCol = this.col;
        if (this.col > this.cellCount) this.cellCount = this.col;
      }
      return;
    }
    if (this.watch !== null && this.ref !== undefined && this.watch.has(this.ref)) this.found.set(this.ref, v);
    const col = this.col;
    this.lastCol = col;
    if (col > this.cellCount) this.cellCount = col;
    this.hasValues = true;
    const scratch = this.scratch;
    const index = col - 1;
    let width = this.width;
    if (index >= width) {
      while (width < index) scratch[width++] = undefined;
      this.width = index + 1;
    }
    scratch[index] = v;
  }

  private closeRow(): void {
    this.inRow = false;
    const cells = this.width === 0 ? [] : this.scratch.slice(0, this.width);
    this.onRow({ row: this.rowNumber, cells, hidden: this.rowHidden, hasValues: this.hasValues, cellCount: this.cellCount });
  }
}

/** Parses a whole worksheet part, calling `onRow` for each row; returns what follows the rows. */
export async function parseSheet(
  zip: ZipArchive,
  part: string,
  context: SheetContext,
  onRow: (row: ParsedRow, parser: SheetParser) => void,
  maxRows = Infinity,
): Promise<SheetTail> {
  const parser: SheetParser = new SheetParser(context, (row) => onRow(row, parser), maxRows);
  await feed(await zip.openStream(part), newParser(parser), parser);
  if (parser.stop) parser.tail.truncated = true;
  return parser.tail;
}

/**
 * The rows of a worksheet part as they are parsed, in file order, one inflated chunk at a time.
 * Rows without any value are left out (as exceljs's eachRow leaves them out).
 */
export async function* sheetRows(zip: ZipArchive, part: string, context: SheetContext): AsyncGenerator<ParsedRow, SheetTail> {
  const queue: ParsedRow[] = [];
  const parser = new SheetParser(context, (row) => {
    if (row.hasValues) queue.push(row);
  });
  const sax = newParser(parser);
  const stream = await zip.openStream(part);
  stream.setEncoding("utf8");
  try {
    for await (const chunk of stream) {
      sax.write(chunk as string);
      for (let i = 0; i < queue.length; i++) yield queue[i]!;
      queue.length = 0;
    }
    sax.close();
    for (let i = 0; i < queue.length; i++) yield queue[i]!;
    queue.length = 0;
  } finally {
    stream.destroy();
  }
  return parser.tail;
}

/**
 * The cells at `refs` as exceljs reads a cell that carries a hyperlink, for those that have a `<c>` element at all.
 * A second pass over the sheet, made only for hyperlinks on cells the first pass read as empty.
 */
export async function cellsAt(zip: ZipArchive, part: string, context: SheetContext, refs: ReadonlySet<string>): Promise<Map<string, CellValue>> {
  const parser = new SheetParser(context, () => undefined, Infinity, refs);
  await feed(await zip.openStream(part), newParser(parser), parser);
  return parser.found;
}
