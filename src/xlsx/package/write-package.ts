// The output workbook as the input's package plus our tabs: every part of the input is copied as stored (same
// compressed bytes and CRC), except the index parts (workbook, its relationships, content types) and the styles
// part, which are edited in place; our tabs from an earlier run and the parts only they use are left out.
import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { tabName, type ExistingSheet } from "../../domain/tabs/tab-names.js";
import type { TabSpec } from "../../domain/tabs/tab-spec.js";
import { columnLetters, quoteSheet } from "./cell-ref.js";
import { calcChainMentions, findOurSheets, partsToDrop, RelsGraph, type SheetPart } from "./our-parts.js";
import { editRels, freshIds, relativeTarget, relKind, relsPartOf, relsXml, type NewRelationship } from "./rels.js";
import { sheetXml } from "./sheet-xml.js";
import { StyleBook } from "./styles.js";
import { tableColumnNames, tableRef, tableXml, uniqueTableName, type PlannedTable } from "./table-xml.js";
import {
  CONTENT_TYPE,
  editContentTypes,
  editWorkbookXml,
  namespacesOf,
  overrides,
  readWorkbookXml,
  type NewDefinedName,
  type NewSheet,
} from "./workbook-index.js";
import { attributes } from "./xml-text.js";
import { ZipError, ZipReader } from "./zip-read.js";
import { ZipWriter } from "./zip-write.js";

const CONTENT_TYPES = "[Content_Types].xml";

/** A new part: its name and how to produce its bytes. */
interface NewPart {
  name: string;
  chunks: () => Iterable<string>;
}

/** Everything decided before a byte is written. */
export interface PackagePlan {
  /** Tab names used, in the order of the specs. */
  names: string[];
  /** Lower-cased names of the input entries left out. */
  drop: Set<string>;
  /** Lower-cased names of input entries written with new content. */
  replace: Map<string, string>;
  /** Parts added after the input's. */
  add: NewPart[];
  /**
   * The styles part, written last, once the tabs have asked for every style they use: `part` is the input's
   * (copied as stored if nothing was appended) or a new one.
   */
  styles: { part: string; before: string | undefined; book: StyleBook };
  /** Our tabs found from an earlier run (their names in the input). */
  replacedTabs: string[];
}

function firstOfKind(rels: readonly { type: string; part?: string }[], kind: string): string | undefined {
  return rels.find((r) => relKind(r.type) === kind && r.part)?.part;
}

/** A part name not in `used` (lower-cased names): `<dir>/<stem><n>.xml`, or `<stem>.xml` first when `bare`. */
function freePart(dir: string, stem: string, used: Set<string>, bare = false): string {
  for (let n = bare ? 0 : 1; ; n++) {
    const name = `${dir ? `${dir}/` : ""}${stem}${n || ""}.xml`;
    if (!used.has(name.toLowerCase())) {
      used.add(name.toLowerCase());
      return name;
    }
  }
}

