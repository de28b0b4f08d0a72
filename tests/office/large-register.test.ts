// The whole check-and-write on a 50,000-row × 35-column register, as Excel on the web would take it:
// read, check with the real engine, write the seven tabs, highlight and clear. One engine run for the whole file.
import { beforeAll, describe, expect, it } from "vitest";
import { PAYLOAD_LIMIT, type SyncRecord } from "./fake-excel.js";
import { checkGrids, HEADERS, highlightRows, MB, registerWorkbook, sessionFor, type Checked } from "./registers.js";
import type { FakeWorkbook } from "./fake-excel.js";

const ROWS = 50_000;

interface Phase {
  syncs: number;
  /** Syncs that carried cell values (read or written): the payload chunks, whose number grows with the data. */
  chunks: number;
  maxRequest: number;
  maxResponse: number;
  totalRequest: number;
  totalResponse: number;
}

function phase(log: SyncRecord[]): Phase {
  return {
    syncs: log.length,
    chunks: log.filter((s) => s.ops.some((o) => o.member === "values" && !o.target.endsWith(".range(A1:A2)"))).length,
    maxRequest: Math.max(...log.map((s) => s.requestBytes)),
    maxResponse: Math.max(...log.map((s) => s.responseBytes)),
    totalRequest: log.reduce((n, s) => n + s.requestBytes, 0),
    totalResponse: log.reduce((n, s) => n + s.responseBytes, 0),
  };
}

describe(`a ${ROWS.toLocaleString("en-GB")}-row × ${HEADERS.length}-column register, end to end`, () => {
  let wb: FakeWorkbook;
  let checked: Checked;
  const phases: Record<string, Phase> = {};
  let registerBefore: string;

  beforeAll(async () => {
    wb = registerWorkbook(ROWS);
    registerBefore = wb.snapshot("Register");
    const { session, uninstall } = sessionFor(wb);
    try {
      let start = 0;
      const mark = (name: string) => {
        phases[name] = phase(wb.syncLog.slice(start));
        start = wb.syncLog.length;
      };
      const grids = await session.readGrids();
      mark("read");
      checked = checkGrids(grids);
      await session.writeTabs(checked.specs);
      mark("write");
      await session.highlight("Register", 0, HEADERS.length - 1, highlightRows(checked.report));
      mark("highlight");
      phases.all = phase(wb.syncLog);
      await session.clearHighlights();
      mark("clear");
    } finally {
      uninstall();
    }
    console.info(Object.entries(phases).map(([k, p]) => `${k}: ${JSON.stringify(p)}`).join("\n"));
  });

  it("never sends or asks for more than 5 MB in one sync, and nothing is refused", () => {
    expect(phases.all!.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(phases.all!.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(wb.syncLog.filter((s) => s.error)).toEqual([]);
  });

  it("uses at most 10 syncs beyond the payload chunks for the whole check-and-write (read, write, highlight)", () => {
    const all = phases.all!;
    expect(all.syncs).toBeLessThanOrEqual(10 + all.chunks);
    // The chunks are well filled: no more than one per 2 MB moved, plus a part-filled last one per phase.
    expect(all.chunks).toBeLessThanOrEqual(Math.ceil((all.totalRequest + all.totalResponse) / (2 * MB)) + 3);
  });

  it("reads in 2 syncs plus one per chunk of values; writes in 3 plus one per chunk; highlights in 2 plus one", () => {
    expect(phases.read!.syncs).toBe(2 + phases.read!.chunks);
    expect(phases.write!.syncs).toBe(3 + phases.write!.chunks);
    expect(phases.highlight!.syncs).toBe(2 + phases.highlight!.chunks);
    expect(phases.clear!.syncs).toBe(4);
  });

  it("writes all seven tabs completely", () => {
    const scorecards = checked.specs[3]!;
    const s = wb.sheet("Scorecards");
    expect(s.values.length).toBe(scorecards.rows.length);
    const last = scorecards.rows.length - 1;
    expect(s.values[last]?.[0]).toBe((scorecards.rows[last]![0] as { v: unknown }).v);
    const t = checked.specs[0]!.tables![0]!;
    expect(wb.tablesOn("Findings")[0]!.address).toBe(`A${t.headerRow + 1}:H${t.lastRow + 1}`);
    expect(checked.report.partnerships).toHaveLength(ROWS);
    expect(wb.unboundedWrites).toEqual([]);
  });

  it("formats long tables in blocks, not cell by cell", () => {
    const formatOps = wb.syncLog.flatMap((x) => x.ops).filter((o) => o.member.startsWith("format.") || o.member === "numberFormat").length;
    const findingsRows = checked.specs[0]!.rows.length;
    expect(formatOps).toBeLessThan(findingsRows);
  });

  it("leaves the register as it found it after highlighting and clearing", () => {
    expect(wb.snapshot("Register")).toBe(registerBefore);
    expect(wb.sheetNames()).toEqual(["Register", "Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"]);
  });
});
