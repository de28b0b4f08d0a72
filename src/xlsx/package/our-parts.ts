// Our tabs from an earlier run, found by the marker at the start of A2 (whatever the tab is called), and every
// part that belongs to them only: the sheet, its relationships, its tables, anything reachable from it alone.
import { TAB_MARKER } from "../../domain/tabs/tab-spec.js";
import { parseRels, relsPartOf, type Relationship } from "./rels.js";
import type { ZipEntry, ZipReader } from "./zip-read.js";
import { attributes, unescapeXml } from "./xml-text.js";

/** What A2 holds, as far as telling our tabs apart needs. */
export type A2 = { text: string } | { shared: number } | null;

const LIMIT = 16 << 20;
const SHEET_DATA = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/g;
const ROW_START = /<(?:[\w.-]+:)?row\b([^>]*?)(\/?)>/g;
const ROW_END = /<\/(?:[\w.-]+:)?row>/g;
const SHEET_DATA_END = /<\/(?:[\w.-]+:)?sheetData>/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;

function decodeExcelEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

/** The text of an `<is>` or `<si>` body: its runs' `<t>`, phonetic runs left out. */
export function stringItemText(body: string): string {
  const visible = body.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let out = "";
  for (const m of visible.matchAll(/<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g)) out += m[1] ?? "";
  return decodeExcelEscapes(unescapeXml(out));
}

function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

function cellA2(rowInner: string): A2 {
  CELL.lastIndex = 0;
  let col = 0;
  for (let m = CELL.exec(rowInner); m; m = CELL.exec(rowInner)) {
    const a = attributes(`<c${m[1]}>`);
    const r = a.get("r");
    col = r ? columnOf(r) : col + 1;
    if (col > 1) return null;
    if (col < 1) continue;
    const body = m[2] ?? "";
    const t = a.get("t");
    if (t === "inlineStr") {
      const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(body);
      return { text: is ? stringItemText(is[1]!) : "" };
    }
    const v = /<(?:[\w.-]+:)?v\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(body)?.[1];
    if (v === undefined) return null;
    if (t === "s") return Number.isInteger(Number(v)) ? { shared: Number(v) } : null;
    if (t === "str") return { text: decodeExcelEscapes(unescapeXml(v)) };
    return null;
  }
  return null;
}

/**
 * A2 of a worksheet part, read by inflating only as far as row 2: a register sheet of 50,000 rows is not
 * decompressed to look at its second row.
 */
export async function readA2(zip: ZipReader, entry: ZipEntry): Promise<A2> {
  const decoder = new TextDecoder("utf-8");
  let text = "";
  let pos = -1;
  let prevRow = 0;
  const scan = (ended: boolean): A2 | undefined => {
    if (pos < 0) {
      SHEET_DATA.lastIndex = 0;
      const sd = SHEET_DATA.exec(text);
      if (!sd) return ended ? null : undefined;
      if (sd[1] === "/") return null;
      pos = sd.index + sd[0].length;
    }
    for (;;) {
      ROW_START.lastIndex = pos;
      const row = ROW_START.exec(text);
      if (!row) {
        SHEET_DATA_END.lastIndex = pos;
        return SHEET_DATA_END.test(text) || ended ? null : undefined;
      }
      // Anything between rows other than whitespace and comments means we ran past the sheet data.
      SHEET_DATA_END.lastIndex = pos;
      const sdEnd = SHEET_DATA_END.exec(text);
      if (sdEnd && sdEnd.index < row.index) return null;
      const r = attributes(`<row${row[1]}>`).get("r");
      const rowNum = r ? Number(r) : prevRow + 1;
      if (rowNum > 2) return null;
      const afterTag = row.index + row[0].length;
      if (row[2] === "/") {
        if (rowNum === 2) return null;
        prevRow = rowNum;
        pos = afterTag;
        continue;
      }
      ROW_END.lastIndex = afterTag;
      const end = ROW_END.exec(text);
      if (!end) return ended ? null : undefined;
      if (rowNum === 2) return cellA2(text.slice(afterTag, end.index));
      prevRow = rowNum;
      pos = end.index + end[0].length;
    }
  };
  for await (const chunk of zip.inflate(entry)) {
    text += decoder.decode(chunk, { stream: true });
    const found = scan(false);
    if (found !== undefined) return found;
    if (text.length > LIMIT) return null;
  }
  text += decoder.decode();
  return scan(true) ?? null;
}

