// `npm run bench`: times the CLI end to end against the floor a user would otherwise have (exceljs readFile +
// writeFile of the same workbook) and the engine alone, each in a fresh process, alternating, at 5,000, 50,000
// and 1,048,576 rows; and the add-in's sync count and largest request at 50,000 rows against the recording fake.
// Options: --sizes 5000,50000 (default all three), --runs N (default 1), --floor-max N (rows above which the
// exceljs floor is not run: it needs about 50 GB at Excel's maximum; default 200000).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { measureAddin } from "./bench/addin.js";
import { makeBenchRegister } from "./bench/make-register.js";

const root = path.resolve(import.meta.dirname, "..");
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg("--sizes", "5000,50000,1048576").split(",").map(Number);
const runs = Number(arg("--runs", "1"));
const floorMax = Number(arg("--floor-max", "200000"));
const work = path.join(root, ".tmp", "bench");
fs.mkdirSync(work, { recursive: true });

type Job = "cli" | "engine" | "floor";
interface Stats {
  seconds: number;
  maxRssMb: number;
  engineSeconds?: number;
  checkSeconds?: number;
}

const steps = sizes.length * runs * 3 + sizes.length + 1;
let done = 0;
function progress(what: string): void {
  if (!process.stderr.isTTY) {
    process.stderr.write(`[${done}/${steps}] ${what}\n`);
    return;
  }
  const width = 30;
  const filled = Math.round((done / steps) * width);
  process.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${steps} ${what.padEnd(50).slice(0, 50)}`);
}

function runJob(job: Job, input: string): Promise<Stats> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bench-${job}-`));
  const stats = path.join(dir, "stats.json");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=16384", "--import", "tsx", path.join(root, "scripts/bench/measure.ts"), job, input, dir], {
      cwd: root,
      env: { ...process.env, BENCH_STATS: stats },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => {
      try {
        const s = JSON.parse(fs.readFileSync(stats, "utf8")) as Stats;
        fs.rmSync(dir, { recursive: true, force: true });
        if (job !== "cli" && code !== 0) reject(new Error(`${job} failed: ${err.slice(-500)}`));
        else resolve(s);
      } catch {
        reject(new Error(`${job} on ${path.basename(input)} ended with code ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: string[] = [];

for (const size of sizes) {
  const file = path.join(work, `register-${size}.xlsx`);
  progress(`making a ${size.toLocaleString("en-GB")}-row register`);
  if (!fs.existsSync(file)) await makeBenchRegister(path.join(root, "examples/partnership-register.xlsx"), size, file);
  done++;
  const results: Record<Job, Stats[]> = { cli: [], engine: [], floor: [] };
  const withFloor = size <= floorMax;
  for (let r = 0; r < runs; r++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const order: Job[] = r % 2 === 0 ? ["cli", "floor", "engine"] : ["floor", "cli", "engine"];
    for (const job of order) {
      progress(`${size.toLocaleString("en-GB")} rows: ${job}, run ${r + 1}`);
      if (job !== "floor" || withFloor) results[job].push(await runJob(job, file));
      done++;
    }
  }
  const cli = median(results.cli.map((s) => s.seconds));
  const cliRss = Math.max(...results.cli.map((s) => s.maxRssMb));
  const floor = withFloor ? median(results.floor.map((s) => s.seconds)) : NaN;
  const floorRss = withFloor ? Math.max(...results.floor.map((s) => s.maxRssMb)) : NaN;
  const engine = median(results.engine.map((s) => s.engineSeconds ?? NaN));
  const checkOnly = median(results.engine.map((s) => s.checkSeconds ?? NaN));
  rows.push(
    [
      size.toLocaleString("en-GB").padStart(9),
      cli.toFixed(1).padStart(7),
      (withFloor ? floor.toFixed(1) : "n/a").padStart(7),
      (withFloor ? (cli / floor).toFixed(2) : "n/a").padStart(9),
      cliRss.toFixed(0).padStart(8),
      (withFloor ? floorRss.toFixed(0) : "n/a").padStart(10),
      engine.toFixed(2).padStart(9),
      checkOnly.toFixed(2).padStart(9),
    ].join("  "),
  );
}

progress("the add-in at 50,000 rows against the fake");
const addin = await measureAddin(50_000);
done++;
progress("done");
process.stderr.write("\n");

console.log(`Machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB; ${runs} run(s) each, medians.`);
console.log("     rows   CLI (s)  floor (s)  CLI/floor  CLI MB  floor MB  engine (s)  check (s)");
for (const r of rows) console.log(r);
console.log("(floor = exceljs readFile + writeFile of the same workbook; engine = check + the seven tab descriptions, no file I/O; check = check() alone, without the tabs)");
console.log(
  `Add-in at ${addin.rows.toLocaleString("en-GB")} rows: ${addin.syncs} context.sync() calls (${addin.chunks} payload chunks; ` +
    `target ≤ 10 + chunks = ${10 + addin.chunks}); largest request ${addin.maxRequestMb.toFixed(2)} MB, largest response ` +
    `${addin.maxResponseMb.toFixed(2)} MB (limit ${addin.limitMb} MB).`,
);
