// Our cell styles, appended to the workbook's xl/styles.xml: existing fonts, fills, number formats and cell
// formats keep their indices (the user's cells point at them); ours come after, and counts are updated.
import { LINK_LOOK, PALETTE, type Look } from "../../domain/tabs/palette.js";
import { DATE_FORMAT, MONEY_FORMAT, type CellStyle, type TabCell } from "../../domain/tabs/tab-spec.js";
import { attributes, element, elements, escapeAttr, rootPrefix, setAttribute } from "./xml-text.js";

/** Fill colours by meaning (ARGB), from the shared palette, so every writer's tabs look the same. */
export const FILL: Partial<Record<CellStyle, string>> = Object.fromEntries(
  Object.entries(PALETTE).flatMap(([style, look]) => (look.fill ? [[style, `FF${look.fill}`]] : [])),
);

interface FontSpec {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

function fontFor(style: CellStyle | undefined, link: boolean): FontSpec | undefined {
  const look: Look | undefined = link ? LINK_LOOK : style ? PALETTE[style] : undefined;
  if (!look || (!look.bold && !look.italic && !look.underline && !look.size && !look.color)) return undefined;
  const font: FontSpec = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.underline) font.underline = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = `FF${look.color}`;
  return font;
}

/** Number formats Excel knows by id without declaring them. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** What decides a cell's style: its meaning, number format, wrapping and whether it is a link. */
export interface StyleKey {
  style?: CellStyle;
  numFmt?: string;
  wrap: boolean;
  link: boolean;
}

export function styleKeyOf(cell: Exclude<TabCell, null>): StyleKey {
  const numFmt =
    cell.t === "money" ? MONEY_FORMAT : cell.t === "date" ? DATE_FORMAT : cell.t === "number" ? cell.format : cell.t === "text" ? "@" : undefined;
  return { style: cell.style, numFmt, wrap: cell.t === "text" && cell.wrap === true, link: cell.t === "link" };
}

function keyString(k: StyleKey): string {
  return `${k.style ?? ""}|${k.numFmt ?? ""}|${k.wrap ? 1 : 0}|${k.link ? 1 : 0}`;
}

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** CT_Stylesheet's children, in schema order. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

interface Block {
  /** Children already in the part. */
  count: number;
  added: string[];
  /** Each child already in the part, as written, to its first index: the same markup is reused, not added again. */
  known: Map<string, number>;
}

/** The workbook's styles, with ours appended on demand: `index()` gives the cellXfs index for a style key. */
export class StyleBook {
  private readonly xml: string;
  private readonly p: string;
  private readonly blocks: Record<"numFmts" | "fonts" | "fills" | "cellXfs", Block>;
  private readonly formats = new Map<string, number>();
  private nextFormatId = 164;
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private readonly xfIds = new Map<string, number>();
  private readonly baseFont: string;
  private readonly hasStyleXf: boolean;
  private readonly hasBorder: boolean;
  /** Whether the workbook had no styles part and this one is new. */
  readonly created: boolean;

