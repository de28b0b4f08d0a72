// The workbook-level parts a sheet needs: sheet list (names, order, state, part paths), date system,
// shared strings (text only) and which cell styles show dates.
import type { SaxesTagPlain } from "saxes";
import { BUILT_IN_FORMATS, decodeXEscapes, isDateFormat, ownString, xmlDecodeAgain } from "./cell-text.js";
import { parseXml } from "./sax-stream.js";
import type { ZipArchive } from "./zip-entries.js";

export interface SheetPart {
  name: string;
  sheetId: number;
  state: "visible" | "hidden" | "veryHidden";
  rId: string;
  /** The worksheet part inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The target as a part path inside the zip (for internal targets). */
  path: string;
  external: boolean;
}

export interface WorkbookParts {
  sheets: SheetPart[];
  date1904: boolean;
  /** Shared strings by index: their text (rich runs joined), or null for an `<si>` with no text at all; null when the workbook has no shared-strings part. */
  sharedStrings: (string | null)[] | null;
  /** `dateStyles[s] === 1` when cell style `s` (cellXfs index) has a date or time number format. */
  dateStyles: Uint8Array;
}

/** The part path a relationship target points at, from the part holding the relationships. */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of target.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

/** The .rels part that holds a part's relationships, e.g. "xl/_rels/workbook.xml.rels". */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function attr(tag: SaxesTagPlain, name: string): string | undefined {
  return tag.attributes[name];
}

