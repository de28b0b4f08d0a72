// Builds the fidelity fixtures: a small partnership register with the things a council's workbook collects
// over the years (a chart, an image, a drop-down list, conditional formatting, a comment, a defined name,
// a hidden sheet, a pivot table and its cache), and a macro-enabled copy of it.
//
// The workbook is written as flat ODF (.fods) and converted by LibreOffice headless (Debian's
// libreoffice-calc-nogui), which makes real charts and pivot caches; the result is checked for every feature,
// then re-zipped with fixed timestamps so the fixture only changes when its content does.
//
//   npx tsx scripts/make-fidelity-fixture.ts
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { crc32 } from "../src/xlsx/package/crc32.js";
import { editRels } from "../src/xlsx/package/rels.js";
import { editContentTypes } from "../src/xlsx/package/workbook-index.js";
import { ZipReader } from "../src/xlsx/package/zip-read.js";
import { ZipWriter } from "../src/xlsx/package/zip-write.js";

const ROOT = path.resolve(import.meta.dirname, "..");
export const FIDELITY_DIR = path.join(ROOT, "tests/fixtures/fidelity");
export const EXTRAS = path.join(FIDELITY_DIR, "register-with-extras.xlsx");
export const MACROS = path.join(FIDELITY_DIR, "register-with-macros.xlsm");

/** 1 January 2026, 00:00, as MS-DOS time and date. */
const FIXED_TIME = { time: 0, date: ((2026 - 1980) << 9) | (1 << 5) | 1 };

const HEADERS = [
  "Ref",
  "Partnership",
  "Sponsoring officer",
  "Exit strategy",
  "Risk register",
  "Annual contribution",
  "Budget approved",
  "Status",
  "Form of partnership",
];

type Value = string | number | null;

/** Ten partnerships, some with gaps the check reports (no officer, no exit strategy, no risk register, no budget). */
const ROWS: Value[][] = [
  ["P-001", "Canal Corridor Partnership", "Anna Bell", "Yes", "Yes", 150000, "Yes", "Active", "Joint committee"],
  ["P-002", "Parks Trust", "Ben Carter", "No", "Yes", 25000, "Yes", "Active", "Company limited by guarantee"],
  ["P-003", "Youth Offending Service Board", null, "Yes", "No", 80000, "No", "Active", "Statutory partnership"],
  ["P-004", "Adult Learning Consortium", "Dev Patel", null, "Yes", 12000, "Yes", "Proposed", "Contract"],
  ["P-005", "Town Centre BID", "Erin Shaw", "Yes", null, 5000, "Yes", "Active", "Company limited by guarantee"],
  ["P-006", "Health and Wellbeing Board", "Farah Khan", "Yes", "Yes", 0, "Yes", "Active", "Statutory partnership"],
  ["P-007", "Community Safety Partnership", null, "No", "No", 45000, null, "Active", "Statutory partnership"],
  ["P-008", "Heritage Lottery Project", "Gita Rao", "Yes", "Yes", 1250000, "No", "Active", "Contract"],
  ["P-009", "Rural Broadband Scheme", "Hugh Lane", "Yes", "Yes", 30000, "Yes", "Closed", "Joint venture"],
  ["P-010", "Carers' Network", "Ivy Moss", null, "Yes", 8000, "Yes", "Active", "Informal network"],
];

