// Builds the corpus of bad and awkward registers in tests/fixtures/bad/, which tests/cli/bad-input.test.ts
// runs the CLI over (README.md, "When something goes wrong"; issue 6, "Bad input, faults and data safety").
//
// Run: npx tsx scripts/make-bad-fixtures.ts
//
// Deterministic: no clock and no unseeded randomness. The workbooks' created/modified dates are fixed and
// their zip entries' timestamps pinned, the random bytes come from a seeded generator and the hand-built
// zips use fixed timestamps, so two runs write the same bytes. Every register is meant for a check date of
// 30 June 2026 (`--today 2026-06-30`).
import ExcelJS from "exceljs";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dosTimeDate, pinZipTimestamps } from "./pin-zip-timestamps.js";
import { crc32 } from "../src/xlsx/package/crc32.js";

/** The check date every register here is built for. */
const CHECK_DATE = "2026-06-30";
/** When the fixtures were "saved". */
const SAVED = new Date(Date.UTC(2026, 5, 14, 9, 0, 0));

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, "..", "tests", "fixtures", "bad");

type Cell = ExcelJS.CellValue;

// ---------------------------------------------------------------------------------------------
// Small tools: a seeded generator, CRC-32, a hand-written zip, pinned zip timestamps.

/** mulberry32: a tiny seeded generator, so "random" bytes are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}



/** A zip of stored (uncompressed) entries, written by hand: a real zip that is not necessarily an Office package. */
function storedZip(entries: { name: string; data: string | Buffer }[]): Buffer {
  const { time, date } = dosTimeDate(SAVED);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : e.data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}


function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Corporate Governance";
  wb.lastModifiedBy = "Corporate Governance";
  wb.created = SAVED;
  wb.modified = SAVED;
  return wb;
}

async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return pinZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()), SAVED);
}

const written: string[] = [];
function put(name: string, bytes: Buffer | string): void {
  writeFileSync(path.join(OUT, name), bytes);
  written.push(name);
}

async function putWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = newWorkbook();
  build(wb);
  put(name, await workbookBytes(wb));
}

// ---------------------------------------------------------------------------------------------
// A small register: the columns most councils keep, and a partnership that meets every standard on the
// check date (so each fixture's findings come from what it plants).

const HEADERS = [
  "Ref", // A
  "Partnership", // B
  "Purpose", // C
  "Status", // D
  "Sponsoring officer", // E
  "Accountable officer", // F
  "Directorate", // G
  "Terms of reference", // H
  "Date of last review", // I
  "Risk register", // J
  "Exit strategy", // K
  "Annual contribution", // L
  "Budget approved", // M
] as const;
type Header = (typeof HEADERS)[number];

function row(values: Partial<Record<Header, Cell>>): Cell[] {
  const base: Record<Header, Cell> = {
    Ref: "P-001",
    Partnership: "Canal Corridor Partnership",
    Purpose: "Regenerate the canal corridor",
    Status: "Active",
    "Sponsoring officer": "Anna Bell",
    "Accountable officer": "Ben Carter",
    Directorate: "Place",
    "Terms of reference": "Yes",
    "Date of last review": "15/01/2026",
    "Risk register": "Yes",
    "Exit strategy": "Yes",
    "Annual contribution": "£5,000",
    "Budget approved": "Yes",
  };
  const merged = { ...base, ...values };
  return HEADERS.map((h) => merged[h]);
}

function addRows(ws: ExcelJS.Worksheet, rows: Cell[][]): void {
  for (const r of rows) ws.addRow(r);
}

