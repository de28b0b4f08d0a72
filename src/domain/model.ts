// The words of the domain. Pure types: no I/O, no Excel, no Node.

/** A cell as an adapter hands it over: already reduced to a plain value. */
export type CellValue = string | number | boolean | Date | CellError | null;

/** An Excel error cell such as `#REF!` or `#N/A`. */
export interface CellError {
  error: string;
}

/** One worksheet as a plain grid. `rows[0]` is sheet row 1, `rows[r][0]` is column A. */
export interface Grid {
  name: string;
  rows: CellValue[][];
  /** Sheet row numbers (1-based) that are hidden, where the adapter knows. */
  hiddenRows?: ReadonlySet<number>;
  /** Column letters that are hidden, where the adapter knows. */
  hiddenColumns?: ReadonlySet<string>;
}

export type Severity = "error" | "warning" | "info";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** The canonical fields a register may hold (REQUIREMENTS.md §1). */
export const FIELDS = [
  "ref",
  "name",
  "purpose",
  "tier",
  "legalForm",
  "partners",
  "councilIsLead",
  "status",
  "sponsoringOfficer",
  "accountableOfficer",
  "representatives",
  "directorate",
  "corporatePriority",
  "startDate",
  "endDate",
  "governanceDocument",
  "businessCase",
  "outcomeMeasures",
  "reportingTo",
  "lastReviewDate",
  "riskRegister",
  "riskRegisterReviewed",
  "exitStrategy",
  "informationSharing",
  "equalityAssessment",
  "scrutiny",
  "legalPower",
  "conductStandards",
  "conflictsDeclared",
  "approvalToParticipate",
  "annualContribution",
  "budgetApproved",
  "approvedAmount",
  "liabilities",
  "significance",
  // Standards for England behaviour areas, rated 1-5 where the register holds an assessment.
  "assessOutcomes",
  "assessPublicInterest",
  "assessCapacity",
  "assessRespect",
  "assessEthics",
  "assessAlignment",
] as const;

export type Field = (typeof FIELDS)[number];

/** How a field's cells are read. */
export type FieldKind = "text" | "date" | "money" | "evidence" | "people" | "status" | "list" | "rating";

/** A calendar date with no time or zone, as `YYYY-MM-DD`. */
export type IsoDate = string;

/** Whether a yes/no/document requirement is met, as read from a cell. */
export type EvidenceState = "present" | "missing" | "pending" | "notApplicable";

export type Status = "proposed" | "active" | "underReview" | "closing" | "closed" | "unknown";

/** A person named in a register cell, with the capacity written beside them. */
export interface Person {
  /** As written, e.g. "Cllr A Khan (Director)". */
  raw: string;
  /** The name without title or capacity, e.g. "A Khan". */
  name: string;
  /** Lower-case capacity such as "director", "trustee", "chair", or null. */
  capacity: string | null;
}

/**
 * A value read from one cell. `unreadable` is never "no": it raises
 * `unreadable-value` and the rules that need the field skip the row.
 */
export type Value =
  | { kind: "blank" }
  | { kind: "text"; text: string }
  | { kind: "date"; date: IsoDate; text: string }
  | { kind: "money"; amount: number; text: string }
  | { kind: "evidence"; state: EvidenceState; text: string }
  | { kind: "people"; people: Person[]; text: string }
  | { kind: "list"; items: string[]; text: string }
  | { kind: "status"; status: Status; text: string }
  /** An assessment rating on the 1-5 scale. */
  | { kind: "rating"; rating: number; text: string }
  /** "tbc", "pending" etc. in a date or money cell: not yet known. */
  | { kind: "pending"; text: string }
  | { kind: "notApplicable"; text: string }
  | { kind: "unreadable"; text: string; reason: string };

/** A column of the register sheet and the field it was mapped to. */
export interface Column {
  /** Column letter, e.g. "C". */
  column: string;
  /** 0-based column index. */
  index: number;
  /** The header as written. */
  header: string;
  field: Field | null;
  /** Why this column is not mapped although it looked like a field (a clash). */
  note?: string;
}

/** One partnership row of the register. */
export interface Partnership {
  /** Sheet row number, 1-based. */
  row: number;
  ref: string | null;
  name: string | null;
  hidden: boolean;
  /**
   * Parsed values of the mapped fields present in this register (a field in KEPT_ONLY_WHEN_UNREADABLE only when
   * its cell cannot be read).
   */
  values: Partial<Record<Field, Value>>;
}

/** Where the register was found and how it was read. */
export interface RegisterShape {
  sheet: string;
  /** Sheet row of the header, 1-based. */
  headerRow: number;
  columns: Column[];
  /** Data rows between the header and the end of the table (partnerships or not). */
  rows: number;
}

/** A declaration in a register of interests. */
export interface Declaration {
  row: number;
  person: string;
  organisation: string;
  nature: string;
  declared: IsoDate | null;
}

export interface InterestsRegister {
  sheet: string;
  headerRow: number;
  declarations: Declaration[];
}

