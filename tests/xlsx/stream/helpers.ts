// Shared by the streaming-reader tests: both readers side by side, grids normalised for comparison,
// and a small zip writer for packages built by hand (stored or deflated entries, data descriptors, zip64).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";
import { readGridsStreaming } from "../../../src/xlsx/stream/read-grids-stream.js";

const made: string[] = [];

/** A fresh temporary folder; removeTempDirs() (in afterAll) deletes every one made. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stream-reader-"));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A cell in a form deep equality can compare: Dates by time (Invalid Date included), NaN and undefined spelt out. */
function plainCell(v: CellValue | undefined): unknown {
  if (v === undefined) return "<undefined>";
  if (v instanceof Date) return { date: Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString() };
  if (typeof v === "number" && Number.isNaN(v)) return "<NaN>";
  return v;
}

export interface PlainGrid {
  name: string;
  rows: unknown[][];
  hiddenRows: number[];
  hiddenColumns: string[];
}

export function plainGrids(grids: Grid[]): PlainGrid[] {
  return grids.map((g) => ({
    name: g.name,
    // Array.from visits holes too, so a sparse row would show "<undefined>".
    rows: Array.from(g.rows, (r) => Array.from(r ?? ["<missing row>"], plainCell)),
    hiddenRows: [...(g.hiddenRows ?? [])].sort((a, b) => a - b),
    hiddenColumns: [...(g.hiddenColumns ?? [])].sort(),
  }));
}

export type ReadOutcome = { grids: PlainGrid[] } | { error: string };

async function outcome(read: () => Promise<Grid[]>): Promise<ReadOutcome> {
  try {
    return { grids: plainGrids(await read()) };
  } catch (e) {
    return { error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

/** The file read by exceljs (readGrids(openWorkbook(file))) and by the streaming reader. */
export async function readBoth(file: string): Promise<{ exceljs: ReadOutcome; stream: ReadOutcome }> {
  const exceljs = await outcome(async () => readGrids(await openWorkbook(file)));
  const stream = await outcome(() => readGridsStreaming(file));
  return { exceljs, stream };
}

// ---------------------------------------------------------------------------------------------------------
// A zip writer for hand-built packages.

export interface RawEntry {
  name: string;
  data: string | Buffer;
  /** 0 stored, 8 deflated (the default). */
  method?: 0 | 8;
  /** Sizes and CRC in a data descriptor after the data (flag bit 3), zeros in the local header. */
  descriptor?: boolean;
}

export function zipBuffer(entries: RawEntry[], options: { zip64?: boolean } = {}): Buffer {
  const zip64 = options.zip64 ?? false;
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32(data);
    const name = Buffer.from(e.name, "utf8");
    const flags = (e.descriptor ? 0x8 : 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(e.descriptor ? 0 : crc, 14);
    local.writeUInt32LE(e.descriptor ? 0 : body.length, 18);
    local.writeUInt32LE(e.descriptor ? 0 : data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const pieces = [local, name, body];
    if (e.descriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(body.length, 8);
      d.writeUInt32LE(data.length, 12);
      pieces.push(d);
    }
    parts.push(...pieces);
    const extra = zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(data.length), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(zip64 ? 45 : 20, 4);
    c.writeUInt16LE(zip64 ? 45 : 20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(zip64 ? 0xffffffff : body.length, 20);
    c.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    central.push(c, name, extra);
    offset += pieces.reduce((n, p) => n + p.length, 0);
  }
  const dir = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(entries.length), 24);
    rec.writeBigUInt64LE(BigInt(entries.length), 32);
    rec.writeBigUInt64LE(BigInt(dir.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : entries.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : dir.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...parts, dir, ...tail, end]);
}

// ---------------------------------------------------------------------------------------------------------
// Hand-built workbooks, for what exceljs never writes itself (inline strings, t="str", cells without r, ...).

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface RawSheet {
  /** The name as it goes into workbook.xml (already escaped). */
  name: string;
  /** The whole <worksheet> body (sheetData, cols, mergeCells, hyperlinks ...). */
  body: string;
  state?: "hidden" | "veryHidden";
  /** Relationships of the sheet, e.g. hyperlink targets: [id, target]. */
  links?: [string, string][];
  /** A chartsheet: listed in the workbook but not a worksheet. */
  chart?: boolean;
}

export interface RawWorkbook {
  sheets: RawSheet[];
  /** `<si>` bodies. Without it there is no sharedStrings part. */
  sharedStrings?: string[];
  /** The whole styles.xml body (numFmts, cellXfs ...). */
  styles?: string;
  date1904?: boolean;
}

export function rawWorkbookEntries(wb: RawWorkbook): RawEntry[] {
  const entries: RawEntry[] = [];
  entries.push({
    name: "[Content_Types].xml",
    data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>`,
  });
  entries.push({
    name: "_rels/.rels",
    data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  });
  const sheetEls: string[] = [];
  const wbRels: string[] = [];
  wb.sheets.forEach((s, i) => {
    const n = i + 1;
    sheetEls.push(`<sheet name="${s.name}" sheetId="${n}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${n}"/>`);
    if (s.chart) {
      wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/chartsheet" Target="chartsheets/sheet${n}.xml"/>`);
      entries.push({ name: `xl/chartsheets/sheet${n}.xml`, data: `<?xml version="1.0"?><chartsheet ${NS}><sheetPr/></chartsheet>` });
      return;
    }
    wbRels.push(`<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
    entries.push({ name: `xl/worksheets/sheet${n}.xml`, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${s.body}</worksheet>` });
    if (s.links?.length) {
      const rels = s.links.map(([id, target]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${target}" TargetMode="External"/>`);
      entries.push({
        name: `xl/worksheets/_rels/sheet${n}.xml.rels`,
        data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
      });
    }
  });
  if (wb.sharedStrings) {
    wbRels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    entries.push({
      name: "xl/sharedStrings.xml",
      data: `<?xml version="1.0"?><sst ${NS} count="${wb.sharedStrings.length}" uniqueCount="${wb.sharedStrings.length}">${wb.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    });
  }
  if (wb.styles) {
    wbRels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>`);
    entries.push({ name: "xl/styles.xml", data: `<?xml version="1.0"?><styleSheet ${NS}>${wb.styles}</styleSheet>` });
  }
  entries.push({
    name: "xl/workbook.xml",
    data: `<?xml version="1.0"?><workbook ${NS}>${wb.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${sheetEls.join("")}</sheets></workbook>`,
  });
  entries.push({
    name: "xl/_rels/workbook.xml.rels",
    data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${wbRels.join("")}</Relationships>`,
  });
  return entries;
}

/** Writes a hand-built workbook; returns its path. */
export function writeRawWorkbook(dir: string, name: string, wb: RawWorkbook, zip: { zip64?: boolean; method?: 0 | 8; descriptor?: boolean } = {}): string {
  const file = path.join(dir, name);
  const entries = rawWorkbookEntries(wb).map((e) => ({ ...e, method: zip.method ?? e.method, descriptor: zip.descriptor ?? e.descriptor }));
  fs.writeFileSync(file, zipBuffer(entries, { zip64: zip.zip64 ?? false }));
  return file;
}
