import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { LARGE_REGISTER_BYTES, tuneHeapFor } from "../../src/cli/heap-for-size.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pra-heap-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("keeping the heap small on very large registers", () => {
  it("leaves V8's faster defaults for registers of ordinary size, and for a file that is not there", () => {
    expect(tuneHeapFor(path.resolve(__dirname, "../../examples/partnership-register.xlsx"))).toBe(false);
    expect(tuneHeapFor(path.join(dir, "missing.xlsx"))).toBe(false);
  });

  it("collects garbage sooner from the size of a register of about 180,000 rows", () => {
    const big = path.join(dir, "big.xlsx");
    // A sparse file: the size is what is measured, nothing is written to disk.
    fs.writeFileSync(big, "");
    fs.truncateSync(big, LARGE_REGISTER_BYTES);
    expect(tuneHeapFor(big)).toBe(true);
  });
});