  constructor(stylesXml: string | undefined) {
    this.created = stylesXml === undefined;
    this.xml = stylesXml ?? EMPTY_STYLES;
    this.p = rootPrefix(this.xml, "styleSheet");
    const count = (block: string, child: string) => {
      const el = element(this.xml, this.p + block);
      return el ? elements(el.inner, this.p + child).length : 0;
    };
    const block = (name: string, child: string): Block => {
      const el = element(this.xml, this.p + name);
      const known = new Map<string, number>();
      const children = el ? elements(el.inner, this.p + child) : [];
      children.forEach((c, i) => {
        const markup = el!.inner.slice(c.start, c.end);
        if (!known.has(markup)) known.set(markup, i);
      });
      return { count: children.length, added: [], known };
    };
    this.blocks = {
      numFmts: block("numFmts", "numFmt"),
      fonts: block("fonts", "font"),
      fills: block("fills", "fill"),
      cellXfs: block("cellXfs", "xf"),
    };
    const numFmts = element(this.xml, `${this.p}numFmts`);
    for (const el of numFmts ? elements(numFmts.inner, `${this.p}numFmt`) : []) {
      const a = attributes(el.tag);
      const id = Number(a.get("numFmtId"));
      const code = a.get("formatCode");
      if (!Number.isFinite(id)) continue;
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    // Our fonts take the workbook's default font (its name, size, family and scheme) and change what they must.
    const fonts = element(this.xml, `${this.p}fonts`);
    const first = fonts ? elements(fonts.inner, `${this.p}font`)[0] : undefined;
    this.baseFont = first?.inner ?? "";
    this.hasStyleXf = count("cellStyleXfs", "xf") > 0;
    this.hasBorder = count("borders", "border") > 0;
    if (this.blocks.fills.count < 2) {
      // Fills 0 and 1 are reserved (none, gray125); make sure ours do not land on them.
      const reserved = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
      for (let i = this.blocks.fills.count; i < 2; i++) this.blocks.fills.added.push(this.prefixed(reserved[i]!));
    }
    if (this.blocks.fonts.count === 0) this.blocks.fonts.added.push(this.prefixed('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'));
    // Cells without a style use cellXfs 0: it must stay the workbook's default, never one of ours.
    if (this.blocks.cellXfs.count === 0) this.blocks.cellXfs.added.push(this.prefixed('<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'));
  }

  /** The index of `markup` in a block: an identical existing child, or a new one appended. */
  private intern(block: Block, markup: string): number {
    let id = block.known.get(markup);
    if (id === undefined) {
      id = block.count + block.added.length;
      block.added.push(markup);
      block.known.set(markup, id);
    }
    return id;
  }

  /** Adds the root's namespace prefix to our markup when the part uses one. */
  private prefixed(markup: string): string {
    return this.p ? markup.replace(/<(\/?)([a-zA-Z])/g, `<$1${this.p}$2`) : markup;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code]!;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.blocks.numFmts.added.push(this.prefixed(`<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`));
    }
    return id;
  }

  private fontId(spec: FontSpec | undefined): number {
    if (!spec) return 0;
    const key = JSON.stringify(spec);
    let id = this.fontIds.get(key);
    if (id === undefined) {
      // Drop the parts of the default font we set ourselves; keep its name, family, charset and scheme.
      const base = this.baseFont
        .replace(/<(\w+:)?(b|i|u|strike)\b[^>]*\/>/g, "")
        .replace(/<(\w+:)?(b|i|u|strike)\b[^>]*>[^<]*<\/(\w+:)?\2>/g, "")
        .replace(/<(\w+:)?color\b[^>]*\/>/g, spec.color ? "" : "$&")
        .replace(/<(\w+:)?sz\b[^>]*\/>/g, spec.size ? "" : "$&");
      const own =
        (spec.bold ? "<b/>" : "") +
        (spec.italic ? "<i/>" : "") +
        (spec.underline ? "<u/>" : "") +
        (spec.size ? `<sz val="${spec.size}"/>` : "") +
        (spec.color ? `<color rgb="${spec.color}"/>` : "");
      id = this.intern(this.blocks.fonts, this.prefixed(`<font>${own}`) + base + this.prefixed("</font>"));
      this.fontIds.set(key, id);
    }
    return id;
  }

  private fillId(argb: string | undefined): number {
    if (!argb) return 0;
    let id = this.fillIds.get(argb);
    if (id === undefined) {
      id = this.intern(this.blocks.fills, this.prefixed(`<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`));
      this.fillIds.set(argb, id);
    }
    return id;
  }

  /** The cellXfs index (the `s` of a cell) for this key, appended the first time it is asked for. */
  index(key: StyleKey): number {
    const k = keyString(key);
    let id = this.xfIds.get(k);
    if (id !== undefined) return id;
    const numFmtId = this.formatId(key.numFmt);
    const fontId = this.fontId(fontFor(key.style, key.link));
    const fillId = this.fillId(key.style ? FILL[key.style] : undefined);
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0"` +
      (this.hasStyleXf ? ' xfId="0"' : "") +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (key.wrap ? ' applyAlignment="1"' : "");
    const xf = key.wrap ? `<xf ${attrs}><alignment vertical="top" wrapText="1"/></xf>` : `<xf ${attrs}/>`;
    id = this.intern(this.blocks.cellXfs, this.prefixed(xf));
    this.xfIds.set(k, id);
    return id;
  }

  /** The styles part with our entries appended (unchanged if nothing was asked for and the part existed). */
  toXml(): string {
    let out = this.xml;
    if (!this.hasBorder) out = this.appendTo(out, "borders", 0, [this.prefixed("<border><left/><right/><top/><bottom/><diagonal/></border>")]);
    for (const name of ["numFmts", "fonts", "fills", "cellXfs"] as const) {
      const b = this.blocks[name];
      out = this.appendTo(out, name, b.count, b.added);
    }
    return out;
  }

  private appendTo(xml: string, block: string, count: number, added: string[]): string {
    if (added.length === 0) return xml;
    const p = this.p;
    const total = String(count + added.length);
    const el = element(xml, p + block);
    if (el) {
      if (el.tag.endsWith("/>")) {
        const open = setAttribute(el.tag.slice(0, -2).replace(/\s+$/, "") + ">", "count", total);
        return xml.slice(0, el.start) + open + added.join("") + `</${p}${block}>` + xml.slice(el.end);
      }
      const close = el.end - `</${p}${block}>`.length;
      return xml.slice(0, el.start) + setAttribute(el.tag, "count", total) + xml.slice(el.start + el.tag.length, close) + added.join("") + xml.slice(close);
    }
    // Absent: insert it where the schema puts it, after the last earlier block present.
    const root = new RegExp(`<${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}styleSheet\\b[^>]*>`).exec(xml)!;
    let at = root.index + root[0].length;
    for (const before of ORDER.slice(0, ORDER.indexOf(block))) {
      const b = element(xml, p + before);
      if (b) at = b.end;
    }
    return xml.slice(0, at) + `<${p}${block} count="${total}">${added.join("")}</${p}${block}>` + xml.slice(at);
  }
}
