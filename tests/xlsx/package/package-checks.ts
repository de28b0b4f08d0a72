// Whole-package consistency checks shared by the package writer tests.
import { expect } from "vitest";
import type { TabCell, TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { parseRels } from "../../../src/xlsx/package/rels.js";
import { contentTypeOf, overrides } from "../../../src/xlsx/package/workbook-index.js";
import { ZipReader } from "../../../src/xlsx/package/zip-read.js";
import { ZipWriter } from "../../../src/xlsx/package/zip-write.js";
import { sheetParts } from "./package-helpers.js";

/**
 * Every relationship points at a part that exists, every part has a content type, every Override names a part,
 * every worksheet and table part is used: no orphans left behind by replaced tabs.
 */
export function expectConsistentPackage(parts: Map<string, string>, inputDangling: ReadonlySet<string> = new Set()): void {
  const names = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  const types = parts.get("[Content_Types].xml")!;
  const referenced = new Set<string>();
  for (const [name, xml] of parts) {
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    if (source) expect(names.has(source.toLowerCase()), `${name} belongs to a part that exists`).toBe(true);
    for (const r of parseRels(xml, source)) {
      if (!r.part) continue;
      if (!inputDangling.has(`${name} -> ${r.part}`)) expect(names.has(r.part.toLowerCase()), `${name} -> ${r.part} exists`).toBe(true);
      referenced.add(r.part.toLowerCase());
    }
  }
  for (const part of overrides(types).keys()) {
    if (!inputDangling.has(`Override ${part}`)) expect(names.has(part), `Override ${part} names a part`).toBe(true);
  }
  for (const name of parts.keys()) {
    if (name === "[Content_Types].xml") continue;
    expect(contentTypeOf(types, name), `${name} has a content type`).toBeTruthy();
    if (/^xl\/(worksheets\/sheet|tables\/table)\d+\.xml$/.test(name)) expect(referenced.has(name.toLowerCase()), `${name} is used`).toBe(true);
  }
  const sheets = sheetParts(parts);
  const workbook = parts.get("xl/workbook.xml")!;
  const ids = [...workbook.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set([...sheets.keys()].map((n) => n.toLowerCase())).size).toBe(sheets.size);
  const tables = [...parts].filter(([n]) => /^xl\/tables\/.*\.xml$/.test(n)).map(([, xml]) => /<table\b[^>]*>/.exec(xml)![0]);
  const tableIds = tables.map((t) => /\bid="(\d+)"/.exec(t)![1]);
  const tableNames = tables.map((t) => /\bname="([^"]*)"/.exec(t)![1]!.toLowerCase());
  expect(new Set(tableIds).size).toBe(tableIds.length);
  expect(new Set(tableNames).size).toBe(tableNames.length);
}

/** Relationships whose target is missing already in the input (so not ours to answer for). */
export function danglingTargets(parts: Map<string, string>): Set<string> {
  const names = new Set([...parts.keys()].map((n) => n.toLowerCase()));
  const out = new Set<string>();
  for (const [name, xml] of parts) {
    if (!name.endsWith(".rels")) continue;
    const source = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    for (const r of parseRels(xml, source)) if (r.part && !names.has(r.part.toLowerCase())) out.add(`${name} -> ${r.part}`);
  }
  for (const part of overrides(parts.get("[Content_Types].xml")!).keys()) if (!names.has(part)) out.add(`Override ${part}`);
  return out;
}

/** What exceljs should read back from a cell we wrote. */
export function expectedValue(cell: Exclude<TabCell, null>): unknown {
  switch (cell.t) {
    case "text":
    case "link":
      return cell.v === "" ? null : cell.v; // empty text is written as a styled blank cell
    case "number":
    case "money":
      return cell.v;
    case "date":
      return new Date(`${cell.v}T00:00:00.000Z`);
  }
}

/** The spec's cells by address ("row:column", 1-based), leaving out those a merge hides. */
export function specCells(spec: TabSpec): Map<string, Exclude<TabCell, null>> {
  const hidden = (r: number, c: number) =>
    (spec.merges ?? []).some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left));
  const out = new Map<string, Exclude<TabCell, null>>();
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell && !hidden(r, c)) out.set(`${r + 1}:${c + 1}`, cell);
    }),
  );
  return out;
}

/** A copy of a package with one part rewritten (every other part copied as stored). */
export async function rewritePart(input: string, part: string, edit: (xml: string) => string, out: string): Promise<void> {
  await rewritePackage(input, { [part]: edit }, [], out);
}

/** A copy of a package with parts rewritten and parts added (every other part copied as stored). */
export async function rewritePackage(
  input: string,
  edits: Record<string, (xml: string) => string>,
  add: [string, string][],
  out: string,
): Promise<void> {
  const zip = await ZipReader.open(input);
  const writer = await ZipWriter.create(out);
  try {
    for (const e of zip.entries) {
      const edit = edits[e.name];
      if (edit) await writer.add(e.name, [edit(await zip.readText(e))]);
      else await writer.copy(zip, e);
    }
    for (const [name, content] of add) await writer.add(name, [content]);
    await writer.finish();
  } finally {
    await zip.close();
  }
}
