import fs from "node:fs/promises";
import type ExcelJS from "exceljs";
import path from "node:path";
import { check } from "../domain/check.js";
import { toJsonReport } from "../domain/json-report.js";
import type { Report } from "../domain/model.js";
import { defaultProfile } from "../domain/profile/default-profile.js";
import { tuneHeapFor } from "./heap-for-size.js";
import { evaluationTemplate } from "../domain/evaluation/evaluation-template.js";
import { EVALUATION_SHEET } from "../domain/evaluation/read-evaluation.js";
import { eachReportTab } from "../domain/tabs/report-tabs.js";
import { WorkbookUnreadable } from "../xlsx/workbook-unreadable.js";
import { describeFsError } from "../xlsx/fs-errors.js";
import { writePackage } from "../xlsx/package/write-package.js";
import { checkWorkbook } from "./check-workbook.js";
import { evaluationExistsMessage, sheetNames } from "./evaluation-template.js";
import { CannotCheck } from "./failure.js";
import { compareChecks } from "../domain/history/changes.js";
import { loadPreviousReport } from "./load-previous-report.js";
import { writeJsonFile } from "./write-json.js";
import { refuseOverlappingFiles, type NamedFile } from "./file-identity.js";
import { localToday, parseToday } from "./options.js";
import type { Progress } from "./progress.js";

export interface CheckCommand {
  file: string;
  sheet?: string;
  profile?: string;
  today?: string;
  out?: string;
  json?: string;
  force?: boolean;
  /** An earlier JSON report to compare with. */
  since?: string;
  /** Also add a blank Evaluation sheet (the partners' self-assessment) to the --out workbook. */
  evaluationTemplate?: boolean;
  version: string;
  progress?: Progress;
}

export interface CheckOutcome {
  report: Report;
  /** `evaluation`: the name of the Evaluation sheet added (--evaluation-template); `tabs` are the generated tabs only. */
  wrote: { out?: string; json?: string; tabs: string[]; evaluation?: string };
  exitCode: 0 | 1 | 2;
}

async function ensureWritable(target: string, flag: string, force: boolean): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  const stat = await fs.stat(dir).catch(() => null);
  if (!stat?.isDirectory()) throw new CannotCheck(`The folder for ${flag} ${target} does not exist. Create it or choose another path.`);
  const writable = await fs.access(dir, fs.constants.W_OK).then(() => true, () => false);
  if (!writable) throw new CannotCheck(`The folder for ${flag} ${target} cannot be written to. Choose a folder you can save files in.`);
  if (!force && (await fs.stat(target).catch(() => null))) {
    throw new CannotCheck(`${target} already exists. Choose another ${flag} file, or add --force to replace it.`);
  }
}

/** A macro-enabled register must keep its .xlsm name, or Excel refuses to open the copy. */
function checkOutExtension(input: string, out: string): void {
  const macros = /\.xlsm$/i.test(input);
  if (macros && !/\.xlsm$/i.test(out)) {
    throw new CannotCheck(`The register has macros (.xlsm), so --out must end in .xlsm too (for example ${path.basename(out).replace(/\.[^.]*$/, "")}.xlsm), or Excel will not open it.`);
  }
  if (!macros && /\.xlsm$/i.test(out)) {
    throw new CannotCheck(`--out ends in .xlsm but the register has no macros: name it .xlsx.`);
  }
}

