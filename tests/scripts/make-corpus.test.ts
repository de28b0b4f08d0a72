import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/domain/rules/index.js";
import { CORPUS_DIR, corpusIds, expectedText, loadDescription, workbookOf } from "../../scripts/make-corpus.js";

const ids = corpusIds();
const codes = new Set(RULES.map((r) => r.code));
const INFO = new Set(RULES.filter((r) => r.severity === "info").map((r) => r.code));

describe("the corpus", () => {
  it("holds at least twelve registers rebuilt from published ones, each naming its sources", async () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    for (const id of ids) {
      const reg = await loadDescription(id);
      expect(reg.sources.length, id).toBeGreaterThan(0);
    }
  });

  it.each(ids)("%s: the committed workbook and expected.json are what its description builds (npm run corpus:build)", async (id) => {
    const reg = await loadDescription(id);
    const dir = path.join(CORPUS_DIR, id);
    expect(readFileSync(path.join(dir, "expected.json"), "utf8")).toBe(expectedText(reg));
    expect((await workbookOf(reg)).equals(readFileSync(path.join(dir, "register.xlsx")))).toBe(true);
  });

  it.each(ids)("%s: plants only real rule codes, and no clean row carries a planted error or warning", async (id) => {
    const expected = JSON.parse(expectedText(await loadDescription(id))) as { partnerships: { name: string; planted: string[]; clean: boolean }[] };
    for (const p of expected.partnerships) {
      for (const rule of p.planted) expect(codes.has(rule), `${p.name}: ${rule}`).toBe(true);
      if (p.clean) expect(p.planted.filter((r) => !INFO.has(r)), p.name).toEqual([]);
    }
    expect(expected.partnerships.some((p) => p.clean)).toBe(true);
    expect(expected.partnerships.some((p) => p.planted.some((r) => !INFO.has(r)))).toBe(true);
  });
});
