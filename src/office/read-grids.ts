// Every sheet except our generated tabs, as the plain grids the engine reads: each used range read once, in row
// chunks sized by an estimate of the response (5 MB on the web), never cell by cell. Of our tabs only the Check
// history is read (the same way): the engine compares this check with the last one it recorded.
import type { CellValue, Grid } from "../domain/model.js";
import type { Progress } from "./workbook-session.js";
import { WorkbookProblem } from "./workbook-session.js";
import { rangeAddress, rowsOfAreas } from "./addresses.js";
import { FIRST_GUESS_BYTES_PER_CELL, jsonBytes, MAX_CELLS_PER_READ, PAYLOAD_BUDGET, rowsPerRead } from "./payload.js";
import { officeErrorCode } from "./problems.js";
import type { Capabilities } from "./requirements.js";
import { surveySheets, type SurveyedSheet, type UsedRange } from "./survey.js";

/** The strings Excel's `values` gives for error cells. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
]);

/** One value from `Range.values` as the engine's CellValue. Dates arrive as serial numbers, which the engine reads. */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return ERROR_VALUES.has(v) ? { error: v } : v;
  return String(v);
}

interface Pending {
  target: number;
  /** Rows of the used range still to read: [start, end), 0-based within the used range. */
  start: number;
  end: number;
}

/** Chunks that must fail repeatedly before giving up (each failure halves the estimate of what fits). */
const MAX_RETRIES = 8;

export async function readAllGrids(
  context: Excel.RequestContext,
  caps: Capabilities,
  progress?: Progress,
): Promise<Grid[]> {
  const surveyed = await surveySheets(context, { usedRange: true });
  const targets = surveyed.filter((s) => !s.ours || s.history);
  const grids: Grid[] = targets.map((s) => ({ name: s.name, rows: [], hiddenRows: new Set<number>() }));

  const queue: Pending[] = [];
  let totalCells = 0;
  targets.forEach((s, i) => {
    if (!s.used) return;
    queue.push({ target: i, start: 0, end: s.used.rowCount });
    totalCells += s.used.rowCount * s.used.columnCount;
  });

  let bytesPerCell = FIRST_GUESS_BYTES_PER_CELL;
  let measured = 0;
  let doneCells = 0;
  let failures = 0;
  progress?.(0, totalCells, "Reading the workbook");

  while (queue.length > 0) {
    const batch: { item: Pending; rows: number; range: Excel.Range }[] = [];
    let budget = PAYLOAD_BUDGET;
    let cells = MAX_CELLS_PER_READ;
    while (queue.length > 0) {
      const item = queue[0]!;
      const used = targets[item.target]!.used!;
      const perRow = used.columnCount * bytesPerCell;
      if (batch.length > 0 && (perRow > budget || used.columnCount > cells)) break;
      const rows = Math.min(item.end - item.start, rowsPerRead(used.columnCount, bytesPerCell, budget, cells));
      const top = used.rowIndex + item.start;
      const address = rangeAddress(top, used.columnIndex, top + rows - 1, used.columnIndex + used.columnCount - 1);
      const range = targets[item.target]!.sheet.getRange(address).load("values");
      batch.push({ item: { ...item, end: item.start + rows }, rows, range });
      budget -= rows * perRow;
      cells -= rows * used.columnCount;
      if (item.start + rows >= item.end) queue.shift();
      else item.start += rows;
      if (budget <= 0 || cells <= 0) break;
    }
    try {
      await context.sync();
    } catch (e) {
      if (officeErrorCode(e) !== "ResponsePayloadSizeLimitExceeded" || ++failures > MAX_RETRIES) throw e;
      // Larger cells than estimated: put the rows back and read them in smaller chunks.
      queue.unshift(...mergeBack(batch.map((b) => b.item)));
      bytesPerCell *= 2;
      continue;
    }
    for (const { item, range } of batch) {
      const values = range.values as unknown[][] | null;
      const s = targets[item.target]!;
      if (!values) {
        throw new WorkbookProblem(
          `Excel did not return the values of "${s.name}" (the sheet may be too large to read at once): try again, or split the register into smaller sheets.`,
          "tooLarge",
        );
      }
      const bytes = place(grids[item.target]!, s.used!, item.start, values);
      const cellCount = values.length * s.used!.columnCount;
      measured = Math.max(measured, bytes / Math.max(1, cellCount));
      doneCells += cellCount;
    }
    // Size the next chunks on what this sheet's cells actually cost, with a margin.
    bytesPerCell = Math.max(4, Math.ceil(measured * 1.25));
    const last = batch[batch.length - 1]!;
    progress?.(doneCells, totalCells, `Reading "${targets[last.item.target]!.name}"`);
  }

  await noteHiddenRows(context, caps, targets, grids);
  for (const g of grids) for (let i = 0; i < g.rows.length; i++) if (g.rows[i] === undefined) g.rows[i] = [];
  return grids;
}

