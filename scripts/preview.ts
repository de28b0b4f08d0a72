// `npm run preview`: prints the example register's Committee summary to PDF with LibreOffice headless,
// checks it fits on one page, and saves page 1 as docs/committee-summary.png.
import fs from "node:fs";
import path from "node:path";
import { writeCommitteeWorkbook } from "./committee-workbook.js";
import { pdfPages, pdfPageToPng, printToPdf } from "./print-to-pdf.js";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, ".tmp", "preview");
fs.mkdirSync(dir, { recursive: true });
const xlsx = path.join(dir, "committee-summary.xlsx");
await writeCommitteeWorkbook(path.join(root, "examples/partnership-register.xlsx"), "2026-11-30", xlsx);
const pdf = printToPdf(xlsx, dir);
const pages = pdfPages(pdf);
const png = path.join(root, "docs", "committee-summary.png");
pdfPageToPng(pdf, png);
console.log(`Committee summary: ${pages} page${pages === 1 ? "" : "s"} (${pdf}); page 1 saved as ${path.relative(root, png)}.`);
if (pages !== 1) process.exitCode = 1;
