// Opens an .xlsx for streaming, with the same plain-English refusals as openWorkbook (src/xlsx/open-workbook.ts).
import fs from "node:fs/promises";
import { describeFsError } from "../fs-errors.js";
import { WorkbookUnreadable } from "../workbook-unreadable.js";
import { fileContains, readAt, ZipArchive, ZipDamaged } from "./zip-entries.js";

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const CONTENT_TYPES = "[Content_Types].xml";

/** Plain text whose first line has several commas or semicolons (as openWorkbook judges it). */
function looksLikeCsv(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString("utf8");
  if (/[\u0000-\u0008]/.test(head)) return false;
  const first = head.split(/\r?\n/)[0] ?? "";
  return (first.match(/[,;]/g) ?? []).length >= 2;
}

export function damaged(file: string): WorkbookUnreadable {
  return new WorkbookUnreadable(
    `${file} could not be read as an Excel workbook: it may be damaged, or another kind of file renamed to .xlsx. Open it in Excel and save it again as an Excel Workbook (.xlsx).`,
  );
}

export function noSheets(file: string): WorkbookUnreadable {
  return new WorkbookUnreadable(`${file} has no sheets. Check it is the register workbook.`);
}

function fsFailure(file: string, e: unknown): WorkbookUnreadable {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new WorkbookUnreadable(`There is no file at ${file}. Check the path and the file name.`);
  if (code === "EISDIR") return new WorkbookUnreadable(`${file} is a folder, not a workbook. Give the path of the .xlsx file.`);
  if (code === "EACCES" || code === "EPERM") return new WorkbookUnreadable(`${file} cannot be opened: permission denied. Check you can read the file.`);
  return new WorkbookUnreadable(`${file} cannot be opened (${describeFsError(code)}).`);
}

/** Opens the file as a zip package, or throws WorkbookUnreadable saying what it is instead. */
export async function openPackage(file: string): Promise<ZipArchive> {
  let handle: fs.FileHandle;
  let size: number;
  let head: Buffer;
  try {
    handle = await fs.open(file, "r");
  } catch (e) {
    throw fsFailure(file, e);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    size = stat.size;
    head = await readAt(handle, 0, Math.min(size, 4096));
  } catch (e) {
    await handle.close().catch(() => undefined);
    throw fsFailure(file, e);
  }
  const starts = (magic: number[]) => magic.every((b, i) => head[i] === b);
  let refusal: WorkbookUnreadable | null = null;
  if (starts(OLE)) {
    refusal = new WorkbookUnreadable(
      `${file} is password-protected or in the old .xls format. Open it in Excel, remove the password if it has one, and save it as an Excel Workbook (.xlsx).`,
    );
  } else if (!starts(ZIP)) {
    const todo = looksLikeCsv(head)
      ? "It looks like a CSV file: rename it to .csv to check it as it is, or open it in Excel and save it as an Excel Workbook (.xlsx)."
      : "Open it in Excel and save it as an Excel Workbook (.xlsx).";
    refusal = new WorkbookUnreadable(`${file} is not an Excel workbook (.xlsx). ${todo}`);
  }
  if (refusal) {
    await handle.close().catch(() => undefined);
    throw refusal;
  }
  const otherZip = () =>
    new WorkbookUnreadable(
      `${file} could not be read as an Excel workbook: it is a zip file of some other kind. Check you chose the register workbook (.xlsx).`,
    );
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.fromHandle(handle, size);
  } catch (e) {
    if (!(e instanceof ZipDamaged)) throw fsFailure(file, e);
    // No readable directory: a package cut short still names its content types part near the start.
    let named = false;
    try {
      const again = await fs.open(file, "r");
      try {
        named = await fileContains(again, size, CONTENT_TYPES);
      } finally {
        await again.close();
      }
    } catch {
      named = false;
    }
    throw named ? damaged(file) : otherZip();
  }
  if (!zip.has(CONTENT_TYPES)) {
    await zip.close();
    throw otherZip();
  }
  return zip;
}