/** Works out the output package from the input: reads only its index parts, rels, tables, calcChain and each sheet as far as A2. */
export async function planPackage(zip: ZipReader, specs: readonly TabSpec[]): Promise<PackagePlan> {
  const read = async (name: string): Promise<string | undefined> => {
    const entry = zip.get(name);
    return entry ? zip.readText(entry) : undefined;
  };
  const contentTypes = await read(CONTENT_TYPES);
  if (contentTypes === undefined) throw new ZipError("not an Office package: no [Content_Types].xml");
  const graph = new RelsGraph(zip);
  const workbookPart = firstOfKind(await graph.of(""), "officeDocument");
  const workbookXml = workbookPart ? await read(workbookPart) : undefined;
  if (!workbookPart || workbookXml === undefined) throw new ZipError("not a workbook: the package has no workbook part");
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRelsXml = (await read(workbookRelsPart)) ?? relsXml([]);
  const wbRels = await graph.of(workbookPart);
  const ns = namespacesOf(workbookXml);
  const info = readWorkbookXml(workbookXml);
  const relById = new Map(wbRels.map((r) => [r.id, r]));

  // Our tabs from an earlier run: worksheets with the marker in A2.
  const worksheets: SheetPart[] = [];
  for (const s of info.sheets) {
    const rel = relById.get(s.rId);
    if (rel?.part && relKind(rel.type) === "worksheet") worksheets.push({ name: s.name, rId: s.rId, part: rel.part });
  }
  const ours = await findOurSheets(zip, worksheets, firstOfKind(wbRels, "sharedStrings"));
  const ourRIds = new Set(ours.map((s) => s.rId));
  const drop = await partsToDrop(zip, graph, ours.map((s) => s.part));
  // A calculation chain naming cells of a removed tab (a user may have typed formulas into ours) goes too.
  const removedIds = new Set(info.sheets.filter((s) => ourRIds.has(s.rId)).map((s) => s.sheetId));
  const chain = wbRels.find((r) => relKind(r.type) === "calcChain" && r.part);
  const chainEntry = chain?.part ? zip.get(chain.part) : undefined;
  const removeRels = new Set(ourRIds);
  if (chain && chainEntry && (await calcChainMentions(zip, chainEntry, removedIds))) {
    drop.add(chainEntry.name.toLowerCase());
    removeRels.add(chain.id);
  }
  const kept = info.sheets.filter((s) => !ourRIds.has(s.rId));

  // Names: a user's sheet with our name keeps it; ours takes another.
  const existing: ExistingSheet[] = kept.map((s) => ({ name: s.name, ours: false }));
  const names = specs.map((spec) => {
    const name = tabName(spec.name, existing);
    existing.push({ name, ours: false });
    return name;
  });

  // Styles: ours appended to the workbook's (or a new part when it has none).
  const stylesPart = firstOfKind(wbRels, "styles");
  const stylesXml = stylesPart ? await read(stylesPart) : undefined;
  const styles = new StyleBook(stylesXml);

  // Tables already in the workbook (not ours): their ids and names stay unique.
  const used = new Set(zip.entries.map((e) => e.name.toLowerCase()).filter((n) => !drop.has(n)));
  const tableOverrides = [...overrides(contentTypes)].filter(([part, type]) => type === CONTENT_TYPE.table && used.has(part)).map(([part]) => part);
  let tableId = 0;
  const tableNames = new Set(info.definedNames.map((n) => n.name.toLowerCase()));
  for (const part of tableOverrides) {
    const xml = await read(part);
    const root = xml ? /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0] : undefined;
    if (!root) continue;
    const a = attributes(root);
    tableId = Math.max(tableId, Number(a.get("id") ?? 0) || 0);
    for (const k of ["name", "displayName"]) if (a.get(k)) tableNames.add(a.get(k)!.toLowerCase());
  }

  const wbDir = path.posix.dirname(workbookPart) === "." ? "" : path.posix.dirname(workbookPart);
  const nextRId = freshIds(wbRels.map((r) => r.id).concat(relsIdsOf(workbookRelsXml)));
  let sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId));
  const newSheets: NewSheet[] = [];
  const newRels: NewRelationship[] = [];
  const newTypes: { part: string; contentType: string }[] = [];
  const definedNames: NewDefinedName[] = [];
  const add: NewPart[] = [];

  specs.forEach((spec, i) => {
    const name = names[i]!;
    const part = freePart(`${wbDir ? `${wbDir}/` : ""}worksheets`, "sheet", used);
    const rId = nextRId();
    newSheets.push({ name, sheetId: ++sheetId, rId });
    newRels.push({ id: rId, type: ns.relType("worksheet"), target: relativeTarget(workbookPart, part) });
    newTypes.push({ part, contentType: CONTENT_TYPE.worksheet });
    const localSheetId = kept.length + i;

    const tables: PlannedTable[] = [];
    let autoFilter: string | undefined;
    const sheetRels: NewRelationship[] = [];
    for (const t of spec.tables ?? []) {
      const columns = tableColumnNames(spec, t);
      if (t.lastRow <= t.headerRow) {
        // A table needs a data row: an empty list gets a filter on its header row instead (one per sheet).
        if (autoFilter) continue;
        autoFilter = `A${t.headerRow + 1}:${columnLetters(t.columns)}${t.headerRow + 1}`;
        definedNames.push({
          name: "_xlnm._FilterDatabase",
          localSheetId,
          value: `${quoteSheet(name)}!$A$${t.headerRow + 1}:$${columnLetters(t.columns)}$${t.headerRow + 1}`,
          hidden: true,
        });
        continue;
      }
      const tablePart = freePart(`${wbDir ? `${wbDir}/` : ""}tables`, "table", used);
      const planned: PlannedTable = {
        id: ++tableId,
        name: uniqueTableName(t.name, tableNames),
        part: tablePart,
        rId: `rId${sheetRels.length + 1}`,
        ref: tableRef(t),
        headerRow: t.headerRow,
        columns,
      };
      tables.push(planned);
      sheetRels.push({ id: planned.rId, type: ns.relType("table"), target: relativeTarget(part, tablePart) });
      newTypes.push({ part: tablePart, contentType: CONTENT_TYPE.table });
    }
    if (spec.print?.titleRows) {
      const [from, to] = spec.print.titleRows;
      definedNames.push({ name: "_xlnm.Print_Titles", localSheetId, value: `${quoteSheet(name)}!$${from}:$${to}` });
    }
    const plan = { spec, name, styles, date1904: info.date1904, mainNs: ns.main, relNs: ns.rel, tables, ...(autoFilter ? { autoFilter } : {}) };
    add.push({ name: part, chunks: () => sheetXml(plan) });
    if (sheetRels.length) add.push({ name: relsPartOf(part), chunks: () => [relsXml(sheetRels)] });
    for (const t of tables) add.push({ name: t.part, chunks: () => [tableXml(t, ns.main)] });
  });

  const replace = new Map<string, string>();
  const setIfChanged = (part: string, before: string | undefined, after: string) => {
    if (before !== after) replace.set(part.toLowerCase(), after);
  };
  let stylesOut: string;
  if (!styles.created) {
    stylesOut = stylesPart!;
  } else if (stylesPart) {
    // Named by the workbook's relationships but missing from the zip: write it where it is expected.
    stylesOut = stylesPart;
    newTypes.push({ part: stylesOut, contentType: CONTENT_TYPE.styles });
  } else {
    stylesOut = freePart(wbDir, "styles", used, true);
    newRels.push({ id: nextRId(), type: ns.relType("styles"), target: relativeTarget(workbookPart, stylesOut) });
    newTypes.push({ part: stylesOut, contentType: CONTENT_TYPE.styles });
  }

  setIfChanged(workbookPart, workbookXml, editWorkbookXml(workbookXml, { removeRIds: ourRIds, add: newSheets, definedNames }));
  const relsOut = editRels(workbookRelsXml, removeRels, newRels);
  if (zip.get(workbookRelsPart)) setIfChanged(workbookRelsPart, workbookRelsXml, relsOut);
  else add.push({ name: workbookRelsPart, chunks: () => [relsOut] });
  setIfChanged(CONTENT_TYPES, contentTypes, editContentTypes(contentTypes, drop, newTypes));

  return { names, drop, replace, add, styles: { part: stylesOut, before: stylesXml, book: styles }, replacedTabs: ours.map((s) => s.name) };
}

