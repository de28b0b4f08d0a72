// Surgical edits of a workbook's index parts: xl/workbook.xml and [Content_Types].xml (the workbook's
// relationships are edited in rels.ts). Only the elements we own are added, removed or renumbered; everything
// else, unknown elements and namespaces included, is kept exactly as written.
import { attributes, element, elements, escapeAttr, escapeText, prefixFor, regexEscape, rootPrefix, setAttribute } from "./xml-text.js";

const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const TRANSITIONAL_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships";

/** Namespaces and relationship types of the workbook's flavour of SpreadsheetML (transitional, or strict). */
export interface Namespaces {
  main: string;
  rel: string;
  relType(kind: "worksheet" | "table" | "styles" | "hyperlink"): string;
}

export function namespacesOf(workbookXml: string): Namespaces {
  const strict = workbookXml.includes(STRICT_MAIN) && !workbookXml.includes(TRANSITIONAL_MAIN);
  const rel = strict ? STRICT_REL : TRANSITIONAL_REL;
  return { main: strict ? STRICT_MAIN : TRANSITIONAL_MAIN, rel, relType: (kind) => `${rel}/${kind}` };
}

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
} as const;

export interface SheetEntry {
  name: string;
  sheetId: number;
  rId: string;
  state: string;
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  value: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  date1904: boolean;
}

function relAttr(tag: string): string {
  for (const [k, v] of attributes(tag)) if (k === "r:id" || /:id$/.test(k)) return v;
  return "";
}

/** Sheets, defined names and the date system of xl/workbook.xml. */
export function readWorkbookXml(xml: string): WorkbookInfo {
  const p = rootPrefix(xml, "workbook");
  const relPrefix = prefixFor(xml, TRANSITIONAL_REL) ?? prefixFor(xml, STRICT_REL) ?? "r";
  const sheetsEl = element(xml, `${p}sheets`);
  const sheets = sheetsEl
    ? elements(sheetsEl.inner, `${p}sheet`).map((el) => {
        const a = attributes(el.tag);
        return {
          name: a.get("name") ?? "",
          sheetId: Number(a.get("sheetId") ?? 0),
          rId: a.get(`${relPrefix}:id`) ?? relAttr(el.tag),
          state: a.get("state") ?? "visible",
        };
      })
    : [];
  const namesEl = element(xml, `${p}definedNames`);
  const definedNames = namesEl
    ? elements(namesEl.inner, `${p}definedName`).map((el) => {
        const a = attributes(el.tag);
        const local = a.get("localSheetId");
        return { name: a.get("name") ?? "", value: el.inner, ...(local !== undefined ? { localSheetId: Number(local) } : {}) };
      })
    : [];
  const pr = element(xml, `${p}workbookPr`);
  const d1904 = pr ? attributes(pr.tag).get("date1904") : undefined;
  return { sheets, definedNames, date1904: d1904 === "1" || d1904 === "true" };
}

export interface NewSheet {
  name: string;
  sheetId: number;
  rId: string;
}

export interface NewDefinedName {
  name: string;
  /** Index of the sheet in the edited workbook's sheet list. */
  localSheetId: number;
  /** The formula, unescaped (e.g. `'Committee summary'!$1:$4`). */
  value: string;
  hidden?: boolean;
}

export interface WorkbookEdit {
  /** Relationship ids of the sheets to remove. */
  removeRIds: ReadonlySet<string>;
  add: readonly NewSheet[];
  definedNames: readonly NewDefinedName[];
}

/**
 * xl/workbook.xml with sheets removed and added: sheet-local defined names follow their sheet (and go with a
 * removed one), the active and first tabs stay on the same sheet where it survives.
 */
