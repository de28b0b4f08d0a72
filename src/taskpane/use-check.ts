// The pane's flow. The workbook is read once (session.readGrids, with progress) when the pane opens and again
// on each Check; between reads, a change of sheet, column mapping, profile or date re-runs the pure engine
// at once on the grids already read. Sheet, mapping and profile choices are saved in the workbook.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { check } from "../domain/check.js";
import { deriveScorecards, type Scorecard } from "../domain/derive/scorecards.js";
import type { Field, Finding, Grid, IsoDate, Report } from "../domain/model.js";
import { defaultProfile } from "../domain/profile/default-profile.js";
import { loadProfile } from "../domain/profile/load-profile.js";
import type { Profile } from "../domain/profile/profile.js";
import { columnLetter } from "../domain/register/column-letter.js";
import { summarise, type Summary } from "../domain/summary.js";
import { reportTabs } from "../domain/tabs/report-tabs.js";
import { EVALUATION_SHEET } from "../domain/evaluation/read-evaluation.js";
import { insertEvaluationSheet, sheetExistsMessage } from "../office/evaluation-sheet.js";
import type { AppendedException, HighlightRow, SheetInfo, StoredChoices, StoredProfile, WorkbookSession } from "../office/workbook-session.js";
import { exceptionRowFor, type AcceptForm } from "./accept.js";
import { localToday, plural } from "./labels.js";
import { noRegisterProblem, problemFrom, type Problem } from "./problems.js";
import { findingsByRow } from "../domain/derive/findings-by-row.js";

export type Activity = "reading" | "writing" | "highlighting" | "clearing" | "accepting" | "adding";

export interface ProgressInfo {
  activity: Activity;
  done: number;
  total: number;
  what: string;
}

export const DEFAULT_PROFILE_KEY = "default";

export interface ProfileOption {
  key: string;
  label: string;
  /** Null when the stored JSON is not a usable profile. */
  profile: Profile | null;
  problems: string[];
}

/** The built-in default, then each profile stored in the workbook. */
export function profileOptions(stored: readonly StoredProfile[]): ProfileOption[] {
  const options: ProfileOption[] = [{ key: DEFAULT_PROFILE_KEY, label: "Built-in default", profile: defaultProfile(), problems: [] }];
  for (const s of stored) {
    if (s.name === DEFAULT_PROFILE_KEY || options.some((o) => o.key === s.name)) continue;
    const loaded = loadProfile(s.json, s.name);
    options.push({
      key: s.name,
      label: s.name,
      profile: loaded.ok ? loaded.profile : null,
      problems: loaded.ok ? [] : loaded.problems,
    });
  }
  return options;
}

/** The register rows to highlight: each row with an open error or warning, as its worst severity (accepted ones are settled). */
export function highlightRows(report: Report): HighlightRow[] {
  const out: HighlightRow[] = [];
  for (const [row, findings] of findingsByRow(report)) {
    const severity = findings.some((f) => f.severity === "error") ? "error" : findings.some((f) => f.severity === "warning") ? "warning" : null;
    if (severity) out.push({ row, severity });
  }
  return out.sort((a, b) => a.row - b.row);
}

/** The register's columns, first to last, as 0-based indexes. */
export function registerSpan(report: Report): { first: number; last: number } | null {
  const columns = report.register?.columns ?? [];
  if (columns.length === 0) return null;
  return { first: Math.min(...columns.map((c) => c.index)), last: Math.max(...columns.map((c) => c.index)) };
}

