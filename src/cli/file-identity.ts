// No file the tool writes may be one it reads, or another it writes. Paths are compared by what they are, not how
// they are spelt: "./x", a symbolic link and a hard link to the register are all the register.
import fs from "node:fs/promises";
import path from "node:path";
import { CannotCheck } from "./failure.js";

/** A file named on the command line: the option that names it (or "the register") and its path. */
export interface NamedFile {
  role: string;
  file: string;
}

interface Identity {
  /** The path with every link and "." or ".." resolved; for a file not there yet, its folder's real path and its name. */
  real: string;
  /** Device and inode, when the file exists: hard links share them. */
  dev?: number;
  ino?: number;
}

async function identityOf(file: string): Promise<Identity> {
  const abs = path.resolve(file);
  const stat = await fs.stat(abs).catch(() => null);
  let real: string;
  try {
    real = await fs.realpath(abs);
  } catch {
    const folder = await fs.realpath(path.dirname(abs)).catch(() => path.dirname(abs));
    real = path.join(folder, path.basename(abs));
  }
  return stat ? { real, dev: stat.dev, ino: stat.ino } : { real };
}

function same(a: Identity, b: Identity): boolean {
  return a.real === b.real || (a.ino !== undefined && a.dev === b.dev && a.ino === b.ino);
}

/** What to tell the user when an output is one of the inputs. */
function overwritesInput(output: NamedFile, input: NamedFile): string {
  if (input.role === "the register") {
    return `${output.role} must not be the register itself (${input.file}): the tool never writes over its input. Choose another file name.`;
  }
  return `${output.role} must not be the file given to ${input.role} (${input.file}): the tool never writes over a file it reads. Choose another file name.`;
}

/**
 * Throws CannotCheck when an output is an input, or two outputs are one file. Outputs that do not exist yet are
 * compared by their real folder and name.
 */
export async function refuseOverlappingFiles(inputs: readonly NamedFile[], outputs: readonly NamedFile[]): Promise<void> {
  const ins = await Promise.all(inputs.map(async (f) => ({ f, id: await identityOf(f.file) })));
  const outs = await Promise.all(outputs.map(async (f) => ({ f, id: await identityOf(f.file) })));
  for (const o of outs) {
    for (const i of ins) if (same(o.id, i.id)) throw new CannotCheck(overwritesInput(o.f, i.f));
  }
  for (let a = 0; a < outs.length; a++) {
    for (let b = a + 1; b < outs.length; b++) {
      if (same(outs[a]!.id, outs[b]!.id)) {
        throw new CannotCheck(
          `${outs[a]!.f.role} and ${outs[b]!.f.role} name the same file (${outs[b]!.f.file}), so one would be lost. Choose a different name for each.`,
        );
      }
    }
  }
}