const CSV_ROWS: string[][] = [
  [...HEADERS],
  ["C-001", "Canal Corridor Partnership", "Regenerate the canal corridor", "Active", "Anna Bell", "Ben Carter", "Place", "Yes", "15/01/2026", "Yes", "Yes", "£5,000", "Yes"],
  ["C-002", "Safer Streets Board", "Reduce crime, and the fear of crime", "Active", "", "Ben Carter", "Communities", "Yes", "15/01/2026", "Yes", "No", "£12,500", "Yes"],
  ["C-003", "Healthy Towns Network", "Public health; \"five ways\" programme", "Active", "Cara Dunn", "Dev Patel", "People", "Yes", "31/13/2025", "Yes", "Yes", "£2,000", "Yes"],
  ["C-004", "=1+2", "Text that looks like a formula", "Active", "Eve Frost", "Dev Patel", "Place", "Yes", "15/01/2026", "Yes", "Yes", "£1,000,000,000,000", "Yes"],
];

function csvText(rows: string[][], sep: "," | ";"): string {
  const quote = (v: string) => (v.includes(sep) || v.includes('"') || v.includes("\n") ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(quote).join(sep)).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------------------------------------
// The fixtures.

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const f of readdirSync(OUT)) if (f !== "README.md") rmSync(path.join(OUT, f));

  // ---- Files that are not workbooks at all ----

  const random = seeded(20260630);
  const noise = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
  noise[0] = 0x7f; // never by chance the start of a zip (PK) or of an OLE file (D0 CF)
  put("random-bytes.xlsx", noise);

  put("renamed-csv.xlsx", "\uFEFF" + csvText(CSV_ROWS, ","));

  put(
    "not-a-workbook.zip.xlsx",
    storedZip([
      { name: "notes.txt", data: "Minutes of the Partnerships Board, 3 June 2026.\r\n" },
      { name: "photos/readme.txt", data: "Photographs from the canal walk.\r\n" },
    ]),
  );

  // A Word document renamed to .xlsx: an Office package (it has [Content_Types].xml) with no workbook in it.
  put(
    "word-document.xlsx",
    storedZip([
      {
        name: "[Content_Types].xml",
        data:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
          "</Types>",
      },
      {
        name: "_rels/.rels",
        data:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
          "</Relationships>",
      },
      {
        name: "word/document.xml",
        data:
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
          '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Partnership protocol</w:t></w:r></w:p></w:body></w:document>',
      },
    ]),
  );

  // What Excel writes for a password-protected workbook: an OLE compound file (EncryptionInfo and
  // EncryptedPackage streams), not a zip. The header is real; the sectors are filler.
  {
    const cfb = Buffer.alloc(4096, 0);
    Buffer.from("d0cf11e0a1b11ae1", "hex").copy(cfb, 0);
    cfb.writeUInt16LE(0x003e, 24); // minor version
    cfb.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
    cfb.writeUInt16LE(0xfffe, 28); // byte order
    cfb.writeUInt16LE(9, 30); // sector shift
    cfb.writeUInt16LE(6, 32); // mini sector shift
    cfb.writeUInt32LE(1, 44); // FAT sectors
    cfb.writeUInt32LE(1, 48); // first directory sector
    cfb.writeUInt32LE(4096, 56); // mini stream cutoff
    cfb.writeUInt32LE(0xfffffffe, 60);
    cfb.writeUInt32LE(0xfffffffe, 68);
    for (let i = 76; i < 512; i += 4) cfb.writeUInt32LE(0xffffffff, i);
    cfb.writeUInt32LE(0, 76); // FAT in sector 0
    const dir = 512 * 2; // sector 1
    ["Root Entry", "EncryptionInfo", "EncryptedPackage"].forEach((name, i) => {
      const at = dir + i * 128;
      const utf16 = Buffer.from(`${name}\0`, "utf16le");
      utf16.copy(cfb, at);
      cfb.writeUInt16LE(utf16.length, at + 64);
      cfb[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
    });
    put("encrypted.xlsx", cfb);
  }

  // A real workbook cut off half-way, as a failed copy or download leaves it.
  {
    const wb = newWorkbook();
    addRows(wb.addWorksheet("Register"), [[...HEADERS], row({})]);
    const whole = await workbookBytes(wb);
    put("truncated.xlsx", whole.subarray(0, Math.floor(whole.length / 2)));
  }

  // ---- Workbooks with nothing to check ----

  await putWorkbook("no-sheets.xlsx", () => {
    // exceljs writes a package with an empty <sheets/>; Excel itself never saves one.
  });

  await putWorkbook("empty-workbook.xlsx", (wb) => {
    wb.addWorksheet("Sheet1");
  });

  await putWorkbook("cover-only.xlsx", (wb) => {
    const ws = wb.addWorksheet("Cover");
    addRows(ws, [
      ["Harbridge Borough Council"],
      ["Register of Partnerships 2026/27"],
      [],
      ["The register itself is kept on SharePoint; this workbook is the cover note only."],
      ["Maintained by", "Corporate Governance"],
      ["Last updated", new Date(Date.UTC(2026, 5, 14))],
    ]);
  });

  await putWorkbook("no-header.xlsx", (wb) => {
    addRows(wb.addWorksheet("Budget"), [
      ["Cost centre", "Description", "Amount"],
      ["CC101", "Room hire", 1200],
      ["CC102", "Printing", 340.5],
    ]);
    addRows(wb.addWorksheet("Notes"), [["Agenda item 4"], ["Check the figures with finance before the meeting."]]);
  });

  // ---- Registers that are checked, with findings instead of crashes ----

  await putWorkbook("header-no-partnerships.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [[...HEADERS]]);
  });

  await putWorkbook("merged-titles.xlsx", (wb) => {
    const ws = wb.addWorksheet("Partnerships");
    ws.getCell("A1").value = "Harbridge Borough Council: Register of Partnerships 2026/27";
    ws.mergeCells("A1:M1");
    ws.getCell("A2").value = "Maintained by Corporate Governance. Last updated 14/06/2026.";
    ws.mergeCells("A2:M2");
    ws.getRow(4).values = [...HEADERS];
    ws.getRow(5).values = row({ Ref: "M-001", Partnership: "Canal Corridor Partnership" });
    ws.getRow(6).values = row({ Ref: "M-002", Partnership: "Riverside Regeneration Board", Directorate: null });
    ws.getRow(7).values = row({ Ref: "M-003", Partnership: "Safer Streets Board", "Exit strategy": "No", Directorate: "Communities" });
    ws.getRow(8).values = row({ Ref: "M-004", Partnership: "Healthy Towns Network", Directorate: "People" });
    // The directorate written once across two partnerships, as people do.
    ws.mergeCells("G5:G6");
  });

  await putWorkbook("hidden-rows-columns.xlsx", (wb) => {
    const ws = wb.addWorksheet("Register");
    addRows(ws, [
      [...HEADERS],
      row({ Ref: "H-001", Partnership: "Canal Corridor Partnership" }),
      row({ Ref: "H-002", Partnership: "Hidden Row Partnership", "Sponsoring officer": null }), // row 3, hidden
      row({ Ref: "H-003", Partnership: "Hidden Column Partnership", "Exit strategy": "No" }), // K4, column K hidden
    ]);
    ws.getRow(3).hidden = true;
    ws.getColumn(11).hidden = true;
  });

  await putWorkbook("formulas-and-errors.xlsx", (wb) => {
    const ws = wb.addWorksheet("Register");
    addRows(ws, [
      [...HEADERS],
      row({ Ref: "F-001", Partnership: "Canal Corridor Partnership", "Annual contribution": { formula: "500*12", result: 6000 } }),
      row({ Ref: "F-002", Partnership: "Safer Streets Board", "Date of last review": { error: "#REF!" } }),
      row({ Ref: "F-003", Partnership: "Healthy Towns Network", "Annual contribution": { error: "#N/A" } }),
      row({ Ref: "F-004", Partnership: "Riverside Regeneration Board", "Annual contribution": { formula: "1/0", result: { error: "#DIV/0!" } } }),
      row({
        Ref: "F-005",
        Partnership: { formula: '"Town Centre "&"Forum"', result: "Town Centre Forum" },
        "Date of last review": { formula: "DATE(2026,1,15)", result: new Date(Date.UTC(2026, 0, 15)) },
        "Annual contribution": 1500,
      }),
    ] as Cell[][]);
  });

  await putWorkbook("absurd-amounts.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({ Ref: "A-001", Partnership: "Canal Corridor Partnership", "Annual contribution": "£5,000" }),
      row({ Ref: "A-002", Partnership: "Safer Streets Board", "Annual contribution": 10000 }),
      row({ Ref: "A-003", Partnership: "Healthy Towns Network", "Annual contribution": "£1,000,000,000,000" }),
      row({ Ref: "A-004", Partnership: "Riverside Regeneration Board", "Annual contribution": -2500 }),
      row({ Ref: "A-005", Partnership: "Town Centre Forum", "Annual contribution": "(£750)" }),
      row({ Ref: "A-006", Partnership: "Youth Sports Trust", "Annual contribution": 1_000_000_000 }),
      row({ Ref: "A-007", Partnership: "Library Friends Group", "Annual contribution": "£2,500" }),
    ]);
  });

  await putWorkbook("long-cells.xlsx", (wb) => {
    const sentence = "The partnership regenerates the canal corridor with the county and the trust. ";
    const purpose = sentence.repeat(Math.ceil(30_000 / sentence.length)).slice(0, 30_000);
    const name = ("Very Long Partnership Name " + "and more words ".repeat(2_200)).slice(0, 33_000);
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({ Ref: "L-001", Partnership: "Canal Corridor Partnership", Purpose: purpose }),
      row({ Ref: "L-002", Partnership: name, "Sponsoring officer": null }),
    ]);
  });

  // Control characters cannot go into the XML as they are: Excel (and exceljs on reading) write them as
  // _xHHHH_, so the bell below reaches the tool as U+0007.
  await putWorkbook("control-bidi-emoji.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({ Ref: "B-001", Partnership: "Bell_x0007_ Trust", "Sponsoring officer": null }),
      row({ Ref: "B-002", Partnership: "Invoice \u202Efdp.exe Partnership", "Sponsoring officer": null }),
      row({ Ref: "B-003", Partnership: "\u2066Isolated\u2069 Forum", "Sponsoring officer": null }),
      row({ Ref: "B-004", Partnership: "Friendship 🤝 Partnership 🌳", "Sponsoring officer": null }),
      row({ Ref: "B-\u202E005", Partnership: "Reversed Ref Board", "Exit strategy": "No" }),
    ]);
  });

  await putWorkbook("duplicate-headers.xlsx", (wb) => {
    const headers = [...HEADERS, "Sponsor", "Exit strategy"];
    addRows(wb.addWorksheet("Register"), [
      headers,
      [...row({ Ref: "D-001", Partnership: "Canal Corridor Partnership" }), "Anna Bell", "Yes"],
      [...row({ Ref: "D-002", Partnership: "Safer Streets Board", "Exit strategy": "No" }), "Anna Bell", "Agreed 2025"],
    ]);
  });

  await putWorkbook("second-sheet.xlsx", (wb) => {
    addRows(wb.addWorksheet("Cover"), [
      ["Harbridge Borough Council"],
      ["Register of Partnerships 2026/27"],
      [],
      ["Version", "Date", "Author"],
      ["1.0", new Date(Date.UTC(2026, 3, 1)), "Corporate Governance"],
      ["1.1", new Date(Date.UTC(2026, 5, 14)), "Corporate Governance"],
    ]);
    addRows(wb.addWorksheet("Partnerships 2026-27"), [
      [...HEADERS],
      row({ Ref: "S-001", Partnership: "Canal Corridor Partnership" }),
      row({ Ref: "S-002", Partnership: "Safer Streets Board", "Risk register": "No" }),
    ]);
  });

  await putWorkbook("rich-text-and-hyperlinks.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({
        Ref: "R-001",
        Partnership: { richText: [{ text: "Canal " }, { font: { bold: true }, text: "Corridor" }, { text: " Partnership" }] },
        "Terms of reference": { text: "ToR (SharePoint)", hyperlink: "https://example.invalid/sites/gov/tor-canal.pdf" },
      }),
      row({
        Ref: "R-002",
        Partnership: { richText: [{ font: { italic: true }, text: "Safer Streets" }, { text: " Board" }] },
        "Sponsoring officer": { text: "Cara Dunn", hyperlink: "mailto:cara.dunn@example.invalid" },
        "Exit strategy": { richText: [{ font: { color: { argb: "FFFF0000" } }, text: "No" }] },
      }),
    ] as Cell[][]);
  });

  await putWorkbook("numbers-as-text.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({ Ref: 101, Partnership: "Canal Corridor Partnership", "Annual contribution": "12500", "Date of last review": "2026-01-15" }),
      row({ Ref: 102, Partnership: "Safer Streets Board", "Annual contribution": "£7,500", "Date of last review": 46037 }),
      row({ Ref: 103, Partnership: 2030, Purpose: "The 2030 Vision partnership", "Annual contribution": 2500, "Date of last review": "15 January 2026" }),
      row({ Ref: "104", Partnership: "Healthy Towns Network", "Annual contribution": " 1,250.00 ", "Budget approved": 1 }),
    ]);
  });

  await putWorkbook("formula-text.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({ Ref: "=1+1", Partnership: '=HYPERLINK("http://example.invalid","click me")', "Sponsoring officer": null }),
      row({ Ref: "T-002", Partnership: "+44", "Sponsoring officer": null, Directorate: "=cmd|' /C calc'!A0" }),
      row({ Ref: "T-003", Partnership: "-5", "Sponsoring officer": null }),
      row({ Ref: "T-004", Partnership: "@SUM(A1)", "Sponsoring officer": null, "Annual contribution": "£1,000,000,000,000" }),
    ]);
  });

  await putWorkbook("users-own-tabs.xlsx", (wb) => {
    addRows(wb.addWorksheet("Register"), [
      [...HEADERS],
      row({ Ref: "U-001", Partnership: "Canal Corridor Partnership" }),
      row({ Ref: "U-002", Partnership: "Safer Streets Board", "Exit strategy": "No" }),
    ]);
    addRows(wb.addWorksheet("Findings"), [
      ["Internal audit findings, March 2026"],
      ["Finding", "Owner", "Due"],
      ["Register not reviewed since 2024", "Corporate Governance", new Date(Date.UTC(2026, 8, 30))],
    ]);
    addRows(wb.addWorksheet("Risks"), [
      ["Risk", "Likelihood", "Impact", "Owner"],
      ["Partner withdraws funding", 3, 4, "Head of Place"],
      ["Data breach", 2, 5, "SIRO"],
    ]);
  });

  // ---- CSV registers ----

  put("register.csv", "\uFEFF" + csvText(CSV_ROWS, ","));
  put("register-semicolon.csv", csvText(CSV_ROWS, ";"));
  put(
    "bad-quote.csv",
    [
      "Ref,Partnership,Sponsoring officer,Exit strategy,Risk register",
      "Q-001,Canal Corridor Partnership,Anna Bell,Yes,Yes",
      'Q-002,"Safer Streets Board,Ben Carter,Yes,Yes',
      "Q-003,Healthy Towns Network,Cara Dunn,No,Yes",
      "",
    ].join("\r\n"),
  );

  // ---- A profile with mistakes ----

  put(
    "bad-profile.json",
    JSON.stringify(
      {
        name: "Harbridge 2026 (draft)",
        rules: { "exit-strategy-missing": "eror", "business-case-missing": "off" },
        periods: { annualReviewMonths: 0 },
      },
      null,
      2,
    ) + "\n",
  );

  console.log(`wrote ${written.length} files to ${path.relative(process.cwd(), OUT)} (check them with --today ${CHECK_DATE}): ${written.join(", ")}`);
}

await main();