const STATUSES = ["Active", "Proposed", "Closed", "Suspended"];

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A small deterministic PNG: a council-blue and gold 16×16 badge. */
export function badgePng(): Buffer {
  const size = 16;
  const raw = Buffer.alloc(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    raw[y * (1 + size * 3)] = 0;
    for (let x = 0; x < size; x++) {
      const gold = (x - 7.5) ** 2 + (y - 7.5) ** 2 < 20;
      const at = y * (1 + size * 3) + 1 + x * 3;
      raw.set(gold ? [0xc9, 0xa2, 0x27] : [0x1f, 0x4e, 0x79], at);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function cell(value: Value, extra = ""): string {
  if (value === null) return `<table:table-cell${extra}/>`;
  if (typeof value === "number") return `<table:table-cell${extra} office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
  return `<table:table-cell${extra} office:value-type="string"><text:p>${esc(value)}</text:p></table:table-cell>`;
}

/**
 * The pivot table's output as LibreOffice lays it out from A3 (it does not refresh a pivot table on load, so the
 * cells are written here): Status, the sum of contributions per status, and the total.
 */
function pivotOutput(): string {
  const sums = new Map<string, number>();
  for (const r of ROWS) {
    const status = String(r[HEADERS.indexOf("Status")]);
    sums.set(status, (sums.get(status) ?? 0) + Number(r[HEADERS.indexOf("Annual contribution")] ?? 0));
  }
  const row = (a: Value, b: Value) => `<table:table-row>${cell(a)}${cell(b)}</table:table-row>`;
  const items = [...sums].sort(([a], [b]) => a.localeCompare(b));
  return (
    '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/></table:table-row>' +
    row("Status", "Sum - Annual contribution") +
    items.map(([status, sum]) => row(status, sum)).join("") +
    row("Total Result", items.reduce((t, [, v]) => t + v, 0))
  );
}

/** The register as a flat ODF spreadsheet. */
export function registerFods(): string {
  const last = ROWS.length + 1;
  const statusCol = HEADERS.indexOf("Status");
  const rows = ROWS.map((r, i) => {
    const cells = r.map((v, c) => {
      if (c === statusCol) return cell(v, ' table:content-validation-name="StatusList"');
      if (c === 0 && i === 2) {
        // A comment (an annotation, in ODF) on P-003's reference.
        return (
          '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Internal Audit</dc:creator>' +
          "<dc:date>2026-01-01T00:00:00</dc:date><text:p>Sponsoring officer left in March: confirm who replaces them.</text:p>" +
          `</office:annotation><text:p>${esc(String(v))}</text:p></table:table-cell>`
        );
      }
      return cell(v);
    });
    return `<table:table-row>${cells.join("")}</table:table-row>`;
  });
  const names = `Partnerships.B2:Partnerships.B${last}`;
  const amounts = `Partnerships.F2:Partnerships.F${last}`;
  const chart =
    '<draw:frame draw:z-index="1" draw:name="Contributions chart" svg:width="14cm" svg:height="7cm" svg:x="0.5cm" svg:y="6.5cm">' +
    `<draw:object draw:notify-on-update-of-ranges="${names} ${amounts}">` +
    '<office:document office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.chart"><office:body><office:chart>' +
    '<chart:chart svg:width="14cm" svg:height="7cm" chart:class="chart:bar">' +
    "<chart:title><text:p>Annual contribution by partnership</text:p></chart:title>" +
    `<chart:plot-area table:cell-range-address="Partnerships.B1:Partnerships.B${last} Partnerships.F1:Partnerships.F${last}" chart:data-source-has-labels="both">` +
    `<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="${names}"/></chart:axis>` +
    '<chart:axis chart:dimension="y" chart:name="primary-y"/>' +
    `<chart:series chart:values-cell-range-address="${amounts}" chart:label-cell-address="Partnerships.F1" chart:class="chart:bar"/>` +
    "</chart:plot-area></chart:chart></office:chart></office:body></office:document></draw:object></draw:frame>";
  const image =
    '<draw:frame draw:z-index="0" draw:name="Council badge" svg:width="1cm" svg:height="1cm" svg:x="24cm" svg:y="0.2cm">' +
    `<draw:image><office:binary-data>${badgePng().toString("base64")}</office:binary-data></draw:image></draw:frame>`;
  const list = STATUSES.map((s) => `&quot;${s}&quot;`).join(";");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:creation-date>2026-01-01T00:00:00</meta:creation-date><dc:date>2026-01-01T00:00:00</dc:date><dc:title>Partnership register (fidelity fixture)</dc:title></office:meta>
<office:styles>
<style:style style:name="Default" style:family="table-cell"/>
<style:style style:name="Large commitment" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffc7ce"/><style:text-properties fo:color="#9c0006"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
<style:style style:name="wide" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:content-validations>
<table:content-validation table:name="StatusList" table:condition="of:cell-content-is-in-list(${list})" table:allow-empty-cell="true" table:base-cell-address="Partnerships.H2" table:display-list="unsorted"/>
</table:content-validations>
<table:table table:name="Partnerships" table:style-name="shown">
<table:shapes>${image}${chart}</table:shapes>
<table:table-column/><table:table-column table:style-name="wide"/><table:table-column table:number-columns-repeated="7"/>
<table:table-row>${HEADERS.map((h) => cell(h)).join("")}</table:table-row>
${rows.join("\n")}
<calcext:conditional-formats><calcext:conditional-format calcext:target-range-address="${amounts}"><calcext:condition calcext:apply-style-name="Large commitment" calcext:value="&gt;=100000" calcext:base-cell-address="Partnerships.F2"/></calcext:conditional-format></calcext:conditional-formats>
</table:table>
<table:table table:name="Summary by status" table:style-name="shown"><table:table-column table:number-columns-repeated="2"/>${pivotOutput()}</table:table>
<table:table table:name="Lists" table:style-name="hidden"><table:table-column/>${STATUSES.map((s) => `<table:table-row>${cell(s)}</table:table-row>`).join("")}</table:table>
<table:named-expressions><table:named-range table:name="Contributions" table:base-cell-address="$Partnerships.$F$2" table:cell-range-address="$Partnerships.$F$2:.$F$${last}"/></table:named-expressions>
<table:data-pilot-tables>
<table:data-pilot-table table:name="Contributions by status" table:target-range-address="'Summary by status'.A1:'Summary by status'.B8" table:buttons="'Summary by status'.A1">
<table:source-cell-range table:cell-range-address="Partnerships.A1:Partnerships.I${last}"/>
<table:data-pilot-field table:source-field-name="Status" table:orientation="row"/>
<table:data-pilot-field table:source-field-name="" table:orientation="column" table:is-data-layout-field="true"/>
<table:data-pilot-field table:source-field-name="Annual contribution" table:orientation="data" table:function="sum"/>
</table:data-pilot-table>
</table:data-pilot-tables>
</office:spreadsheet></office:body></office:document>
`;
}

/** Converts with LibreOffice headless, in a profile folder of its own. */
function convert(fods: string, workDir: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pra-lo-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", workDir, fods],
      { stdio: "pipe", timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const out = path.join(workDir, `${path.basename(fods, ".fods")}.xlsx`);
  if (!fs.existsSync(out)) throw new Error("LibreOffice did not produce the workbook");
  return out;
}

/** Fails loudly if LibreOffice dropped any feature the fidelity test relies on. */
async function checkFeatures(zip: ZipReader): Promise<void> {
  const names = zip.entries.map((e) => e.name);
  const text = async (name: string) => zip.readText(zip.get(name)!);
  const need = (ok: boolean, what: string) => {
    if (!ok) throw new Error(`LibreOffice dropped ${what}: the fixture would not test it`);
  };
  need(names.some((n) => n.startsWith("xl/charts/chart")), "the chart");
  need(names.some((n) => n.startsWith("xl/media/")), "the image");
  need(names.some((n) => n.startsWith("xl/pivotCache/pivotCacheDefinition")), "the pivot cache");
  need(names.some((n) => n.startsWith("xl/pivotTables/")), "the pivot table");
  need(names.some((n) => /^xl\/comments\d*\.xml$/.test(n)), "the comment");
  const sheet1 = await text("xl/worksheets/sheet1.xml");
  need(sheet1.includes("<dataValidations"), "the data validation list");
  need(sheet1.includes("<conditionalFormatting"), "the conditional formatting");
  const workbook = await text("xl/workbook.xml");
  need(/<definedName\b[^>]*name="Contributions"/.test(workbook), "the defined name");
  need(/<sheet\b[^>]*state="hidden"/.test(workbook), "the hidden sheet");
}

/** LibreOffice numbers chart axes at random: number them in order of appearance instead. */
function stableAxisIds(chartXml: string): string {
  const ids = new Map<string, string>();
  return chartXml.replace(/(<c:(?:axId|crossAx) val=")(\d+)(")/g, (_m, head: string, id: string, tail: string) => {
    if (!ids.has(id)) ids.set(id, String(100_001 + ids.size));
    return head + ids.get(id)! + tail;
  });
}

/** Re-zips `entries` of `zip` (with edits) at a fixed time, in order. */
async function rezip(zip: ZipReader, out: string, edits: Map<string, string | Buffer> = new Map(), extra: [string, Buffer][] = []): Promise<void> {
  const writer = await ZipWriter.create(out);
  try {
    for (const e of zip.entries) {
      let data = edits.get(e.name) ?? (await zip.read(e));
      if (/^xl\/charts\/chart\d+\.xml$/.test(e.name)) data = stableAxisIds(data.toString());
      await writer.add(e.name, [data], { level: 9, dosTime: FIXED_TIME });
    }
    for (const [name, data] of extra) await writer.add(name, [data], { level: 9, dosTime: FIXED_TIME });
    await writer.finish();
  } catch (e) {
    await writer.abort();
    throw e;
  }
}

/** Stand-in bytes for a VBA project: an OLE compound file signature and a note. The package test never runs it. */
function vbaProjectBytes(): Buffer {
  const note = Buffer.from("Not a real VBA project: placeholder bytes for the package fidelity test.\n", "latin1");
  const out = Buffer.alloc(512 + note.length);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  out.set(note, 512);
  return out;
}

export async function makeFidelityFixtures(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "pra-fidelity-"));
  try {
    const fods = path.join(work, "register-with-extras.fods");
    fs.writeFileSync(fods, registerFods(), "utf8");
    const converted = convert(fods, work);
    const zip = await ZipReader.open(converted);
    try {
      await checkFeatures(zip);
      fs.mkdirSync(FIDELITY_DIR, { recursive: true });
      await rezip(zip, EXTRAS);

      // The macro-enabled copy: the macro-enabled workbook content type, a vbaProject.bin and its relationship.
      const contentTypes = await zip.readText(zip.get("[Content_Types].xml")!);
      const macroTypes = editContentTypes(
        contentTypes.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"),
        [],
        [{ part: "xl/vbaProject.bin", contentType: "application/vnd.ms-office.vbaProject" }],
      );
      if (!macroTypes.includes("macroEnabled.main+xml")) throw new Error("workbook content type not found");
      const rels = await zip.readText(zip.get("xl/_rels/workbook.xml.rels")!);
      const macroRels = editRels(rels, new Set(), [
        { id: "rIdVba1", type: "http://schemas.microsoft.com/office/2006/relationships/vbaProject", target: "vbaProject.bin" },
      ]);
      await rezip(
        zip,
        MACROS,
        new Map([
          ["[Content_Types].xml", macroTypes],
          ["xl/_rels/workbook.xml.rels", macroRels],
        ]),
        [["xl/vbaProject.bin", vbaProjectBytes()]],
      );
    } finally {
      await zip.close();
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  await makeFidelityFixtures();
  console.log(`Wrote ${path.relative(ROOT, EXTRAS)} and ${path.relative(ROOT, MACROS)}`);
}
