import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";

/** `.<name>.<pid>.tmp` next to `out`. */
export function tempPathFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
}

/**
 * Runs `write` into a temporary file next to `out`, then renames it to `out`: a failure, Ctrl-C or a kill while
 * writing removes the half-written file, so `out` only ever appears whole.
 */
export async function writeAtomically<T>(out: string, write: (tmp: string) => Promise<T>): Promise<T> {
  const tmp = tempPathFor(out);
  const interrupted = (signal: NodeJS.Signals) => {
    fsSync.rmSync(tmp, { force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    const result = await write(tmp);
    await fs.rename(tmp, out);
    return result;
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
}