export function editWorkbookXml(xml: string, edit: WorkbookEdit): string {
  const p = rootPrefix(xml, "workbook");
  const relPrefix = prefixFor(xml, TRANSITIONAL_REL) ?? prefixFor(xml, STRICT_REL);
  const sheetsEl = element(xml, `${p}sheets`);
  if (!sheetsEl) throw new Error("xl/workbook.xml has no <sheets>");
  const old = elements(sheetsEl.inner, `${p}sheet`);
  // Old sheet index -> new index (-1 when removed).
  const map: number[] = [];
  let kept = 0;
  const states: string[] = [];
  for (const el of old) {
    const removed = edit.removeRIds.has(relAttr(el.tag));
    map.push(removed ? -1 : kept++);
    if (!removed) states.push(attributes(el.tag).get("state") ?? "visible");
  }
  for (let i = 0; i < edit.add.length; i++) states.push("visible");
  const remap = (i: number) => (i >= 0 && i < map.length ? map[i]! : i >= map.length ? i - map.length + kept : -1);

  let out = xml;

  // 1. Defined names: renumber or drop sheet-local ones, then add ours.
  const namesEl = element(out, `${p}definedNames`);
  const addedNames = edit.definedNames
    .map((n) => `<${p}definedName name="${escapeAttr(n.name)}" localSheetId="${n.localSheetId}"${n.hidden ? ' hidden="1"' : ""}>${escapeText(n.value)}</${p}definedName>`)
    .join("");
  if (namesEl) {
    let inner = namesEl.inner;
    for (const el of elements(inner, `${p}definedName`).reverse()) {
      const local = attributes(el.tag).get("localSheetId");
      if (local === undefined) continue;
      const to = remap(Number(local));
      inner =
        to < 0
          ? inner.slice(0, el.start) + inner.slice(el.end)
          : inner.slice(0, el.start) + setAttribute(el.tag, "localSheetId", String(to)) + inner.slice(el.start + el.tag.length);
    }
    inner += addedNames;
    const openEnd = namesEl.start + namesEl.tag.length;
    const rebuilt = namesEl.tag.endsWith("/>")
      ? inner
        ? `${namesEl.tag.slice(0, -2).replace(/\s+$/, "")}>${inner}</${p}definedNames>`
        : namesEl.tag
      : inner.trim()
        ? `${namesEl.tag}${inner}</${p}definedNames>`
        : "";
    out = out.slice(0, namesEl.start) + rebuilt + out.slice(namesEl.tag.endsWith("/>") ? openEnd : namesEl.end);
  } else if (addedNames) {
    // CT_Workbook order: ... sheets, functionGroups, externalReferences, definedNames, calcPr ...
    let at = -1;
    for (const name of ["externalReferences", "functionGroups", "sheets"]) {
      const el = element(out, `${p}${name}`);
      if (el) {
        at = el.end;
        break;
      }
    }
    out = out.slice(0, at) + `<${p}definedNames>${addedNames}</${p}definedNames>` + out.slice(at);
  }

  // 2. Sheets: remove ours, append the new ones.
  const sheets = element(out, `${p}sheets`)!;
  let inner = sheets.inner;
  const current = elements(inner, `${p}sheet`);
  for (const el of [...current].reverse()) if (edit.removeRIds.has(relAttr(el.tag))) inner = inner.slice(0, el.start) + inner.slice(el.end);
  const rAttr = relPrefix ? `${relPrefix}:id` : "r:id";
  const declare = relPrefix ? "" : ` xmlns:r="${TRANSITIONAL_REL}"`;
  inner += edit.add.map((s) => `<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${declare} ${rAttr}="${escapeAttr(s.rId)}"/>`).join("");
  const sheetsOpen = sheets.tag.endsWith("/>") ? `${sheets.tag.slice(0, -2).replace(/\s+$/, "")}>` : sheets.tag;
  out = out.slice(0, sheets.start) + sheetsOpen + inner + `</${p}sheets>` + out.slice(sheets.end);

  // 3. Workbook views: keep the active and first tab on the same sheet; a removed one falls back to a visible sheet.
  const firstVisible = Math.max(0, states.findIndex((s) => s === "visible"));
  const views = element(out, `${p}bookViews`);
  if (views) {
    let vInner = views.inner;
    for (const el of elements(vInner, `${p}workbookView`).reverse()) {
      let tag = el.tag;
      for (const attr of ["activeTab", "firstSheet"]) {
        const v = attributes(tag).get(attr);
        if (v === undefined) continue;
        const to = remap(Number(v));
        tag = setAttribute(tag, attr, String(to < 0 || states[to] !== "visible" ? firstVisible : to));
      }
      vInner = vInner.slice(0, el.start) + tag + vInner.slice(el.start + el.tag.length);
    }
    out = out.slice(0, views.start) + views.tag + vInner + (views.tag.endsWith("/>") ? "" : `</${p}bookViews>`) + out.slice(views.end);
  }
  return out;
}

/** The content type a package gives a part: its Override, else the Default for its extension. */
export function contentTypeOf(xml: string, part: string): string | undefined {
  const p = rootPrefix(xml, "Types");
  const name = `/${part}`.toLowerCase();
  for (const el of elements(xml, `${p}Override`)) {
    const a = attributes(el.tag);
    if ((a.get("PartName") ?? "").toLowerCase() === name) return a.get("ContentType");
  }
  const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const el of elements(xml, `${p}Default`)) {
    const a = attributes(el.tag);
    if ((a.get("Extension") ?? "").toLowerCase() === ext) return a.get("ContentType");
  }
  return undefined;
}

/** Every part named in an Override, lower-cased and without the leading slash, with its content type. */
export function overrides(xml: string): Map<string, string> {
  const p = rootPrefix(xml, "Types");
  const out = new Map<string, string>();
  for (const el of elements(xml, `${p}Override`)) {
    const a = attributes(el.tag);
    out.set((a.get("PartName") ?? "").replace(/^\//, "").toLowerCase(), a.get("ContentType") ?? "");
  }
  return out;
}

/** [Content_Types].xml without the Overrides of `remove` (part names), with Overrides for `add`. */
export function editContentTypes(xml: string, remove: Iterable<string>, add: readonly { part: string; contentType: string }[]): string {
  const p = rootPrefix(xml, "Types");
  const drop = new Set([...remove, ...add.map((a) => a.part)].map((n) => `/${n}`.toLowerCase()));
  let out = xml;
  for (const el of elements(xml, `${p}Override`).reverse()) {
    if (drop.has((attributes(el.tag).get("PartName") ?? "").toLowerCase())) out = out.slice(0, el.start) + out.slice(el.end);
  }
  const added = add.map((a) => `<${p}Override PartName="/${escapeAttr(a.part)}" ContentType="${escapeAttr(a.contentType)}"/>`).join("");
  const close = `</${p}Types>`;
  const at = out.lastIndexOf(close);
  if (at < 0) return out.replace(new RegExp(`<${regexEscape(p)}Types\\b([^>]*?)\\s*/>`), `<${p}Types$1>${added}${close}`);
  return out.slice(0, at) + added + out.slice(at);
}
