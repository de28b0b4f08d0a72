// Ctrl-C (SIGINT) or a kill (SIGTERM) while the output workbook is being written: the --out file never
// appears half-written, and the temporary file beside it (".<out name>.<pid>.tmp") is removed.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { STACK_TRACE, tempDir } from "./run-cli.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Big enough that writing the output takes a second or more, so the signal lands while it is being written. */
const ROWS = 30_000;

let dir: string;
let register: string;
let registerHash: string;

const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(async () => {
  dir = tempDir();
  register = path.join(dir, "big-register.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Register");
  ws.addRow(["Ref", "Partnership", "Sponsoring officer", "Directorate", "Exit strategy", "Risk register", "Annual contribution", "Budget approved"]);
  for (let i = 1; i <= ROWS; i++) {
    ws.addRow([`P-${i}`, `Partnership number ${i}`, i % 3 ? "Anna Bell" : "", ["Place", "People", "Resources"][i % 3], i % 2 ? "Yes" : "No", "Yes", 1000 + i, i % 5 ? "Yes" : "No"]);
  }
  await wb.xlsx.writeFile(register);
  registerHash = sha256(register);
}, 60_000);

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  sawTemp: boolean;
}

/** Starts the CLI with --out, waits for its temporary file to appear, then sends `signal`. */
function interruptWhileWriting(out: string, signal: NodeJS.Signals): Promise<Interrupted> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/main.ts"), register, "--today", "2026-06-30", "--out", out], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const temp = path.join(path.dirname(out), `.${path.basename(out)}.${child.pid}.tmp`);
    let sawTemp = false;
    const poll = setInterval(() => {
      if (!sawTemp && fs.existsSync(temp)) {
        sawTemp = true;
        clearInterval(poll);
        child.kill(signal);
      }
    }, 2);
    const guard = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the CLI did not finish within 80 s (${sawTemp ? "after" : "before"} its temporary file appeared)`));
    }, 80_000);
    child.on("error", reject);
    child.on("close", (code, sig) => {
      clearInterval(poll);
      clearTimeout(guard);
      resolve({ code, signal: sig, stdout, stderr, sawTemp });
    });
  });
}

describe("interrupted while writing --out", () => {
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    it(`${signal}: the process ends, and neither the --out file nor the temporary file is left`, async () => {
      const outDir = fs.mkdtempSync(path.join(dir, "out-"));
      const out = path.join(outDir, "checked.xlsx");
      const r = await interruptWhileWriting(out, signal);
      expect(r.sawTemp, `the temporary file never appeared; the CLI said: ${r.stdout}${r.stderr}`).toBe(true);
      // Ended by the signal: our handler exits 128 + the signal number, or the default action kills it.
      expect(r.code === code || r.signal === signal, `exit ${r.code}, signal ${r.signal}`).toBe(true);
      expect(r.stdout).not.toContain("Wrote ");
      expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.readdirSync(outDir)).toEqual([]);
      expect(sha256(register)).toBe(registerHash);
    }, 120_000);
  }
});
