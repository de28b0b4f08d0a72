import fs from "node:fs";
import v8 from "node:v8";

/** Above this size on disk (about 180,000 rows of a typical register) the heap is kept close to what is in use. */
export const LARGE_REGISTER_BYTES = 64 * 1024 * 1024;

/**
 * On a very large register, asks V8 to collect garbage sooner. By default V8 lets the heap grow to several times
 * what is in use between full collections; with a million partnerships in use that overshoot alone is a gigabyte.
 * Growing by a fifth instead keeps the peak near what the check holds, for a little more time collecting. Smaller
 * registers are left to V8's defaults, which are faster. Returns whether the setting was made.
 */
export function tuneHeapFor(file: string): boolean {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return false;
  }
  if (size < LARGE_REGISTER_BYTES) return false;
  v8.setFlagsFromString("--heap-growing-percent=20");
  return true;
}
