// Helpers for the package writer tests: the real engine's tabs for a workbook, and a look inside zips.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { check } from "../../../src/domain/check.js";
import type { Report } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { reportTabs } from "../../../src/domain/tabs/report-tabs.js";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { isOurTab } from "../../../src/xlsx/our-tabs.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";
import { parseRels, relsPartOf } from "../../../src/xlsx/package/rels.js";
import { ZipReader } from "../../../src/xlsx/package/zip-read.js";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const FIDELITY = path.join(ROOT, "tests/fixtures/fidelity");
export const EXTRAS = path.join(FIDELITY, "register-with-extras.xlsx");
export const MACROS = path.join(FIDELITY, "register-with-macros.xlsm");
export const TODAY = "2026-11-30";

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "pra-package-"));
}

/** The six tabs the CLI would write for `file`: opened and read with the real adapter, checked with the default profile. */
export async function specsFor(file: string): Promise<{ report: Report; specs: TabSpec[] }> {
  const workbook = await openWorkbook(file);
  const profile = defaultProfile();
  const report = check(readGrids(workbook, isOurTab), profile, TODAY);
  const from = { file: path.basename(file), sheet: report.register?.sheet ?? null, profile: report.profile, today: report.today };
  return { report, specs: reportTabs(report, profile, from) };
}

/** One zip entry as stored: its compressed bytes and CRC. */
export interface StoredEntry {
  name: string;
  method: number;
  crc: number;
  raw: Buffer;
}

export async function storedEntries(file: string): Promise<Map<string, StoredEntry>> {
  const zip = await ZipReader.open(file);
  try {
    const out = new Map<string, StoredEntry>();
    for (const e of zip.entries) {
      const chunks: Buffer[] = [];
      for await (const c of zip.raw(e)) chunks.push(c);
      out.set(e.name, { name: e.name, method: e.method, crc: e.crc, raw: Buffer.concat(chunks) });
    }
    return out;
  } finally {
    await zip.close();
  }
}

/** Every part of a package as text (binary parts as latin1), keyed by name. */
export async function partsOf(file: string): Promise<Map<string, string>> {
  const zip = await ZipReader.open(file);
  try {
    const out = new Map<string, string>();
    for (const e of zip.entries) {
      if (e.name.endsWith("/")) continue;
      const data = await zip.read(e);
      out.set(e.name, /\.(xml|rels|vml)$/i.test(e.name) ? data.toString("utf8") : data.toString("latin1"));
    }
    return out;
  } finally {
    await zip.close();
  }
}

/** Sheet name -> worksheet part, from the workbook's index. */
export function sheetParts(parts: Map<string, string>): Map<string, string> {
  const workbook = parts.get("xl/workbook.xml")!;
  const rels = parseRels(parts.get("xl/_rels/workbook.xml.rels")!, "xl/workbook.xml");
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"|<sheet\b[^>]*?r:id="([^"]*)"[^>]*?name="([^"]*)"/g)) {
    const name = (m[1] ?? m[4])!.replace(/&amp;/g, "&").replace(/&apos;/g, "'").replace(/&quot;/g, '"');
    const id = m[2] ?? m[3];
    const part = rels.find((r) => r.id === id)?.part;
    if (part) out.set(name, part);
  }
  return out;
}

/** The internal relationship targets of a part. */
export function targetsOf(parts: Map<string, string>, part: string): string[] {
  const rels = parts.get(relsPartOf(part));
  return rels ? parseRels(rels, part).flatMap((r) => (r.part ? [r.part] : [])) : [];
}

/** The sheet names in workbook order. */
export function sheetNames(parts: Map<string, string>): string[] {
  return [...sheetParts(parts).keys()];
}