/** The sheet and cell a finding points at: its own cell, else its column's header, else the row's first cell. */
export function findingCell(report: Report, f: Finding): { sheet: string; address: string } | null {
  const reg = report.register;
  const sheet = f.sheet ?? reg?.sheet;
  if (!sheet) return null;
  const firstColumn = reg && reg.columns.length > 0 ? columnLetter(Math.min(...reg.columns.map((c) => c.index))) : "A";
  const row = f.row ?? reg?.headerRow ?? 1;
  return { sheet, address: `${f.column ?? firstColumn}${row}` };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export interface CheckFlow {
  /** The workbook has been read at least once. */
  loaded: boolean;
  /** The user has chosen Check: results are shown. */
  checked: boolean;
  /** How many checks have finished, so the pane can move to the results after each. */
  checkCount: number;
  busy: Activity | null;
  progress: ProgressInfo | null;
  problem: Problem | null;
  notice: Problem | null;
  dismissProblem(): void;
  dismissNotice(): void;

  /** Sheets the register can be on: every sheet except our generated tabs. */
  sheets: SheetInfo[];
  /** The sheet the user chose, or undefined for the best match. */
  sheetChoice: string | undefined;
  /** A remembered sheet that is no longer in the workbook. */
  missingSheet: string | null;
  chooseSheet(name: string | undefined): void;

  /** Header text -> field, as the user corrected the mapping. */
  columnChoices: Record<string, Field | null>;
  mapColumn(header: string, field: Field | null): void;
  /** Forgets every column correction: back to the automatic mapping. */
  resetColumns(): void;

  profiles: ProfileOption[];
  profileKey: string;
  profile: Profile;
  chooseProfile(key: string): void;

  today: IsoDate;
  setToday(iso: IsoDate): void;

  report: Report | null;
  /** Set when no register was found. */
  noRegister: Problem | null;
  summary: Summary | null;
  scorecards: Scorecard[];

  runCheck(): Promise<void>;
  writeTabs(): Promise<void>;
  highlight(): Promise<void>;
  clearHighlights(): Promise<void>;
  select(f: Finding): Promise<void>;
  /**
   * Records `f` as an accepted exception (a row on the Accepted exceptions sheet), then checks again so it shows as
   * accepted. Resolves to the problem when the row could not be written (for the form to show), else null.
   */
  accept(f: Finding, form: AcceptForm): Promise<Problem | null>;
  /** Adds the partners' Evaluation sheet (the user's, to fill in), or says why not. */
  addEvaluationSheet(): Promise<void>;
}

export function useCheck(session: WorkbookSession, initialToday: IsoDate = localToday()): CheckFlow {
  const [choices, setChoices] = useState<StoredChoices>(() => safely(() => session.loadChoices(), {}));
  const [profiles] = useState<ProfileOption[]>(() => profileOptions(safely(() => session.storedProfiles(), [])));
  const [today, setToday] = useState<IsoDate>(initialToday);
  const [grids, setGrids] = useState<Grid[] | null>(null);
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [checkCount, setCheckCount] = useState(0);
  const checked = checkCount > 0;
  const [busy, setBusy] = useState<Activity | null>(null);
  const [progress, setProgress] = useState<ProgressInfo | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState<Problem | null>(null);
  const running = useRef(false);

  /** Runs one workbook operation at a time, with progress, turning any failure into one plain message. */
  const run = useCallback(
    async (activity: Activity, doing: Parameters<typeof problemFrom>[1], work: (progress: (done: number, total: number, what: string) => void) => Promise<void>) => {
      if (running.current) return;
      running.current = true;
      setBusy(activity);
      setProblem(null);
      setNotice(null);
      setProgress({ activity, done: 0, total: 1, what: "Getting ready…" });
      try {
        await work((done, total, what) => setProgress({ activity, done, total, what }));
      } catch (e) {
        setProblem(problemFrom(e, doing));
      } finally {
        running.current = false;
        setBusy(null);
        setProgress(null);
      }
    },
    [],
  );

  const read = useCallback(
    async (progress: (done: number, total: number, what: string) => void) => {
      const list = await session.sheets();
      const read = await session.readGrids(progress);
      setSheets(list.filter((s) => !s.ours));
      setGrids(read);
    },
    [session],
  );

  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void run("reading", "read the workbook", read);
  }, [run, read]);

  const persist = useCallback(
    (next: StoredChoices) => {
      setChoices(next);
      session.saveChoices(next).catch((e: unknown) => {
        const p = problemFrom(e, "save your choices in the workbook");
        setProblem({ ...p, intent: "warning", text: `Your choice is used now but was not saved in the workbook. ${p.text}` });
      });
    },
    [session],
  );

  const profileKey = profiles.some((p) => p.key === choices.profile) ? choices.profile! : DEFAULT_PROFILE_KEY;
  const profileOption = profiles.find((p) => p.key === profileKey)!;
  const columnChoices = useMemo(() => ({ ...(choices.columns ?? {}) }), [choices.columns]);
  const profile = useMemo<Profile>(() => {
    const base = profileOption.profile ?? defaultProfile();
    return { ...base, columns: { ...base.columns, ...columnChoices } };
  }, [profileOption, columnChoices]);

  const gridNames = useMemo(() => new Set((grids ?? []).map((g) => g.name)), [grids]);
  const sheetChoice = choices.sheet !== undefined && gridNames.has(choices.sheet) ? choices.sheet : undefined;
  const missingSheet = grids && choices.sheet !== undefined && !gridNames.has(choices.sheet) ? choices.sheet : null;

  const report = useMemo(
    () => (grids ? check(grids, profile, today, sheetChoice !== undefined ? { sheet: sheetChoice } : {}) : null),
    [grids, profile, today, sheetChoice],
  );
  const summary = useMemo(() => (report ? summarise(report) : null), [report]);
  const scorecards = useMemo(() => (report?.register ? deriveScorecards(report, profile.scoring) : []), [report, profile]);
  const noRegister = report ? noRegisterProblem(report) : null;

  const chooseSheet = useCallback(
    (name: string | undefined) => {
      const next: StoredChoices = { ...choices };
      if (name === undefined) delete next.sheet;
      else next.sheet = name;
      persist(next);
    },
    [choices, persist],
  );

  const mapColumn = useCallback(
    (header: string, field: Field | null) => persist({ ...choices, columns: { ...(choices.columns ?? {}), [header]: field } }),
    [choices, persist],
  );

  const resetColumns = useCallback(() => {
    const next: StoredChoices = { ...choices };
    delete next.columns;
    persist(next);
  }, [choices, persist]);

  const chooseProfile = useCallback((key: string) => persist({ ...choices, profile: key }), [choices, persist]);

  const runCheck = useCallback(
    () =>
      run("reading", "read the workbook", async (progress) => {
        await read(progress);
        setCheckCount((n) => n + 1);
      }),
    [run, read],
  );

  const writeTabs = useCallback(async () => {
    if (!report?.register) return;
    await run("writing", "write the report tabs", async (progress) => {
      const specs = reportTabs(report, profile, { file: null, sheet: report.register?.sheet ?? null, profile: profile.name, today });
      // Only our own tabs come and go here: the list of the user's sheets stays as it was.
      const names = await session.writeTabs(specs, progress);
      setNotice({
        intent: "success",
        title: "Report tabs written",
        text: `Added ${plural(names.length, "tab")} to the workbook: ${names.join(", ")}.`,
      });
    });
  }, [report, profile, today, run, session]);

  const highlight = useCallback(async () => {
    const span = report ? registerSpan(report) : null;
    if (!report?.register || !span) return;
    const register = report.register;
    const rows = highlightRows(report);
    await run("highlighting", "highlight the register rows", async (progress) => {
      progress(0, 1, `Highlighting ${plural(rows.length, "row")}…`);
      await session.highlight(register.sheet, span.first, span.last, rows);
      const errors = rows.filter((r) => r.severity === "error").length;
      setNotice({
        intent: "success",
        title: "Rows highlighted",
        text:
          rows.length === 0
            ? "No row has an error or a warning, so nothing was highlighted."
            : `Highlighted ${plural(rows.length, "row")} in “${register.sheet}”: ${errors} with errors, ${rows.length - errors} with warnings only. Clear highlights removes the colours again.`,
      });
    });
  }, [report, run, session]);

  const clearHighlights = useCallback(
    () =>
      run("clearing", "clear the highlights", async (progress) => {
        progress(0, 1, "Clearing the highlights…");
        await session.clearHighlights();
        setNotice({ intent: "success", title: "Highlights cleared", text: "The register's rows are back to how they were." });
      }),
    [run, session],
  );

  const accept = useCallback(
    async (f: Finding, form: AcceptForm): Promise<Problem | null> => {
      if (running.current) return { intent: "warning", title: "The add-in is busy", text: "Wait for the add-in to finish what it is doing, then save again." };
      let failed: Problem | null = null;
      await run("accepting", "record the accepted exception", async (progress) => {
        progress(0, 1, "Adding the row to the Accepted exceptions sheet…");
        let written: AppendedException;
        try {
          written = await session.appendException(exceptionRowFor(f, form));
        } catch (e) {
          failed = problemFrom(e, "record the accepted exception");
          return;
        }
        // Check again, so the finding shows as accepted (a failure here shows as the pane's own message).
        await read(progress);
        setCheckCount((n) => n + 1);
        const who = [f.partnership, f.ref].filter(Boolean).join(" · ");
        setNotice({
          intent: "success",
          title: "Finding accepted",
          text:
            `${written.created ? `Added the “${written.sheet}” sheet and recorded` : "Recorded"} the exception for ${f.rule} on ${who} on row ${written.row} of “${written.sheet}”, and checked again: ` +
            `it shows under Accepted and is no longer counted. To withdraw it, delete that row and check again.`,
        });
      });
      return failed;
    },
    [run, read, session],
  );

  const addEvaluationSheet = useCallback(async () => {
    if (!report?.register) return;
    await run("adding", "add the Evaluation sheet", async (progress) => {
      const result = await insertEvaluationSheet(session, report, progress);
      if (!result.ok) {
        const exists = result.message === sheetExistsMessage(EVALUATION_SHEET);
        setNotice({ intent: exists ? "info" : "error", title: exists ? "There is an Evaluation sheet already" : "No Evaluation sheet added", text: result.message });
        return;
      }
      setSheets((await session.sheets()).filter((s) => !s.ours));
      setNotice({
        intent: "success",
        title: "Evaluation sheet added",
        text:
          `Added the “${result.sheet}” sheet, with a row for each partnership. Ask each partner to rate the six behaviour areas ` +
          `from 1 to 5 (a row each), then choose Check again: the Scorecards use their ratings.`,
      });
    });
  }, [report, run, session]);

  const select = useCallback(
    async (f: Finding) => {
      const cell = report ? findingCell(report, f) : null;
      if (!cell) return;
      try {
        await session.select(cell.sheet, cell.address);
      } catch (e) {
        setProblem(problemFrom(e, "go to that cell"));
      }
    },
    [report, session],
  );

  return {
    loaded: grids !== null,
    checked,
    checkCount,
    busy,
    progress,
    problem,
    notice,
    dismissProblem: () => setProblem(null),
    dismissNotice: () => setNotice(null),
    sheets,
    sheetChoice,
    missingSheet,
    chooseSheet,
    columnChoices,
    mapColumn,
    resetColumns,
    profiles,
    profileKey,
    profile,
    chooseProfile,
    today,
    setToday,
    report,
    noRegister,
    summary,
    scorecards,
    runCheck,
    writeTabs,
    highlight,
    clearHighlights,
    select,
    accept,
    addEvaluationSheet,
  };
}