/** One shortfall against the protocol, in the frictionless style: stable code, row, field, message. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Sheet row, or null for a register-level finding. */
  row: number | null;
  /** Column letter of the field's cell, or null. */
  column: string | null;
  field: Field | null;
  ref: string | null;
  partnership: string | null;
  message: string;
  clause: string;
  /** The sheet the row or column refers to. */
  sheet: string | null;
  /** For conflict-of-interest findings: who, in what roles, on what evidence. */
  people?: ConflictPerson[];
  /** For the due-soon findings: the date the review, end date or declaration falls due. */
  due?: IsoDate;
  /** "accepted" when a row of the Accepted exceptions sheet covers it; open otherwise (the default). */
  status?: FindingStatus;
  /** The exception that accepts it, when status is "accepted". */
  exception?: AcceptedException;
}

export type FindingStatus = "open" | "accepted";

/** An officer's decision, recorded on the Accepted exceptions sheet, that a finding need not be acted on. */
export interface AcceptedException {
  reason: string;
  by: string;
  /** The last day it applies; null when the sheet gives no date. */
  until: IsoDate | null;
  /** Its row on the Accepted exceptions sheet (1-based), where it can be renewed or removed. */
  row?: number;
}

/** The workbook's Accepted exceptions sheet, as the check read it. */
export interface ExceptionsSheet {
  sheet: string;
  /** Sheet row of its header, 1-based; null when no header row was recognised. */
  headerRow: number | null;
  /** Rows that name an exception (usable or not); blank rows are not counted. */
  rows: number;
  /** Usable rows past their Until date: they no longer apply. */
  expired: number;
  /** Usable rows in date that matched no finding. */
  unused: number;
}

/** A finding as the change comparison sees it: a stable fingerprint (rule + partnership key + field) and who it is about. */
export interface FindingKey {
  fingerprint: string;
  rule: string;
  ref: string | null;
  partnership: string | null;
}

/** The open findings of an earlier check, from the workbook's Check history sheet or a previous JSON report. */
export interface PreviousCheck {
  /** The earlier check date. */
  today: IsoDate;
  findings: FindingKey[];
}

/** What changed since the previous check: open findings that are new, resolved, and how many are still open. */
export interface Changes {
  since: IsoDate;
  new: FindingKey[];
  resolved: FindingKey[];
  unchanged: number;
}

/** A person behind a conflict-of-interest finding. */
export interface ConflictPerson {
  person: string;
  roles: string[];
  /** The declaration or capacity the finding rests on, e.g. "Trustee of Canal & River Trust, declared 3 May 2026". */
  evidence: string | null;
  /** "possible" when the name only matched on an initial, or the organisation only in part. */
  certainty: "exact" | "possible";
}

/**
 * One row of the partners' self-assessment (the Evaluation sheet): one rater's ratings of one partnership on the
 * six Standards for England behaviour areas.
 */
export interface EvaluationRow {
  /** Sheet row, 1-based. */
  row: number;
  /** The partnership as the row names it (matched to the register by reference, else by name). */
  ref: string | null;
  partnership: string | null;
  /** The rater's organisation and name, as written ("" when blank). */
  rater: string;
  raterName: string;
  /** Ratings 1-5 in BEHAVIOUR_AREAS order; null where the rater left the area blank (or wrote "N/A", "not assessed"). */
  ratings: (number | null)[];
  /** Cells that are not a whole number from 1 to 5 ("6", "good", "#N/A"): left out of every mean. */
  unreadable: { column: string; text: string }[];
}

/** The partners' self-assessment sheet, where the workbook has one. */
export interface EvaluationSheet {
  sheet: string;
  /** Sheet row of the header, 1-based. */
  headerRow: number;
  /** Column letter of each behaviour area, in BEHAVIOUR_AREAS order; null where the sheet has no column for it. */
  areaColumns: (string | null)[];
  /** Rows naming a partnership or holding a rating; rows with neither are left out. */
  rows: EvaluationRow[];
}

export interface Report {
  today: IsoDate;
  profile: string;
  register: RegisterShape | null;
  interests: InterestsRegister | null;
  /** The partners' self-assessment (Evaluation sheet), where the workbook has one; absent or null otherwise. */
  evaluation?: EvaluationSheet | null;
  partnerships: Partnership[];
  findings: Finding[];
  /** Rules that could not run, and why. */
  rulesNotRun: { rule: string; reason: string }[];
  /** The Accepted exceptions sheet, when the workbook has one. */
  exceptions?: ExceptionsSheet | null;
  /** The checks recorded in the workbook's Check history sheet, oldest first (empty when there is none). */
  history?: HistoryEntry[];
  /** What changed since the previous check, when one is known. */
  changes?: Changes | null;
}

/** One recorded check: its date, profile and counts, kept on the Check history sheet. */
export interface HistoryEntry {
  today: IsoDate;
  profile: string;
  partnerships: number;
  /** Open findings by severity. */
  errors: number;
  warnings: number;
  info: number;
  accepted: number;
  /** Partnerships by scorecard RAG rating. */
  red: number;
  amber: number;
  green: number;
}
