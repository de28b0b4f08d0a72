// Scores the reader on every corpus register (tests/corpus/<id>), each checked in-process with its own source left
// out of the reader's vocabulary, and writes the table to docs/corpus.md.
//
// Run: npm run corpus              (print the table and write docs/corpus.md)
//      npm run corpus -- --details (also print each register's wrong columns, missed gaps and false alarms)
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_DIR, corpusIds } from "./make-corpus.js";
import { checkCorpusRegister, percent, scoreRegister, targetsMissed, totalsOf, TARGETS, type RegisterScore } from "./corpus/score.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const DOC = path.resolve(here, "../docs/corpus.md");

function row(cells: (string | number)[]): string {
  return `| ${cells.map((c) => String(c).replaceAll("|", "\\|")).join(" | ")} |`;
}

function table(scores: readonly RegisterScore[]): string[] {
  const lines = [
    row(["register", "kind", "shape", "columns right", "uncertain", "silently wrong", "planted gaps found", "false alarms", "phantoms", "not read"]),
    row(["---", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
  ];
  for (const s of scores) {
    lines.push(
      row([
        `\`${s.id}\``,
        s.kind,
        s.shape,
        `${s.columnsRight}/${s.columns.length}`,
        s.columnsUncertain,
        s.columnsWrong,
        `${s.plantedFound}/${s.planted}`,
        s.falseAlarms.length,
        s.phantoms.length,
        s.missedPartnerships.length,
      ]),
    );
  }
  const t = totalsOf(scores);
  lines.push(
    row([
      "**total**",
      "",
      `${scores.length} registers`,
      `**${t.columnsRight}/${t.columns} (${percent(t.columnsRight, t.columns)}%)**`,
      `**${t.columnsUncertain}**`,
      `**${t.columnsWrong}**`,
      `**${t.plantedFound}/${t.planted} (${percent(t.plantedFound, t.planted)}%)**`,
      `**${t.falseAlarms}**`,
      `**${t.phantoms}**`,
      `**${t.missedPartnerships}**`,
    ]),
  );
  return lines;
}

function details(s: RegisterScore): string[] {
  const lines: string[] = [`### \`${s.id}\``, ""];
  if (s.unread) lines.push(`No register was read: ${s.unread}`, "");
  const wrong = s.columns.filter((c) => c.verdict !== "right");
  if (wrong.length) {
    lines.push("Columns not read right:", "");
    for (const c of wrong) lines.push(`- ${c.key}: expected ${describe(c.expected)}, read as ${c.read}${c.verdict === "uncertain" ? " (flagged uncertain)" : ""}`);
    lines.push("");
  }
  if (s.plantedMissed.length) lines.push(`Planted gaps not found: ${s.plantedMissed.map((m) => `${m.rule} on ${m.partnership}`).join("; ")}.`, "");
  if (s.falseAlarms.length) {
    const counts = new Map<string, number>();
    for (const f of s.falseAlarms) counts.set(`${f.rule} on ${f.partnership}`, (counts.get(`${f.rule} on ${f.partnership}`) ?? 0) + 1);
    lines.push(`False alarms on clean rows: ${[...counts].map(([k, n]) => (n > 1 ? `${k} (×${n})` : k)).join("; ")}.`, "");
  }
  if (s.phantoms.length) lines.push(`Phantom partnerships: ${s.phantoms.map((p) => `${p.sheet} row ${p.row} ("${p.name}")`).join("; ")}.`, "");
  if (s.missedPartnerships.length) lines.push(`Partnerships not read: ${s.missedPartnerships.map((p) => `${p.ref ?? p.name} (${p.sheet}${p.row ? ` row ${p.row}` : ` column ${p.column}`})`).join("; ")}.`, "");
  if (lines.length === 2) lines.push("Meets every target.", "");
  return lines;
}

function describe(e: unknown): string {
  if (e === null) return "nothing";
  if (typeof e === "string") return e;
  if (Array.isArray(e)) return e.map((f) => (f === null ? "nothing" : String(f))).join(" or ");
  return (e as { roles: string[] }).roles.join(" + ");
}

function document(scores: readonly RegisterScore[]): string {
  const t = totalsOf(scores);
  const missed = targetsMissed(t);
  return [
    "# The corpus: how well the reader reads registers it was not tuned on",
    "",
    "Written by `npm run corpus` (do not edit by hand). Each register in `tests/corpus/` is rebuilt from a council's or",
    "public body's published register (sources and what was taken from each: `tests/corpus/SOURCES.md`), and is checked",
    "in-process with its own source left out of the reader's vocabulary (`leaveOut`), on the check date in its",
    "`expected.json`.",
    "",
    "- **columns right**: the column's reading is the one a careful reader gives it (a field, or nothing);",
    "  **uncertain**: not right, but the reader said it was unsure (`column-uncertain`); **silently wrong**: not right",
    "  and not flagged.",
    "- **planted gaps found**: the planted shortfalls reported on the right partnership, with the right rule.",
    "- **false alarms**: errors or warnings on clean rows (rows that meet every standard their register can show).",
    "- **phantoms**: partnerships read that are not partnerships (headings, notes, checklist rows, partner rows);",
    "  **not read**: partnerships of the register the check never read.",
    "",
    `Targets: ${TARGETS.silentlyWrongColumns} columns silently wrong; at least ${TARGETS.columnsRightPercent}% of columns right; at least ` +
      `${TARGETS.plantedFoundPercent}% of planted gaps found; ${TARGETS.falseAlarms} errors or warnings on clean rows; ${TARGETS.phantoms} phantom partnerships ` +
      `(and every partnership read).`,
    "",
    ...table(scores),
    "",
    missed.length === 0 ? "**The corpus meets every target.**" : `**Targets not yet met:** ${missed.join("; ")}.`,
    "",
    "## Register by register",
    "",
    ...scores.flatMap(details),
  ].join("\n");
}

async function main(): Promise<void> {
  const showDetails = process.argv.includes("--details");
  const scores: RegisterScore[] = [];
  for (const id of corpusIds()) {
    const { expected, report } = await checkCorpusRegister(path.join(CORPUS_DIR, id));
    scores.push(scoreRegister(expected, report));
  }
  console.log(table(scores).join("\n"));
  const missed = targetsMissed(totalsOf(scores));
  console.log(missed.length === 0 ? "\nThe corpus meets every target." : `\nTargets not yet met: ${missed.join("; ")}.`);
  if (showDetails) console.log("\n" + scores.flatMap(details).join("\n"));
  writeFileSync(DOC, document(scores) + "\n");
  console.log(`\nWrote ${path.relative(process.cwd(), DOC)}.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
