import path from "node:path";
import { describe, expect, it } from "vitest";
import { EXTRAS, MACROS, storedEntries } from "../xlsx/package/package-helpers.js";
import { readWorkbook, runCli, tempDir } from "./run-cli.js";

const INDEX_PARTS = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);

describe("the CLI keeps everything else in the workbook", () => {
  it("copies every part of a workbook with a chart, image, pivot cache and comments byte for byte, twice over", async () => {
    const dir = tempDir();
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect(runCli([EXTRAS, "--today", "2026-11-30", "--out", first]).status).not.toBe(2);
    expect(runCli([first, "--today", "2026-11-30", "--out", second]).status).not.toBe(2);
    const [input, output] = await Promise.all([storedEntries(EXTRAS), storedEntries(second)]);
    for (const [name, entry] of input) {
      if (INDEX_PARTS.has(name)) continue;
      expect(output.get(name), name).toEqual(entry);
    }
    expect([...input.keys()].some((n) => n.startsWith("xl/charts/"))).toBe(true);
    expect([...input.keys()].some((n) => n.startsWith("xl/pivotCache/"))).toBe(true);
    const names = (await readWorkbook(second)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n === "Findings")).toHaveLength(1);
  });

  it("gives a macro-enabled register's copy its macros, under an .xlsm name", async () => {
    const dir = tempDir();
    const out = path.join(dir, "checked.xlsm");
    expect(runCli([MACROS, "--today", "2026-11-30", "--out", out]).status).not.toBe(2);
    const [input, output] = await Promise.all([storedEntries(MACROS), storedEntries(out)]);
    expect(output.get("xl/vbaProject.bin")).toEqual(input.get("xl/vbaProject.bin"));
  });

  it("refuses to give a macro-enabled register's copy an .xlsx name, which Excel would not open", () => {
    const r = runCli([MACROS, "--today", "2026-11-30", "--out", path.join(tempDir(), "checked.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: The register has macros \(\.xlsm\), so --out must end in \.xlsm too/);
  });
});