/** The whole check: open, read, check, write. Throws CannotCheck for anything that stops it. */
export async function runCheck(cmd: CheckCommand): Promise<CheckOutcome> {
  const today = cmd.today ? parseToday(cmd.today) : localToday();
  const named = (role: string, file: string | undefined): NamedFile[] => (file === undefined ? [] : [{ role, file }]);
  await refuseOverlappingFiles(
    [...named("the register", cmd.file), ...named("--profile", cmd.profile), ...named("--since", cmd.since)],
    [...named("--out", cmd.out), ...named("--json", cmd.json)],
  );
  if (cmd.out) await ensureWritable(cmd.out, "--out", cmd.force ?? false);
  if (cmd.json) await ensureWritable(cmd.json, "--json", true);
  if (cmd.evaluationTemplate && !cmd.out) {
    throw new CannotCheck("--evaluation-template adds the Evaluation sheet to the --out workbook: add --out with a new file name, for example --out checked.xlsx (the register itself is never changed).");
  }
  // The profile reader (and its schema library) is loaded only when a profile is given.
  const profile = cmd.profile ? await (await import("./load-profile-file.js")).loadProfileFile(cmd.profile) : defaultProfile();
  const previous = cmd.since ? await loadPreviousReport(cmd.since) : null;

  const progress = cmd.progress ?? { step() {}, done() {} };
  progress.step(`Reading and checking ${path.basename(cmd.file)}`);
  const isCsv = /\.csv$/i.test(cmd.file);
  if (cmd.out && !isCsv) checkOutExtension(cmd.file, cmd.out);
  let csvWorkbook: ExcelJS.Workbook | null = null;
  const options = cmd.sheet !== undefined ? { sheet: cmd.sheet } : {};
  let report: Report;
  try {
    if (isCsv) {
      // exceljs builds a CSV's workbook; it is loaded only then (it takes a while to load).
      const { readCsv } = await import("../xlsx/read-csv.js");
      const csv = await readCsv(cmd.file);
      csvWorkbook = csv.workbook;
      report = check([csv.grid], profile, today, options);
    } else {
      tuneHeapFor(cmd.file);
      report = await checkWorkbook(cmd.file, profile, today, options);
    }
  } catch (e) {
    if (e instanceof WorkbookUnreadable) throw new CannotCheck(e.message);
    throw e;
  }
  if (cmd.evaluationTemplate && report.register) {
    const names = csvWorkbook ? csvWorkbook.worksheets.map((ws) => ws.name) : await sheetNames(cmd.file);
    const existing = names.find((n) => n.trim().toLowerCase() === EVALUATION_SHEET.toLowerCase());
    if (existing !== undefined) throw new CannotCheck(evaluationExistsMessage(existing));
  }
  // An earlier report named on the command line is compared with instead of the workbook's own history.
  if (previous && report.register) report.changes = compareChecks(previous, report.findings);
  const wrote: CheckOutcome["wrote"] = { tabs: [] };
  const fileName = path.basename(cmd.file);

  const writeJson = async (json: string) => {
    try {
      await writeJsonFile(json, toJsonReport(report, { version: cmd.version, file: fileName }));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code) throw e;
      throw new CannotCheck(`${json} could not be written (${describeFsError(code)}). Choose another folder for --json and run the check again.`);
    }
    wrote.json = json;
  };
  const register = report.register;
  if (!register) {
    if (cmd.json) await writeJson(cmd.json);
    return { report, wrote, exitCode: 2 };
  }

  const writeOut = async (out: string) => {
    const from = { file: fileName, sheet: register.sheet, profile: report.profile, today: report.today };
    progress.step(`Writing ${path.basename(out)}`);
    // The package writer makes the long lists' rows as it writes them; exceljs (for CSV) needs them all.
    const reportTabs = eachReportTab(report, profile, from, { streamed: !csvWorkbook });
    // The Evaluation sheet goes in last, with no marker: the user's from then on, never replaced by a later check.
    const evaluation = cmd.evaluationTemplate ? evaluationTemplate(report) : null;
    const specs = evaluation ? (function* () { yield* reportTabs; yield evaluation; })() : reportTabs;
    try {
      // A workbook's own parts (charts, pivots, macros...) are copied untouched; a CSV has none, so exceljs builds one.
      wrote.tabs = csvWorkbook
        ? await (await import("../xlsx/write-output.js")).writeOutput(csvWorkbook, [...specs], out)
        : await writePackage(cmd.file, specs, out);
      if (evaluation) wrote.evaluation = wrote.tabs.pop();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (!code) throw e;
      throw new CannotCheck(`${out} could not be written (${describeFsError(code)}). Choose another folder and run the check again.`);
    }
    wrote.out = out;
  };
  // Both at once: while one waits for the disk or for compression, the other gets on.
  // Each finishes (or cleans up after itself) before a failure of the other is reported.
  const settled = await Promise.allSettled([cmd.json ? writeJson(cmd.json) : null, cmd.out ? writeOut(cmd.out) : null]);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
  // An accepted finding (Accepted exceptions sheet, in date) does not fail the check.
  const errors = report.findings.some((f) => f.severity === "error" && f.status !== "accepted");
  return { report, wrote, exitCode: errors ? 1 : 0 };
}
