import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeJsonFile } from "../../src/cli/write-json.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-json-"));

describe("the JSON report file", () => {
  it("is exactly what JSON.stringify with two-space indents gives, whatever the report holds", async () => {
    const file = path.join(dir, "report.json");
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.string(), fc.jsonValue()), async (value) => {
        await writeJsonFile(file, value);
        expect(fs.readFileSync(file, "utf8")).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });

  it("writes a long list of findings in full", async () => {
    const file = path.join(dir, "big.json");
    const findings = Array.from({ length: 30_000 }, (_, i) => ({ rule: "review-overdue", row: i + 2, message: `Row ${i + 2}: "quoted" text\nover lines` }));
    const value = { tool: "x", findings, summary: { findings: findings.length } };
    await writeJsonFile(file, value);
    expect(fs.readFileSync(file, "utf8")).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it("fails with the file system's error when the folder cannot be written", async () => {
    await expect(writeJsonFile(path.join(dir, "no-such-folder", "r.json"), { a: 1 })).rejects.toMatchObject({ code: "ENOENT" });
  });
});
