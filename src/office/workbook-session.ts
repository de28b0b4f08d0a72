// What the task pane needs from the open workbook. The Office.js adapter implements it; the pane only calls it.
import type { Field, Grid, Severity } from "../domain/model.js";
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
  /** Every sheet except our generated tabs, as plain grids; reads each used range once, in payload-sized chunks. */
  readGrids(progress?: Progress): Promise<Grid[]>;
  /** Writes (or rebuilds) the generated tabs; returns the names used. Never touches a user's sheet of the same name. */
  writeTabs(specs: readonly TabSpec[], progress?: Progress): Promise<string[]>;
  /** Highlights the register rows with findings, as formatting that `clearHighlights` removes completely. */
  highlight(sheet: string, firstColumn: number, lastColumn: number, rows: readonly HighlightRow[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Selects a cell (e.g. "C12") on a sheet, activating the sheet. */
  select(sheet: string, address: string): Promise<void>;
  loadChoices(): StoredChoices;
  saveChoices(choices: StoredChoices): Promise<void>;
  storedProfiles(): StoredProfile[];
}