/** The shared strings at `indices`, streaming through the part only as far as the highest one. */
export async function readSharedStrings(zip: ZipReader, entry: ZipEntry, indices: ReadonlySet<number>): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  if (indices.size === 0) return found;
  const max = Math.max(...indices);
  const decoder = new TextDecoder("utf-8");
  const SI = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  let text = "";
  let index = 0;
  for await (const chunk of zip.inflate(entry)) {
    text += decoder.decode(chunk, { stream: true });
    SI.lastIndex = 0;
    let consumed = 0;
    for (let m = SI.exec(text); m; m = SI.exec(text)) {
      if (indices.has(index)) found.set(index, stringItemText(m[1] ?? ""));
      if (index++ >= max) return found;
      consumed = SI.lastIndex;
    }
    text = text.slice(consumed);
  }
  return found;
}

/** A worksheet of the workbook: its name, relationship id and part. */
export interface SheetPart {
  name: string;
  rId: string;
  part: string;
}

/** The sheets (of those given) that carry our marker at the start of A2. */
export async function findOurSheets(zip: ZipReader, sheets: readonly SheetPart[], sharedStringsPart: string | undefined): Promise<SheetPart[]> {
  const a2 = new Map<SheetPart, A2>();
  for (const s of sheets) {
    const entry = zip.get(s.part);
    if (entry) a2.set(s, await readA2(zip, entry));
  }
  const wanted = new Set<number>();
  for (const v of a2.values()) if (v && "shared" in v) wanted.add(v.shared);
  const sst = sharedStringsPart ? zip.get(sharedStringsPart) : undefined;
  const shared = sst && wanted.size ? await readSharedStrings(zip, sst, wanted) : new Map<number, string>();
  return sheets.filter((s) => {
    const v = a2.get(s);
    const text = !v ? undefined : "text" in v ? v.text : shared.get(v.shared);
    return text !== undefined && text.startsWith(TAB_MARKER);
  });
}

/** Reads relationships of parts on demand, caching them. */
export class RelsGraph {
  private readonly cache = new Map<string, Relationship[]>();
  constructor(private readonly zip: ZipReader) {}

  /** The internal relationships of a part ("" for the package), [] when it has none. */
  async of(part: string): Promise<Relationship[]> {
    const key = part.toLowerCase();
    const known = this.cache.get(key);
    if (known) return known;
    const entry = this.zip.get(part ? relsPartOf(part) : "_rels/.rels");
    const rels = entry ? parseRels(await this.zip.readText(entry), part) : [];
    this.cache.set(key, rels);
    return rels;
  }

  /** Every part reachable from `roots` (roots included), not entering `blocked`; lower-cased names. */
  async reachable(roots: readonly string[], blocked: ReadonlySet<string> = new Set()): Promise<Set<string>> {
    const seen = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const part = queue.shift()!;
      const key = part.toLowerCase();
      if (seen.has(key) || blocked.has(key)) continue;
      seen.add(key);
      for (const r of await this.of(part)) if (r.part) queue.push(r.part);
    }
    return seen;
  }
}

/**
 * The zip entries to leave out when our old sheets go: every part reachable from them and from nothing else,
 * and those parts' relationship parts. Parts the rest of the workbook reaches are kept.
 */
export async function partsToDrop(zip: ZipReader, graph: RelsGraph, ourSheetParts: readonly string[]): Promise<Set<string>> {
  if (ourSheetParts.length === 0) return new Set();
  const blocked = new Set(ourSheetParts.map((p) => p.toLowerCase()));
  const kept = await graph.reachable([""], blocked);
  const ours = await graph.reachable(ourSheetParts);
  const drop = new Set<string>();
  for (const part of ours) {
    if (kept.has(part)) continue;
    for (const name of [part, relsPartOf(part)]) {
      const entry = zip.get(name);
      if (entry) drop.add(entry.name.toLowerCase());
    }
  }
  return drop;
}

/**
 * Whether the calculation chain lists cells of any of these sheets (by sheetId). Excel repairs a workbook whose
 * chain names a sheet that is gone, so a chain that mentions a removed tab of ours has to go too (Excel rebuilds it).
 */
export async function calcChainMentions(zip: ZipReader, entry: ZipEntry, sheetIds: ReadonlySet<number>): Promise<boolean> {
  if (sheetIds.size === 0) return false;
  const decoder = new TextDecoder("utf-8");
  const C = /<(?:[\w.-]+:)?c\b([^>]*?)\/?>/g;
  let text = "";
  let current = 0;
  for await (const chunk of zip.inflate(entry)) {
    text += decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf(">") + 1;
    const complete = text.slice(0, cut);
    text = text.slice(cut);
    C.lastIndex = 0;
    for (let m = C.exec(complete); m; m = C.exec(complete)) {
      const i = /\bi\s*=\s*["'](\d+)["']/.exec(m[1]!);
      if (i) current = Number(i[1]);
      if (sheetIds.has(current)) return true;
    }
  }
  return false;
}
