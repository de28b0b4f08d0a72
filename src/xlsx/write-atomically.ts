import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/** `.<name>.<pid>.tmp` next to `out`. */
export function tempPathFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
}

/** Temporary files being written now: Ctrl-C removes every one of them, not just the first writer's. */
const live = new Set<string>();

function interrupted(signal: NodeJS.Signals): void {
  for (const tmp of live) fsSync.rmSync(tmp, { force: true });
  process.exit(signal === "SIGINT" ? 130 : 143);
}

function track(tmp: string): void {
  if (live.size === 0) {
    process.on("SIGINT", interrupted);
    process.on("SIGTERM", interrupted);
  }
  live.add(tmp);
}

function untrack(tmp: string): void {
  live.delete(tmp);
  if (live.size === 0) {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}

/**
 * Runs `write` into a temporary file next to `out`, then renames it to `out`: a failure, Ctrl-C or a kill while
 * writing removes the half-written file, so `out` only ever appears whole. Several may run at once (the workbook
 * and the JSON report).
 */
export async function writeAtomically<T>(out: string, write: (tmp: string) => Promise<T>): Promise<T> {
  const tmp = tempPathFor(out);
  track(tmp);
  try {
    const result = await write(tmp);
    await fs.rename(tmp, out);
    return result;
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    untrack(tmp);
  }
}