/** Consecutive pieces of the same sheet go back as one. */
function mergeBack(items: Pending[]): Pending[] {
  const out: Pending[] = [];
  for (const it of items) {
    const prev = out[out.length - 1];
    if (prev && prev.target === it.target && prev.end === it.start) prev.end = it.end;
    else out.push({ ...it });
  }
  return out;
}

/** Puts a chunk's rows at their real sheet rows and columns (rows[0] is row 1, column 0 is A); returns its JSON size. */
function place(grid: Grid, used: UsedRange, start: number, values: unknown[][]): number {
  let bytes = 2;
  for (let r = 0; r < values.length; r++) {
    const source = values[r] ?? [];
    let last = -1;
    const cells: CellValue[] = new Array<CellValue>(used.columnIndex + source.length);
    for (let c = 0; c < used.columnIndex; c++) cells[c] = null;
    for (let c = 0; c < source.length; c++) {
      const raw = source[c];
      bytes += jsonBytes(raw) + 1;
      const v = toCellValue(raw);
      cells[used.columnIndex + c] = v;
      if (v !== null) last = used.columnIndex + c;
    }
    cells.length = last + 1;
    grid.rows[used.rowIndex + start + r] = cells;
  }
  return bytes;
}

/** Hidden register rows are only a note on findings: read them where the host can (ExcelApi 1.9), never fail for them. */
async function noteHiddenRows(context: Excel.RequestContext, caps: Capabilities, targets: SurveyedSheet[], grids: Grid[]): Promise<void> {
  const probes: { index: number; areas: Excel.RangeAreas }[] = [];
  targets.forEach((s, index) => {
    const used = s.used;
    if (!used) return;
    const hidden = grids[index]!.hiddenRows as Set<number>;
    if (used.rowHidden === true) {
      for (let r = 0; r < used.rowCount; r++) hidden.add(used.rowIndex + r + 1);
      return;
    }
    if (used.rowHidden !== null || !caps.visibleCells) return;
    const address = rangeAddress(used.rowIndex, used.columnIndex, used.rowIndex + used.rowCount - 1, used.columnIndex + used.columnCount - 1);
    probes.push({ index, areas: s.sheet.getRange(address).getSpecialCellsOrNullObject("Visible").load("address") });
  });
  if (probes.length === 0) return;
  try {
    await context.sync();
  } catch {
    return;
  }
  for (const { index, areas } of probes) {
    const used = targets[index]!.used!;
    const visible = new Set<number>();
    if (!areas.isNullObject) for (const [a, b] of rowsOfAreas(areas.address)) for (let r = a; r <= b; r++) visible.add(r);
    const hidden = grids[index]!.hiddenRows as Set<number>;
    for (let r = used.rowIndex + 1; r <= used.rowIndex + used.rowCount; r++) if (!visible.has(r)) hidden.add(r);
  }
}
