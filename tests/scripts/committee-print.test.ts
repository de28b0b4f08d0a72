import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeCommitteeWorkbook } from "../../scripts/committee-workbook.js";
import { pdfPages, printToPdf } from "../../scripts/print-to-pdf.js";
import { EXAMPLE } from "../cli/run-cli.js";

describe("the Committee summary on paper", () => {
  it("prints on exactly one landscape page from LibreOffice", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pra-print-"));
    const xlsx = path.join(dir, "committee-summary.xlsx");
    await writeCommitteeWorkbook(EXAMPLE, "2026-11-30", xlsx);
    const pdf = printToPdf(xlsx, dir);
    expect(pdfPages(pdf)).toBe(1);
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(
      (await import("node:child_process")).execFileSync("pdfinfo", [pdf], { encoding: "utf8" }),
    );
    expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
  });
});
