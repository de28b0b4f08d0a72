// Prints a workbook to PDF with LibreOffice headless (Debian's libreoffice-calc-nogui), and a PDF page to PNG
// with pdftoppm (poppler-utils). Used by `npm run preview` and the print test.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export function printToPdf(xlsx: string, outDir: string): string {
  // A profile folder of its own, so a LibreOffice the user has open is not disturbed.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pra-lo-"));
  try {
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, xlsx],
      { stdio: "pipe", timeout: 180_000 },
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(xlsx, path.extname(xlsx))}.pdf`);
}

export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
}

export function pdfPageToPng(pdf: string, png: string, dpi = 100): void {
  const stem = png.replace(/\.png$/i, "");
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), "-f", "1", "-l", "1", "-singlefile", pdf, stem], { stdio: "pipe" });
}
