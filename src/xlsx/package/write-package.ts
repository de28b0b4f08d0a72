// The output workbook as the input's package plus our tabs: every part of the input is copied as stored (same
// compressed bytes and CRC), except the index parts (workbook, its relationships, content types) and the styles
// part, which are edited in place; our tabs from an earlier run and the parts only they use are left out.
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
import { tempPathFor, writeAtomically } from "../write-atomically.js";

const CONTENT_TYPES = "[Content_Types].xml";

/** A new part: its name and how to produce its bytes. */
interface NewPart {
  name: string;
  chunks: () => Iterable<string>;
}

/** What is decided from the input alone, before any tab is built; `addTab` and `finishIndex` carry it on. */
interface InputPlan {
  /** Lower-cased names of the input entries left out. */
  drop: Set<string>;
  /** Our tabs found from an earlier run (their names in the input). */
  replacedTabs: string[];
  styles: StyleBook;
  stylesPart: string | undefined;
  stylesXml: string | undefined;
  contentTypes: string;
  workbookPart: string;
  workbookXml: string;
  workbookRelsPart: string;
  workbookRelsXml: string;
  workbookRelsPresent: boolean;
  ourRIds: Set<string>;
  removeRels: Set<string>;
  ns: ReturnType<typeof namespacesOf>;
  date1904: boolean;
  /** Sheets kept from the input, and then ours as they are added: for unique names. */
  existing: ExistingSheet[];
  keptCount: number;
  used: Set<string>;
  tableId: number;
  tableNames: Set<string>;
  wbDir: string;
  nextRId: () => string;
  sheetId: number;
  names: string[];
  newSheets: NewSheet[];
  newRels: NewRelationship[];
  newTypes: { part: string; contentType: string }[];
  definedNames: NewDefinedName[];
}

/** The index parts as they must be written once every tab is in: new content by lower-cased input name, and new parts. */
interface IndexPlan {
  replace: Map<string, string>;
  add: NewPart[];
  /** Where the styles go: the input's part (copied as stored if nothing was appended) or a new one. */
  stylesPart: string;
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

/** Works out what the input keeps and drops: reads only its index parts, rels, tables, calcChain and each sheet as far as A2. */
async function planInput(zip: ZipReader): Promise<InputPlan> {
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
  return {
    drop,
    replacedTabs: ours.map((s) => s.name),
    styles,
    stylesPart,
    stylesXml,
    contentTypes,
    workbookPart,
    workbookXml,
    workbookRelsPart,
    workbookRelsXml,
    workbookRelsPresent: zip.get(workbookRelsPart) !== undefined,
    ourRIds,
    removeRels,
    ns,
    date1904: info.date1904,
    existing: kept.map((s) => ({ name: s.name, ours: false })),
    keptCount: kept.length,
    used,
    tableId,
    tableNames,
    wbDir,
    nextRId: freshIds(wbRels.map((r) => r.id).concat(relsIdsOf(workbookRelsXml))),
    sheetId: Math.max(0, ...info.sheets.map((s) => s.sheetId)),
    names: [],
    newSheets: [],
    newRels: [],
    newTypes: [],
    definedNames: [],
  };
}

/** Plans one of our tabs (its name, sheet part, tables and print names) and returns the parts to write for it. */
function addTab(plan: InputPlan, spec: TabSpec): NewPart[] {
  const { ns, workbookPart, wbDir, used } = plan;
  // A user's sheet with our name keeps it; ours takes another.
  const name = tabName(spec.name, plan.existing);
  plan.existing.push({ name, ours: false });
  plan.names.push(name);
  const part = freePart(`${wbDir ? `${wbDir}/` : ""}worksheets`, "sheet", used);
  const rId = plan.nextRId();
  plan.newSheets.push({ name, sheetId: ++plan.sheetId, rId });
  plan.newRels.push({ id: rId, type: ns.relType("worksheet"), target: relativeTarget(workbookPart, part) });
  plan.newTypes.push({ part, contentType: CONTENT_TYPE.worksheet });
  const localSheetId = plan.keptCount + plan.names.length - 1;

  const tables: PlannedTable[] = [];
  let autoFilter: string | undefined;
  const sheetRels: NewRelationship[] = [];
  for (const t of spec.tables ?? []) {
    const columns = tableColumnNames(spec, t);
    if (t.lastRow <= t.headerRow) {
      // A table needs a data row: an empty list gets a filter on its header row instead (one per sheet).
      if (autoFilter) continue;
      autoFilter = `A${t.headerRow + 1}:${columnLetters(t.columns)}${t.headerRow + 1}`;
      plan.definedNames.push({
        name: "_xlnm._FilterDatabase",
        localSheetId,
        value: `${quoteSheet(name)}!$A$${t.headerRow + 1}:$${columnLetters(t.columns)}$${t.headerRow + 1}`,
        hidden: true,
      });
      continue;
    }
    const tablePart = freePart(`${wbDir ? `${wbDir}/` : ""}tables`, "table", used);
    const planned: PlannedTable = {
      id: ++plan.tableId,
      name: uniqueTableName(t.name, plan.tableNames),
      part: tablePart,
      rId: `rId${sheetRels.length + 1}`,
      ref: tableRef(t),
      headerRow: t.headerRow,
      columns,
    };
    tables.push(planned);
    sheetRels.push({ id: planned.rId, type: ns.relType("table"), target: relativeTarget(part, tablePart) });
    plan.newTypes.push({ part: tablePart, contentType: CONTENT_TYPE.table });
  }
  if (spec.print?.titleRows) {
    const [from, to] = spec.print.titleRows;
    plan.definedNames.push({ name: "_xlnm.Print_Titles", localSheetId, value: `${quoteSheet(name)}!$${from}:$${to}` });
  }
  const sheet = { spec, name, styles: plan.styles, date1904: plan.date1904, mainNs: ns.main, relNs: ns.rel, tables, ...(autoFilter ? { autoFilter } : {}) };
  const parts: NewPart[] = [{ name: part, chunks: () => sheetXml(sheet) }];
  if (sheetRels.length) parts.push({ name: relsPartOf(part), chunks: () => [relsXml(sheetRels)] });
  for (const t of tables) parts.push({ name: t.part, chunks: () => [tableXml(t, ns.main)] });
  return parts;
}

/** The workbook, its relationships and the content types, edited for the tabs added. */
function finishIndex(plan: InputPlan): IndexPlan {
  const { ns, workbookPart, wbDir, used, stylesPart, styles, newRels, newTypes, contentTypes, workbookXml, workbookRelsXml, workbookRelsPart } = plan;
  const add: NewPart[] = [];
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
    newRels.push({ id: plan.nextRId(), type: ns.relType("styles"), target: relativeTarget(workbookPart, stylesOut) });
    newTypes.push({ part: stylesOut, contentType: CONTENT_TYPE.styles });
  }

