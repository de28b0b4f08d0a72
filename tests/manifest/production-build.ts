// One production build (`webpack --mode production`, as `npm run build` does) shared by the test files that need
// it: the manifest test and the task pane's end-to-end test. Vitest runs files in parallel, so the first to ask
// builds into dist/ under a lock and the others wait for it and reuse that build.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".test-build.json");
const LOCK = path.join(os.tmpdir(), `pra-build-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`);

/** The production URL the build was made for: webpack.config.cjs's default (PRA_PUBLIC_URL unset). */
export const PUBLIC_URL = "https://partnership-register-assurance.example.org/";

function freshStamp(): boolean {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, "utf8")) as { finished: number };
    // Built by this test run: after this process started.
    return stamp.finished >= performance.timeOrigin;
  } catch {
    return false;
  }
}

function lockHolderAlive(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK, "pid"), "utf8"));
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function webpack(): Promise<void> {
  const env = { ...process.env };
  delete env.PRA_PUBLIC_URL;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--config", path.join(ROOT, "webpack.config.cjs")],
      { cwd: ROOT, env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`The production build failed:\n${`${stdout}\n${stderr}`.trim().split("\n").slice(-40).join("\n")}`));
        else resolve();
      },
    );
  });
}

/** Makes (or reuses this run's) production build in dist/ and returns its folder. */
export async function productionBuild(timeoutMs = 240_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (freshStamp()) return DIST;
    try {
      fs.mkdirSync(LOCK);
    } catch {
      if (!lockHolderAlive()) fs.rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`Timed out waiting for another test's production build (lock ${LOCK}).`);
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      fs.writeFileSync(path.join(LOCK, "pid"), String(process.pid));
      if (!freshStamp()) {
        await webpack();
        fs.writeFileSync(STAMP, JSON.stringify({ finished: Date.now() }));
      }
      return DIST;
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
}
