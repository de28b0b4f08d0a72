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

describe("the Committee summary after earlier checks", () => {
  it("still prints on one page with what changed and the ratings at each check", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pra-print-"));
    const xlsx = path.join(dir, "committee-changes.xlsx");
    await writeCommitteeWorkbook(EXAMPLE, "2026-11-30", xlsx, [{ today: "2026-05-31" }, { today: "2026-08-31" }]);
    const pdf = printToPdf(xlsx, dir);
    expect(pdfPages(pdf)).toBe(1);
    const text = (await import("node:child_process")).execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("Since the last check (31 August 2026)");
    expect(text).toMatch(/\d+\s+New findings/);
    expect(text).toMatch(/\d+\s+Resolved/);
    expect(text).toContain("Partnerships by rating at each recorded check");
  });
});
