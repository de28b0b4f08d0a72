// Excel on the web caps every request and every response at 5 MB. These helpers estimate how many bytes a batch
// of operations or a read will take, so reads and writes are split by size, never by a fixed number of rows.

/** Excel on the web's limit on one request or one response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What we allow ourselves per sync: headroom under the limit for Office's own envelope and for estimates that run low. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** Bytes Office adds per queued operation (object path, action, ids), over the JSON of its arguments. */
export const OP_OVERHEAD = 256;

/** Reads of more than 5 million cells may come back null; stay well below. */
export const MAX_CELLS_PER_READ = 1_000_000;

/** What a read's cell costs in the response before we have measured the sheet (generous: JSON of a short string). */
export const FIRST_GUESS_BYTES_PER_CELL = 64;

/** UTF-8 bytes of a string once written as a JSON string literal, quotes included. */
export function stringBytes(s: string): number {
  let n = 2;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20) n += 6;
    else if (c === 0x22 || c === 0x5c) n += 2;
    else if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else n += 3; // surrogate halves count 3 each: an over-estimate, which is the safe side
  }
  return n;
}

/** UTF-8 bytes of a value as JSON, without building the JSON (fast enough for millions of cells). */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "object": {
      if (Array.isArray(value)) {
        let n = 2 + Math.max(0, value.length - 1);
        for (const v of value) n += jsonBytes(v);
        return n;
      }
      let n = 2;
      let first = true;
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v === undefined) continue;
        n += (first ? 0 : 1) + stringBytes(k) + 1 + jsonBytes(v);
        first = false;
      }
      return n;
    }
    default:
      return 4;
  }
}

/**
 * Splits items (e.g. rows) into consecutive runs whose estimated sizes add up to at most `budget`.
 * An item larger than the budget on its own gets a run to itself (the caller splits it further or fails plainly).
 * Returns [start, end) pairs.
 */
export function splitBySize(sizes: readonly number[], budget: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  let total = 0;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i]!;
    if (i > start && total + s > budget) {
      runs.push([start, i]);
      start = i;
      total = 0;
    }
    total += s;
  }
  if (start < sizes.length) runs.push([start, sizes.length]);
  return runs;
}

/** How many rows of `columns` cells fit a read of `budget` bytes at `bytesPerCell`, at least one. */
export function rowsPerRead(columns: number, bytesPerCell: number, budget = PAYLOAD_BUDGET, maxCells = MAX_CELLS_PER_READ): number {
  const perRow = Math.max(1, columns) * Math.max(1, bytesPerCell) + 2;
  const byBytes = Math.floor(budget / perRow);
  const byCells = Math.floor(maxCells / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}
