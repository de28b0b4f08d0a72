// No file the tool writes may be one it reads, or another it writes, however the path is spelt: "./x", a
// symbolic link, a hard link. Each is refused before anything is read or written, and the input is untouched.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CannotCheck } from "../../src/cli/failure.js";
import { runCheck, type CheckCommand } from "../../src/cli/run-check.js";
import { runCli, STACK_TRACE, tempDir } from "./run-cli.js";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/bad/second-sheet.xlsx");
const sha256 = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

function setUp(): { dir: string; input: string; before: string } {
  const dir = tempDir();
  const input = path.join(dir, "register.xlsx");
  fs.copyFileSync(FIXTURE, input);
  return { dir, input, before: sha256(input) };
}

/** Runs the check in this process; returns the CannotCheck message it refused with. */
async function refusal(cmd: Omit<CheckCommand, "version" | "today">): Promise<string> {
  const e: unknown = await runCheck({ ...cmd, today: "2026-06-30", version: "test" }).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(CannotCheck);
  return (e as CannotCheck).message;
}

describe("an output that is an input is refused, however it is spelt", () => {
  it("--json naming the register, as written, as ./x, through a symbolic link and through a hard link", async () => {
    const { dir, input, before } = setUp();
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    const hard = path.join(dir, "hard.json");
    fs.linkSync(input, hard);
    const dotted = `.${path.sep}${path.relative(process.cwd(), input)}`;
    for (const json of [input, dotted, path.join(dir, ".", "sub", "..", "register.xlsx"), link, hard]) {
      fs.mkdirSync(path.join(dir, "sub"), { recursive: true });
      expect(await refusal({ file: input, json }), json).toMatch(/^--json must not be the register itself \(.*register\.xlsx\): the tool never writes over its input\. Choose another file name\.$/);
    }
    // The register named through the link, the output spelt plainly: the same file all the same.
    expect(await refusal({ file: link, out: input, force: true })).toMatch(/^--out must not be the register itself/);
    expect(await refusal({ file: input, out: hard, force: true })).toMatch(/^--out must not be the register itself/);
    expect(sha256(input)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(["hard.json", "link.xlsx", "register.xlsx", "sub"]);
  });

  it("--out and --json naming one file (new or existing, spelt differently) are refused: one would be lost", async () => {
    const { dir, input } = setUp();
    const a = path.join(dir, "both.xlsx");
    const b = path.join(dir, "sub", "..", "both.xlsx");
    fs.mkdirSync(path.join(dir, "sub"));
    expect(await refusal({ file: input, out: a, json: b })).toBe(`--out and --json name the same file (${b}), so one would be lost. Choose a different name for each.`);
    fs.writeFileSync(path.join(dir, "old.json"), "{}");
    fs.linkSync(path.join(dir, "old.json"), path.join(dir, "old.xlsx"));
    expect(await refusal({ file: input, out: path.join(dir, "old.xlsx"), json: path.join(dir, "old.json"), force: true })).toMatch(/^--out and --json name the same file/);
    expect(fs.existsSync(a)).toBe(false);
  });

  it("an output naming the profile or the earlier report is refused too", async () => {
    const { dir, input } = setUp();
    const profile = path.join(dir, "profile.json");
    fs.writeFileSync(profile, "{}");
    const since = path.join(dir, "last.json");
    fs.writeFileSync(since, "{}");
    expect(await refusal({ file: input, profile, json: profile })).toBe(
      `--json must not be the file given to --profile (${profile}): the tool never writes over a file it reads. Choose another file name.`,
    );
    expect(await refusal({ file: input, since, json: path.join(dir, ".", "last.json") })).toMatch(/^--json must not be the file given to --since/);
    expect(fs.readFileSync(profile, "utf8")).toBe("{}");
    expect(fs.readFileSync(since, "utf8")).toBe("{}");
  });

  it("as a process: exit 2, one plain line, the register byte for byte as it was", () => {
    const { dir, input, before } = setUp();
    const r = runCli([input, "--today", "2026-06-30", "--json", path.join(dir, ".", "register.xlsx")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^Cannot check: --json must not be the register itself \([^\n]+\n$/);
    expect(r.stdout + r.stderr).not.toMatch(STACK_TRACE);
    expect(sha256(input)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(["register.xlsx"]);
  });
});

describe("the JSON report is written whole or not at all", () => {
  it("goes through a temporary file beside it, renamed when complete; nothing else is left", async () => {
    const { dir, input } = setUp();
    const json = path.join(dir, "report.json");
    fs.writeFileSync(json, "the previous report");
    const seen: string[] = [];
    const watcher = fs.watch(dir, (_event, name) => name && seen.push(name));
    await runCheck({ file: input, json, today: "2026-06-30", version: "test" });
    watcher.close();
    expect(JSON.parse(fs.readFileSync(json, "utf8"))).toMatchObject({ today: "2026-06-30" });
    expect(seen.some((n) => /^\.report\.json\.\d+\.tmp$/.test(n))).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["register.xlsx", "report.json"]);
  });
});
