// What the task pane needs from the open workbook. The Office.js adapter implements it; the pane only calls it.
import type { Field, Grid, IsoDate, Severity } from "../domain/model.js";
import type { TabSpec } from "../domain/tabs/tab-spec.js";

export interface SheetInfo {
  name: string;
  /** Carries our generated-tab marker. */
  ours: boolean;
  protected: boolean;
  visible: boolean;
}

/** Reports progress: `done` of `total` steps, and what is happening in plain words. */
export type Progress = (done: number, total: number, what: string) => void;

export interface HighlightRow {
  /** Sheet row, 1-based. */
  row: number;
  severity: Exclude<Severity, "info">;
}

/** One accepted exception, as the pane records it on the workbook's Accepted exceptions sheet. */
export interface ExceptionRow {
  /** The finding's rule code, e.g. "exit-strategy-missing". */
  rule: string;
  ref: string | null;
  partnership: string | null;
  reason: string;
  /** Who accepted it. */
  by: string;
  /** The last day it applies. */
  until: IsoDate;
}

/** Where an accepted exception was written. */
export interface AppendedException {
  sheet: string;
  /** Sheet row, 1-based. */
  row: number;
  /** The sheet did not exist and was added for it. */
  created: boolean;
}

/** The user's choices, remembered in the workbook (document settings) so the next check needs no clicks. */
export interface StoredChoices {
  sheet?: string;
  /** Header text -> field (or null for "not used"), as the user corrected the mapping. */
  columns?: Record<string, Field | null>;
  /** "default", or the name of a profile stored in the workbook. */
  profile?: string;
}

/** A profile stored in the workbook's settings, as the JSON a council would put in a profile file. */
export interface StoredProfile {
  name: string;
  json: unknown;
}

export type ProblemKind = "protected" | "readOnly" | "refused" | "busy" | "tooLarge" | "unsupported" | "unknown";

/** Something Excel would not do, with one plain-English sentence saying what to do. */
export class WorkbookProblem extends Error {
  constructor(
    message: string,
    readonly kind: ProblemKind,
  ) {
    super(message);
  }
}

export interface WorkbookSession {
  sheets(): Promise<SheetInfo[]>;
  /**
   * Every sheet except our generated tabs (but with the Check history tab, which the engine compares with), as plain
   * grids; reads each used range once, in payload-sized chunks.
   */
  readGrids(progress?: Progress): Promise<Grid[]>;
  /** Writes (or rebuilds) the generated tabs; returns the names used. Never touches a user's sheet of the same name. */
  writeTabs(specs: readonly TabSpec[], progress?: Progress): Promise<string[]>;
  /**
   * Adds a sheet for the user to fill in (such as the Evaluation sheet): it carries no marker, so it is theirs from
   * then on. Returns its name. Refuses, with a WorkbookProblem, when a sheet of that name exists (never writes over it).
   */
  addUserSheet(spec: TabSpec, progress?: Progress): Promise<string>;
  /**
   * Adds a row to the user's Accepted exceptions sheet (making the sheet, with its header row, when there is none),
   * under the header it already has, in its column order; every text written as text, the Until as a date.
   */
  appendException(row: ExceptionRow): Promise<AppendedException>;
  /** Highlights the register rows with findings, as formatting that `clearHighlights` removes completely. */
  highlight(sheet: string, firstColumn: number, lastColumn: number, rows: readonly HighlightRow[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Selects a cell (e.g. "C12") on a sheet, activating the sheet. */
  select(sheet: string, address: string): Promise<void>;
  loadChoices(): StoredChoices;
  saveChoices(choices: StoredChoices): Promise<void>;
  storedProfiles(): StoredProfile[];
}
