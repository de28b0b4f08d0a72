import type { ConflictPerson, Field, InterestsRegister, IsoDate, Partnership, Severity } from "../model.js";

/** Which table of REQUIREMENTS.md §2 a rule belongs to; closed partnerships only get finance and conflict rules. */
export type RuleGroup = "structure" | "scope" | "governance" | "finance" | "conflicts";

export interface Periods {
  annualReviewMonths: number;
  riskRegisterReviewMonths: number;
  declarationMonths: number;
  /** How many days ahead of the check date a review, end date or declaration counts as falling due soon. */
  dueSoonDays: number;
}

/** The periods counted in months: after how long a review or a declaration is overdue. */
export type MonthPeriod = Exclude<keyof Periods, "dueSoonDays">;

/** What a rule may look at besides the row: no I/O, everything precomputed. */
export interface RuleContext {
  today: IsoDate;
  periods: Periods;
  interests: InterestsRegister | null;
  /** Column letter where a field sits in the register, or null if it is not mapped. */
  columnOf(field: Field): string | null;
}

/** One shortfall a rule found on a row; the engine adds row, ref, clause and severity. */
export interface Hit {
  field: Field | null;
  message: string;
  people?: ConflictPerson[];
  /** For the due-soon rules: the date the item falls due. */
  due?: IsoDate;
}

interface RuleBase {
  /** Stable code, e.g. "exit-strategy-missing". */
  code: string;
  /** Clause of the protocol it rests on, e.g. "2.14". */
  clause: string;
  severity: Severity;
  group: RuleGroup;
  /** One line for the README and the pane. */
  description: string;
  /** Fields the rule needs; it does not run unless all are mapped (or any, with `anyField`). */
  fields: readonly Field[];
  anyField?: boolean;
  /** Needs a register-of-interests sheet in the workbook. */
  needsInterests?: boolean;
}

/** Checks one partnership row at a time. */
export interface RowRule extends RuleBase {
  kind: "row";
  /**
   * The fields whose values alone (with the context) decide what the check says, when that is so: the engine then
   * asks once per combination of values, since registers repeat the same officers and partners on many rows. A rule
   * that reads the row's reference, name, row number or any other field must not set it.
   */
  dependsOnlyOn?: readonly Field[];
  check(p: Partnership, ctx: RuleContext): Hit | Hit[] | null;
}

/** Looks across rows (e.g. duplicates); returns hits keyed by the row they belong on. */
export interface RegisterRule extends RuleBase {
  kind: "register";
  checkAll(ps: readonly Partnership[], ctx: RuleContext): { partnership: Partnership; hit: Hit }[];
}

/** Raised by the engine itself (header, columns); declared here so profiles and docs treat it like any rule. */
export interface EngineRule extends RuleBase {
  kind: "engine";
}

export type Rule = RowRule | RegisterRule | EngineRule;

export function hits(h: Hit | Hit[] | null): Hit[] {
  if (h === null) return [];
  return Array.isArray(h) ? h : [h];
}
