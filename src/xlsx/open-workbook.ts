import fs from "node:fs/promises";
import ExcelJS from "exceljs";
import { describeFsError } from "./fs-errors.js";

import { WorkbookUnreadable } from "./workbook-unreadable.js";

export { WorkbookUnreadable };

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Plain text whose first line has several commas or semicolons. */
function looksLikeCsv(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096).toString("utf8");
  if (/[\u0000-\u0008]/.test(head)) return false;
  const first = head.split(/\r?\n/)[0] ?? "";
  return (first.match(/[,;]/g) ?? []).length >= 2;
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookUnreadable(`There is no file at ${file}. Check the path and the file name.`);
    if (code === "EISDIR") throw new WorkbookUnreadable(`${file} is a folder, not a workbook. Give the path of the .xlsx file.`);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookUnreadable(`${file} cannot be opened: permission denied. Check you can read the file.`);
    throw new WorkbookUnreadable(`${file} cannot be opened (${describeFsError(code)}).`);
  }
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(OLE)) {
    throw new WorkbookUnreadable(
      `${file} is password-protected or in the old .xls format. Open it in Excel, remove the password if it has one, and save it as an Excel Workbook (.xlsx).`,
    );
  }
  if (!starts(ZIP)) {
    const todo = looksLikeCsv(bytes)
      ? "It looks like a CSV file: rename it to .csv to check it as it is, or open it in Excel and save it as an Excel Workbook (.xlsx)."
      : "Open it in Excel and save it as an Excel Workbook (.xlsx).";
    throw new WorkbookUnreadable(`${file} is not an Excel workbook (.xlsx). ${todo}`);
  }
  // Zip entry names are stored uncompressed: every Office package names its content types part.
  if (!bytes.includes("[Content_Types].xml")) {
    throw new WorkbookUnreadable(
      `${file} could not be read as an Excel workbook: it is a zip file of some other kind. Check you chose the register workbook (.xlsx).`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookUnreadable(
      `${file} could not be read as an Excel workbook: it may be damaged, or another kind of file renamed to .xlsx. Open it in Excel and save it again as an Excel Workbook (.xlsx).`,
    );
  }
  if (workbook.worksheets.length === 0) throw new WorkbookUnreadable(`${file} has no sheets. Check it is the register workbook.`);
  return workbook;
}