  setIfChanged(workbookPart, workbookXml, editWorkbookXml(workbookXml, { removeRIds: plan.ourRIds, add: plan.newSheets, definedNames: plan.definedNames }));
  const relsOut = editRels(workbookRelsXml, plan.removeRels, newRels);
  if (plan.workbookRelsPresent) setIfChanged(workbookRelsPart, workbookRelsXml, relsOut);
  else add.push({ name: workbookRelsPart, chunks: () => [relsOut] });
  setIfChanged(CONTENT_TYPES, contentTypes, editContentTypes(contentTypes, plan.drop, newTypes));
  return { replace, add, stylesPart: stylesOut };
}

function relsIdsOf(xml: string): string[] {
  return [...xml.matchAll(/\bId\s*=\s*["']([^"']*)["']/g)].map((m) => m[1]!);
}

export { tempPathFor };

/**
 * Writes `input` with our tabs (replacing ours from an earlier run, never a user's sheet) to `out`, through a
 * temporary file renamed at the end, so a failure or Ctrl-C never leaves half a workbook. Returns the tab names
 * used. A macro-enabled input stays macro-enabled: the workbook's content type and vbaProject.bin are kept.
 * `tabs` is read one at a time and each is written before the next is asked for, so a generator that builds
 * each tab on demand keeps only one tab in memory.
 */
export async function writePackage(input: string, tabs: Iterable<TabSpec>, out: string): Promise<string[]> {
  const zip = await ZipReader.open(input);
  try {
    return await writeAtomically(out, async (tmp) => {
      let writer: ZipWriter | undefined;
      try {
        const plan = await planInput(zip);
        writer = await ZipWriter.create(tmp);
        const stylesEntry = plan.stylesXml === undefined || !plan.stylesPart ? undefined : zip.get(plan.stylesPart);
        // The index parts are written last, once every tab is known.
        const indexEntries = [CONTENT_TYPES, plan.workbookPart, plan.workbookRelsPart].map((n) => zip.get(n)).filter((e) => e !== undefined);
        const later = new Set([stylesEntry, ...indexEntries]);
        for (const entry of zip.entries) {
          if (plan.drop.has(entry.name.toLowerCase()) || later.has(entry)) continue;
          await writer.copy(zip, entry);
        }
        for (const spec of tabs) {
          for (const part of addTab(plan, spec)) await writer.add(part.name, part.chunks());
        }
        const index = finishIndex(plan);
        for (const entry of indexEntries) {
          const replaced = index.replace.get(entry.name.toLowerCase());
          if (replaced === undefined) await writer.copy(zip, entry);
          else await writer.add(entry.name, [replaced], { dosTime: { time: entry.modTime, date: entry.modDate } });
        }
        for (const part of index.add) await writer.add(part.name, part.chunks());
        // Styles last: the tabs have now asked for every style they use.
        const styles = plan.styles.toXml();
        if (stylesEntry && styles === plan.stylesXml) await writer.copy(zip, stylesEntry);
        else if (stylesEntry) await writer.add(stylesEntry.name, [styles], { dosTime: { time: stylesEntry.modTime, date: stylesEntry.modDate } });
        else await writer.add(index.stylesPart, [styles]);
        await writer.finish();
        return plan.names;
      } catch (e) {
        await writer?.abort();
        throw e;
      }
    });
  } finally {
    await zip.close();
  }
}