function relsIdsOf(xml: string): string[] {
  return [...xml.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]!);
}

/** `.<name>.<pid>.tmp` next to `out`. */
export function tempPathFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
}

/**
 * Writes `input` with our tabs (replacing ours from an earlier run, never a user's sheet) to `out`, through a
 * temporary file renamed at the end, so a failure or Ctrl-C never leaves half a workbook. Returns the tab names
 * used. A macro-enabled input stays macro-enabled: the workbook's content type and vbaProject.bin are kept.
 */
export async function writePackage(input: string, specs: readonly TabSpec[], out: string): Promise<string[]> {
  const zip = await ZipReader.open(input);
  const tmp = tempPathFor(out);
  const interrupted = (signal: NodeJS.Signals) => {
    fsSync.rmSync(tmp, { force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  let writer: ZipWriter | undefined;
  try {
    const plan = await planPackage(zip, specs);
    writer = await ZipWriter.create(tmp);
    const stylesEntry = plan.styles.before === undefined ? undefined : zip.get(plan.styles.part);
    for (const entry of zip.entries) {
      const key = entry.name.toLowerCase();
      if (plan.drop.has(key) || entry === stylesEntry) continue;
      const replaced = plan.replace.get(key);
      if (replaced === undefined) await writer.copy(zip, entry);
      else await writer.add(entry.name, [replaced], { dosTime: { time: entry.modTime, date: entry.modDate } });
    }
    for (const part of plan.add) await writer.add(part.name, part.chunks());
    // Styles last: the tabs have now asked for every style they use.
    const styles = plan.styles.book.toXml();
    if (stylesEntry && styles === plan.styles.before) await writer.copy(zip, stylesEntry);
    else if (stylesEntry) await writer.add(stylesEntry.name, [styles], { dosTime: { time: stylesEntry.modTime, date: stylesEntry.modDate } });
    else await writer.add(plan.styles.part, [styles]);
    await writer.finish();
    await fs.rename(tmp, out);
    return plan.names;
  } catch (e) {
    await writer?.abort();
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await zip.close();
  }
}
