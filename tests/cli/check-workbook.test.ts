import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkWorkbook } from "../../src/cli/check-workbook.js";
import { check } from "../../src/domain/check.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { openWorkbook } from "../../src/xlsx/open-workbook.js";
import { isOurTab } from "../../src/xlsx/our-tabs.js";
import { readGrids } from "../../src/xlsx/read-grids.js";

const root = path.resolve(import.meta.dirname, "../..");
const bad = path.join(root, "tests/fixtures/bad");
const readable = [
  path.join(root, "examples/partnership-register.xlsx"),
  path.join(root, "tests/fixtures/fidelity/register-with-extras.xlsx"),
  path.join(root, "tests/fixtures/fidelity/register-with-macros.xlsm"),
  ...fs
    .readdirSync(bad)
    .filter((f) => f.endsWith(".xlsx") && !["encrypted", "random-bytes", "truncated", "word-document", "not-a-workbook", "no-sheets", "renamed-csv", "empty-workbook"].some((b) => f.startsWith(b)))
    .map((f) => path.join(bad, f)),
];

describe("checking a workbook by streaming its register", () => {
  it.each(readable)("finds exactly what a check of the whole workbook in memory finds: %s", async (file) => {
    const profile = defaultProfile();
    const workbook = await openWorkbook(file);
    const inMemory = check(readGrids(workbook, (ws) => isOurTab(ws)), profile, "2026-11-30");
    const streamed = await checkWorkbook(file, profile, "2026-11-30", {});
    expect(streamed).toEqual(inMemory);
  });

  it("reads the sheet the user names", async () => {
    const file = path.join(bad, "second-sheet.xlsx");
    const workbook = await openWorkbook(file);
    const names = workbook.worksheets.map((w) => w.name);
    for (const sheet of names) {
      const inMemory = check(readGrids(workbook), defaultProfile(), "2026-11-30", { sheet });
      expect(await checkWorkbook(file, defaultProfile(), "2026-11-30", { sheet })).toEqual(inMemory);
    }
  });
});
