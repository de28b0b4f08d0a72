import fs from "node:fs";
import { Command, CommanderError } from "commander";
import { changesLine } from "../domain/history/changes.js";
import { formatUkDate } from "../domain/register/calendar.js";
import { CannotCheck } from "./failure.js";
import { summaryLines } from "./print-summary.js";
import { terminalProgress } from "./progress.js";
import { runCheck } from "./run-check.js";

const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };

function fail(message: string): never {
  process.stderr.write(`Cannot check: ${message}\n`);
  process.exit(2);
}

// Piped into `head` or a pager that quits early: stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name("partnership-check")
    .description("Checks a partnership register (.xlsx) against the council's partnership protocol.")
    .version(pkg.version)
    .argument("<register>", "the register workbook (.xlsx)")
    .option("--sheet <name>", "the register sheet, if the tool picks the wrong one")
    .option("--profile <file>", "the council's protocol profile (JSON); the built-in default otherwise")
    .option("--today <date>", "the check date, YYYY-MM-DD (default: today)")
    .option("--out <file>", "write a copy of the workbook with the generated tabs to this .xlsx file")
    .option("--json <file>", "write the JSON report to this file")
    .option("--force", "replace the --out file if it already exists")
    .option("--since <report.json>", "compare with the JSON report of an earlier check: what is new and what was resolved")
    .option("--evaluation-template", "also add a blank Evaluation sheet to the --out workbook, for partners to rate each partnership 1-5")
    .addHelpText(
      "after",
      "\nExit codes: 0 no errors found; 1 errors found; 2 nothing could be checked (the message says why).",
    )
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError("(run with --help to see the options)");

  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
    throw e;
  }
  const opts = program.opts<{ sheet?: string; profile?: string; today?: string; out?: string; json?: string; force?: boolean; evaluationTemplate?: boolean; since?: string }>();
  const file = program.args[0]!;
  const progress = terminalProgress();
  const outcome = await runCheck({ file, ...opts, version: pkg.version, progress }).finally(() => progress.done());
  for (const line of summaryLines(outcome.report, file)) process.stdout.write(`${line}\n`);
  const changes = outcome.report.changes;
  if (changes) process.stdout.write(`${changesLine(changes, formatUkDate)}, ${changes.unchanged} still open.\n`);
  if (!outcome.report.register) {
    const why = outcome.report.findings[0]?.message ?? "No register was found.";
    process.stderr.write(`Cannot check: ${why}\n`);
  }
  if (outcome.wrote.out) process.stdout.write(`Wrote ${outcome.wrote.out} with the tabs ${outcome.wrote.tabs.map((t) => `"${t}"`).join(", ")}.\n`);
  if (outcome.wrote.evaluation) {
    process.stdout.write(
      `Added the sheet "${outcome.wrote.evaluation}" for the partners' self-assessment: fill in a row per partnership and rater, then check that workbook again to see their ratings on the Scorecards tab.\n`,
    );
  }
  if (outcome.wrote.json) process.stdout.write(`Wrote the JSON report to ${outcome.wrote.json}.\n`);
  if (outcome.report.register && !outcome.wrote.out && !outcome.wrote.json) {
    process.stdout.write("Add --out checked.xlsx for a workbook with a Findings tab, or --json report.json for the full report.\n");
  }
  process.exitCode = outcome.exitCode;
}

main(process.argv).catch((e: unknown) => {
  if (e instanceof CannotCheck) fail(e.message);
  const detail = e instanceof Error ? e.message.split("\n")[0] : String(e);
  fail(`something unexpected went wrong (${detail}). Check the file opens in Excel; if it does, please report this message.`);
});
