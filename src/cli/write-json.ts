import fs from "node:fs";
import { once } from "node:events";
import { writeAtomically } from "../xlsx/write-atomically.js";

/** Indents every line after the first by `pad`, as JSON.stringify does for a nested value. */
const nested = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` plus a newline, byte for byte, but a top-level array one
 * element at a time: a report of a large register has hundreds of thousands of findings, and one string of all
 * of them would be the biggest thing the check ever holds. The report goes to a temporary file renamed into
 * place once complete, so a crash or a kill never leaves half a report.
 */
export async function writeJsonFile(file: string, value: object): Promise<void> {
  await writeAtomically(file, (tmp) => writeJsonTo(tmp, value));
}

async function writeJsonTo(file: string, value: object): Promise<void> {
  const out = fs.createWriteStream(file, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  let buffer = "";
  const write = async (text: string) => {
    buffer += text;
    if (buffer.length < 1 << 20) return;
    const chunk = buffer;
    buffer = "";
    if (!out.write(chunk)) await Promise.race([once(out, "drain"), failed]);
  };
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  await write(entries.length === 0 ? "{}" : "{\n");
  for (let k = 0; k < entries.length; k++) {
    const [key, v] = entries[k]!;
    await write(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      await write("[\n");
      for (let i = 0; i < v.length; i++) {
        const item = JSON.stringify(v[i] ?? null, null, 2) ?? "null";
        await write(`    ${nested(item, "    ")}${i < v.length - 1 ? "," : ""}\n`);
      }
      await write("  ]");
    } else {
      await write(nested(JSON.stringify(v, null, 2), "  "));
    }
    await write(k < entries.length - 1 ? ",\n" : "\n");
  }
  await write(entries.length === 0 ? "\n" : "}\n");
  out.end(buffer);
  // "close", not "finish": the file is closed before it is renamed into place.
  await Promise.race([once(out, "close"), failed]);
}
