import { describe, expect, it } from "vitest";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { WorkbookProblem } from "../../src/office/workbook-session.js";
import { FakeWorkbook, PAYLOAD_LIMIT } from "./fake-excel.js";
import { HEADERS, MB, measure, registerRows, registerWorkbook } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const open = sessionsPerTest();

/** A source row as Excel gives it back: "" is an empty cell (null), and a row ends at its last value. */
function asRead(row: unknown[] | undefined): unknown[] {
  const out = (row ?? []).map((v) => (v === "" ? null : v));
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

/** Syncs that brought back register values (the payload chunks). */
function valueChunks(wb: FakeWorkbook): number {
  return wb.syncLog.filter((s) => !s.error && s.ops.some((o) => o.action === "load" && o.member === "values" && !o.target.endsWith(".range(A1:A2)"))).length;
}

describe("reading the register through Office.js", () => {
  it("reads a 50-row register in 3 syncs: the sheet list, one probe per sheet, one chunk of values", async () => {
    const wb = registerWorkbook(50);
    const grids = await open(wb).readGrids();
    expect(grids).toHaveLength(1);
    const grid = grids[0]!;
    expect(grid.name).toBe("Register");
    expect(grid.rows).toHaveLength(51);
    expect(grid.rows[0]).toEqual(HEADERS);
    const source = registerRows(50);
    for (let r = 0; r <= 50; r++) expect(grid.rows[r], `row ${r + 1}`).toEqual(asRead(source[r]));
    expect(grid.rows[1]![1]).toBe('=HYPERLINK("http://x","y")');
    expect(grid.rows[1]![11]).toBe(44652); // a date arrives as its serial number, which the engine reads
    const m = measure(wb);
    expect(m.syncs).toBe(3);
    expect(valueChunks(wb)).toBe(1);
    expect(wb.runs).toBe(1);
  });

  it("reads a 50,000-row × 35-column register in payload-sized chunks, every request and response under 5 MB, with syncs ≤ 2 + chunks", async () => {
    const source = registerRows(50_000);
    const wb = new FakeWorkbook();
    wb.addSheet("Register", source);
    const grids = await open(wb).readGrids();
    const grid = grids[0]!;
    expect(grid.rows).toHaveLength(50_001);
    for (const r of [0, 1, 2, 3, 4, 777, 25_000, 49_999, 50_000]) expect(grid.rows[r], `row ${r + 1}`).toEqual(asRead(source[r]));
    const m = measure(wb);
    const chunks = valueChunks(wb);
    // ~20 MB of values: at most 4 MB a chunk, so at least 5 chunks, and not more than twice the fewest possible.
    expect(m.totalResponse).toBeGreaterThan(15 * MB);
    expect(chunks).toBeGreaterThanOrEqual(Math.ceil(m.totalResponse / (4 * MB)));
    expect(chunks).toBeLessThanOrEqual(Math.ceil(m.totalResponse / (2 * MB)) + 1);
    expect(m.syncs).toBe(2 + chunks);
    expect(m.syncs).toBeLessThanOrEqual(10 + chunks);
    expect(m.maxResponse).toBeLessThan(PAYLOAD_LIMIT);
    expect(m.maxRequest).toBeLessThan(PAYLOAD_LIMIT);
    expect(wb.syncLog.every((s) => !s.error)).toBe(true);
    console.info(`read 50,000 × 35: ${m.syncs} syncs, ${chunks} value chunks, largest request ${m.maxRequest} B, largest response ${m.maxResponse} B, total response ${m.totalResponse} B`);
  });

  it("re-splits a chunk when Excel says the response is too large (cells much bigger than first guessed)", async () => {
    const long = "x".repeat(2000);
    const rows: unknown[][] = [["Ref", "Partnership", "Purpose"]];
    for (let i = 0; i < 5000; i++) rows.push([`P-${i}`, `Partnership ${i}`, `${long}${i}`]);
    const wb = new FakeWorkbook();
    wb.addSheet("Register", rows);
    const grid = (await open(wb).readGrids())[0]!;
    expect(grid.rows).toHaveLength(5001);
    expect(grid.rows[5000]).toEqual(["P-4999", "Partnership 4999", `${long}4999`]);
    const refused = wb.syncLog.filter((s) => s.error === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(wb.syncLog.filter((s) => !s.error).every((s) => s.responseBytes < PAYLOAD_LIMIT)).toBe(true);
  });

  it("places rows and columns at their real sheet position when the used range starts at C4", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", [["Ref", "Partnership"], ["P-1", "Canal"]], { top: 3, left: 2 });
    const grid = (await open(wb).readGrids())[0]!;
    expect(grid.rows).toEqual([[], [], [], [null, null, "Ref", "Partnership"], [null, null, "P-1", "Canal"]]);
  });

  it("turns error strings into error cells, blanks into null, and keeps numbers and booleans", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", [["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", "#SPILL!", "#GETTING_DATA", "", 12.5, true, "text"]]);
    const grid = (await open(wb).readGrids())[0]!;
    expect(grid.rows[0]).toEqual([
      { error: "#REF!" },
      { error: "#N/A" },
      { error: "#DIV/0!" },
      { error: "#VALUE!" },
      { error: "#NAME?" },
      { error: "#SPILL!" },
      { error: "#GETTING_DATA" },
      null,
      12.5,
      true,
      "text",
    ]);
  });

  it("skips our generated tabs by their marker, not by name: a user's own 'Findings' sheet is read", async () => {
    const wb = registerWorkbook(5);
    wb.addSheet("Findings", [["My own notes"], ["not generated"]]);
    wb.addSheet("Old report", [["Findings"], [`${TAB_MARKER} · Register: x`]]);
    wb.addSheet("Empty");
    const grids = await open(wb).readGrids();
    expect(grids.map((g) => g.name)).toEqual(["Register", "Findings", "Empty"]);
    expect(grids[2]!.rows).toEqual([]);
    const sheets = await open(wb).sheets();
    expect(sheets.map((s) => [s.name, s.ours])).toEqual([
      ["Register", false],
      ["Findings", false],
      ["Old report", true],
      ["Empty", false],
    ]);
  });

  it("reads a protected register (reading needs no permission to change it)", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", registerRows(3), { protected: true });
    const grid = (await open(wb).readGrids())[0]!;
    expect(grid.rows).toHaveLength(4);
    expect((await open(wb).sheets())[0]).toMatchObject({ name: "Register", protected: true, visible: true });
  });

  it("notes hidden rows where the host can tell (ExcelApi 1.9), in one extra sync", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", registerRows(10), { hiddenRows: [4, 5, 9] });
    const grid = (await open(wb).readGrids())[0]!;
    expect([...grid.hiddenRows!].sort((a, b) => a - b)).toEqual([4, 5, 9]);
    expect(wb.syncLog).toHaveLength(4);
  });

  it("on ExcelApi 1.7 reads the same values without hidden rows rather than failing", async () => {
    const wb = new FakeWorkbook({ excelApi: "1.7" });
    wb.addSheet("Register", registerRows(10), { hiddenRows: [4] });
    const grid = (await open(wb).readGrids())[0]!;
    expect(grid.rows).toHaveLength(11);
    expect(grid.hiddenRows!.size).toBe(0);
    expect(wb.syncLog.every((s) => !s.error)).toBe(true);
  });

  it("refuses plainly on a host older than ExcelApi 1.7", async () => {
    const wb = registerWorkbook(3, { excelApi: "1.6" });
    const error = await open(wb).readGrids().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookProblem);
    expect((error as WorkbookProblem).kind).toBe("unsupported");
    expect((error as Error).message).toMatch(/too old.*update Office/);
  });
});
