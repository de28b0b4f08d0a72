// `npm run preview`: prints the example register's Committee summary to PDF with LibreOffice headless, checks it
// fits on one page, and saves page 1 as docs/committee-summary.png; then the same after four earlier quarterly
// checks (so it shows what changed and the ratings over time) as docs/committee-changes.png.
import fs from "node:fs";
import path from "node:path";
import type { Grid } from "../src/domain/model.js";
import { writeCommitteeWorkbook, type EarlierCheck } from "./committee-workbook.js";
import { pdfPages, pdfPageToPng, printToPdf } from "./print-to-pdf.js";

const root = path.resolve(import.meta.dirname, "..");
const example = path.join(root, "examples/partnership-register.xlsx");

/** The register a few quarters back: the first `rows` partnerships had not yet recorded these documents. */
function before(rows: number): (grids: Grid[]) => Grid[] {
  const headers = ["Exit strategy", "Business case?", "Risk register (Y/N)", "Terms of Reference / agreement"];
  return (grids) =>
    grids.map((g) => {
      const at = g.rows.findIndex((r) => r.some((c) => c === "Ref"));
      if (at < 0) return g;
      const cols = headers.map((h) => g.rows[at]!.indexOf(h)).filter((i) => i >= 0);
      const copy = g.rows.map((r) => [...r]);
      for (let r = at + 1; r <= at + rows && r < copy.length; r++) for (const c of cols) copy[r]![c] = "No";
      return { ...g, rows: copy };
    });
}

const QUARTERS: EarlierCheck[] = [
  { today: "2025-11-30", edit: before(16) },
  { today: "2026-02-28", edit: before(12) },
  { today: "2026-05-31", edit: before(8) },
  { today: "2026-08-31", edit: before(4) },
];

for (const [name, earlier] of [["committee-summary", []], ["committee-changes", QUARTERS]] as const) {
  const dir = path.join(root, ".tmp", "preview", name);
  fs.mkdirSync(dir, { recursive: true });
  const xlsx = path.join(dir, `${name}.xlsx`);
  await writeCommitteeWorkbook(example, "2026-11-30", xlsx, earlier);
  const pdf = printToPdf(xlsx, dir);
  const pages = pdfPages(pdf);
  const png = path.join(root, "docs", `${name}.png`);
  pdfPageToPng(pdf, png);
  console.log(`${name}: ${pages} page${pages === 1 ? "" : "s"} (${pdf}); page 1 saved as ${path.relative(root, png)}.`);
  if (pages !== 1) process.exitCode = 1;
}