/** Local name of a possibly prefixed XML name ("x:sheet" -> "sheet"). */
function local(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** A relationship id attribute (`r:id`, or the same namespace under another prefix). */
export function relId(tag: SaxesTagPlain): string | undefined {
  const direct = tag.attributes["r:id"];
  if (direct !== undefined) return direct;
  for (const key in tag.attributes) if (key.endsWith(":id")) return tag.attributes[key];
  return undefined;
}

/** The relationships of `part` (empty when it has none). */
export async function readRels(zip: ZipArchive, part: string): Promise<Relationship[]> {
  const relsPath = relsPathOf(part);
  if (!zip.has(relsPath)) return [];
  const rels: Relationship[] = [];
  await parseXml(await zip.openStream(relsPath), {
    open(tag) {
      if (local(tag.name) !== "Relationship") return;
      const target = attr(tag, "Target") ?? "";
      const external = attr(tag, "TargetMode") === "External";
      rels.push({
        id: attr(tag, "Id") ?? "",
        type: attr(tag, "Type") ?? "",
        target,
        path: external ? target : resolveTarget(part, target),
        external,
      });
    },
    text() {},
    close() {},
  });
  return rels;
}

function byType(rels: Relationship[], suffix: string): Relationship | undefined {
  return rels.find((r) => r.type.endsWith(suffix) && !r.external);
}

async function readSheetList(zip: ZipArchive, workbookPart: string): Promise<{ sheets: SheetPart[]; date1904: boolean; rels: Relationship[] }> {
  const listed: { name: string; sheetId: number; state: string | undefined; rId: string | undefined }[] = [];
  let date1904 = false;
  await parseXml(await zip.openStream(workbookPart), {
    open(tag) {
      const name = local(tag.name);
      if (name === "sheet") {
        listed.push({
          name: xmlDecodeAgain(attr(tag, "name") ?? ""),
          sheetId: parseInt(attr(tag, "sheetId") ?? "", 10),
          state: attr(tag, "state"),
          rId: relId(tag),
        });
      } else if (name === "workbookPr") {
        date1904 = attr(tag, "date1904") === "1";
      }
    },
    text() {},
    close() {},
  });
  const rels = await readRels(zip, workbookPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetPart[] = [];
  for (const s of listed) {
    const rel = s.rId === undefined ? undefined : byId.get(s.rId);
    // Chartsheets, dialog and macro sheets are not worksheets: exceljs leaves them out too.
    if (!rel || rel.external || !/\/worksheet$/.test(rel.type) || !zip.has(rel.path)) continue;
    const state = s.state === "hidden" || s.state === "veryHidden" ? s.state : "visible";
    sheets.push({ name: s.name, sheetId: s.sheetId, state, rId: s.rId ?? "", path: rel.path });
  }
  return { sheets, date1904, rels };
}

/** Shared strings, text only: a plain `<t>`, or rich-text runs joined; `_xHHHH_` escapes decoded. */
async function readSharedStrings(zip: ZipArchive, part: string): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  let plain: string | null = null; // the last <t> directly under <si>
  let runs: string | null = null; // rich-text runs joined
  let depth = 0; // 1 in <si>, 2 in <r>/<t>/<rPh>, ...
  let inRun = false;
  let inPhonetic = false;
  let text: string | null = null; // the <t> being read
  let runText: string | null = null;
  await parseXml(await zip.openStream(part), {
    open(tag) {
      const name = local(tag.name);
      if (name === "si") {
        plain = null;
        runs = null;
        depth = 1;
        return;
      }
      if (depth === 0) return;
      depth++;
      if (name === "r" && depth === 2) {
        inRun = true;
        runText = null;
      } else if (name === "rPh" && depth === 2) {
        inPhonetic = true;
      } else if (name === "t" && !inPhonetic && (depth === 2 || (inRun && depth === 3))) {
        text = "";
      }
    },
    text(t) {
      if (text !== null) text += t;
    },
    close(tagName) {
      if (depth === 0) return;
      const name = local(tagName);
      if (name === "si" && depth === 1) {
        const value = plain ?? runs;
        strings.push(value === null ? null : ownString(value));
        depth = 0;
        return;
      }
      if (name === "t" && text !== null) {
        const decoded = decodeXEscapes(text);
        if (inRun) runText = decoded;
        else plain = decoded;
        text = null;
      } else if (name === "r" && depth === 2 && inRun) {
        // A run after a plain <t> is lost in exceljs; the plain text wins either way.
        runs = (runs ?? "") + (runText ?? "");
        inRun = false;
      } else if (name === "rPh" && depth === 2) {
        inPhonetic = false;
      }
      depth--;
    },
  });
  return strings;
}

/** Which cellXfs styles show dates, as exceljs decides: style 0 never does; custom formats override built-in ids. */
async function readDateStyles(zip: ZipArchive, part: string): Promise<Uint8Array> {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inNumFmts = false;
  let inCellXfs = false;
  let xfDepth = 0;
  await parseXml(await zip.openStream(part), {
    open(tag) {
      const name = local(tag.name);
      if (xfDepth > 0) {
        xfDepth++;
        return;
      }
      if (name === "numFmts") inNumFmts = true;
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "numFmt" && inNumFmts) {
        const code = attr(tag, "formatCode") ?? "";
        custom.set(parseInt(attr(tag, "numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
      } else if (name === "xf" && inCellXfs) {
        xfFormats.push(parseInt(attr(tag, "numFmtId") ?? "", 10));
        xfDepth = 1;
      }
    },
    text() {},
    close(tagName) {
      if (xfDepth > 0) {
        xfDepth--;
        return;
      }
      const name = local(tagName);
      if (name === "numFmts") inNumFmts = false;
      else if (name === "cellXfs") inCellXfs = false;
    },
  });
  const dates = new Uint8Array(xfFormats.length);
  for (let i = 1; i < xfFormats.length; i++) {
    const id = xfFormats[i]!;
    if (!id) continue; // 0 or missing: General
    if (isDateFormat(custom.get(id) || BUILT_IN_FORMATS[id])) dates[i] = 1;
  }
  return dates;
}

/** The workbook part named by the package's officeDocument relationship, or the usual path. */
async function findWorkbookPart(zip: ZipArchive): Promise<string | null> {
  const rels = await readRels(zip, "");
  const office = rels.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  if (office && zip.has(office.path)) return office.path;
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

/** Reads everything but the sheets' cells. Throws XmlDamaged / ZipDamaged for broken parts. */
export async function readWorkbookParts(zip: ZipArchive): Promise<WorkbookParts> {
  const workbookPart = await findWorkbookPart(zip);
  if (!workbookPart) return { sheets: [], date1904: false, sharedStrings: null, dateStyles: new Uint8Array(0) };
  const { sheets, date1904, rels } = await readSheetList(zip, workbookPart);
  if (sheets.length === 0) return { sheets, date1904, sharedStrings: null, dateStyles: new Uint8Array(0) };
  const stringsPart = byType(rels, "/sharedStrings")?.path ?? "xl/sharedStrings.xml";
  const stylesPart = byType(rels, "/styles")?.path ?? "xl/styles.xml";
  const sharedStrings = zip.has(stringsPart) ? await readSharedStrings(zip, stringsPart) : null;
  const dateStyles = zip.has(stylesPart) ? await readDateStyles(zip, stylesPart) : new Uint8Array(0);
  return { sheets, date1904, sharedStrings, dateStyles };
}
