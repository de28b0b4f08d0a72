import { check, type CheckOptions } from "../../src/domain/check.js";
import type { Finding, Report } from "../../src/domain/model.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import type { Profile } from "../../src/domain/profile/profile.js";
import type { CellValue, Grid } from "../../src/domain/model.js";

/**
 * A register sheet for tests: a header row at row 1 from `headers`, then one row per object in `rows`
 * keyed by header text. Cells left out are blank.
 */
export function registerGrid(headers: string[], rows: Record<string, CellValue>[], name = "Register"): Grid {
  return {
    name,
    rows: [headers, ...rows.map((r) => headers.map((h) => (h in r ? r[h]! : null)))],
  };
}

/** Every header the full register uses, worded as a council might. */
export const FULL_HEADERS = [
  "Ref",
  "Partnership",
  "Purpose",
  "Form of partnership",
  "Partner organisations",
  "Status",
  "Sponsoring officer",
  "Accountable officer",
  "Council representatives",
  "Directorate",
  "Council priority",
  "Start date",
  "End date",
  "Terms of reference",
  "Business case",
  "Outcome measures",
  "Performance reported to",
  "Date of last review",
  "Risk register",
  "Risk register last reviewed",
  "Exit strategy",
  "Information sharing agreement",
  "Equality impact assessment",
  "Scrutiny arrangements",
  "Legal power confirmed",
  "Standards of conduct agreed",
  "Conflicts of interest declared",
  "Approval to participate",
  "Annual contribution",
  "Budget approved",
  "Approved amount",
  "Continuing liabilities",
  "Significance",
];

/** The six behaviour areas as a council might head its assessment columns. */
export const RATING_HEADERS = [
  "Achieve intended outcomes (1-5)",
  "Public interest (1-5)",
  "Building partners' capacity (1-5)",
  "Value and respect each other (1-5)",
  "Act ethically (1-5)",
  "Aligning strategies and networks (1-5)",
];

/** A partnership that meets every standard at a check date of 2026-06-30. */
export function cleanRow(overrides: Record<string, CellValue> = {}): Record<string, CellValue> {
  return {
    Ref: "P-001",
    Partnership: "Canal Corridor Partnership",
    Purpose: "Regenerate the canal corridor",
    "Form of partnership": "Joint committee",
    "Partner organisations": "Canal and River Trust; County Council",
    Status: "Active",
    "Sponsoring officer": "Anna Bell",
    "Accountable officer": "Ben Carter",
    "Council representatives": "Cllr Dev Patel",
    Directorate: "Place",
    "Council priority": "Thriving economy",
    "Start date": "01/04/2022",
    "End date": "31/03/2029",
    "Terms of reference": "Yes",
    "Business case": "Yes",
    "Outcome measures": "Jobs created; visitors",
    "Performance reported to": "Cabinet, quarterly",
    "Date of last review": "15/01/2026",
    "Risk register": "Y",
    "Risk register last reviewed": "15/01/2026",
    "Exit strategy": "Yes",
    "Information sharing agreement": "Yes",
    "Equality impact assessment": "Yes",
    "Scrutiny arrangements": "Place Scrutiny Committee",
    "Legal power confirmed": "Yes",
    "Standards of conduct agreed": "Yes",
    "Conflicts of interest declared": "Yes",
    "Approval to participate": "Yes",
    "Annual contribution": "£5,000",
    "Budget approved": "Yes",
    "Approved amount": "£10,000",
    "Continuing liabilities": "None",
    Significance: "Medium",
    ...overrides,
  };
}

// ---- Running the engine the way a user does (added for the rule, engine and profile tests) ----

/** The check date every rule test uses; `cleanRow()` meets every standard on it. */
export const TODAY = "2026-06-30";

export interface RunOptions {
  headers?: string[];
  /** Sheets after the register, e.g. a register of interests. */
  extraGrids?: Grid[];
  profile?: Profile;
  today?: string;
  options?: CheckOptions;
}

/** `check()` on a one-sheet register ("Register", header in row 1, so `rows[0]` is sheet row 2) with the default profile. */
export function runCheck(rows: Record<string, CellValue>[], opts: RunOptions = {}): Report {
  const grid = registerGrid(opts.headers ?? FULL_HEADERS, rows);
  return check([grid, ...(opts.extraGrids ?? [])], opts.profile ?? defaultProfile(), opts.today ?? TODAY, opts.options);
}

/** The findings a report holds for one rule. */
export function findingsOf(report: Report, rule: string): Finding[] {
  return report.findings.filter((f) => f.rule === rule);
}

/** The rule codes of a report's findings, in report order. */
export function rulesFired(report: Report): string[] {
  return report.findings.map((f) => f.rule);
}

/** A register of interests sheet: [person, organisation, nature of interest, date declared] per row. */
export function interestsGrid(rows: [string, string, string, CellValue][], name = "Register of interests"): Grid {
  const headers = ["Name", "Organisation", "Nature of interest", "Date declared"];
  return registerGrid(
    headers,
    rows.map(([person, org, nature, declared]) => ({ Name: person, Organisation: org, "Nature of interest": nature, "Date declared": declared })),
    name,
  );
}

/** Register-of-interests entries for everyone `cleanRow()` names, declared 1 March 2026 in bodies that are not its partners. */
export const CLEAN_ROW_DECLARATIONS: [string, string, string, CellValue][] = [
  ["Cllr Dev Patel", "Rotary Club of Borough", "Member", "01/03/2026"],
  ["Anna Bell", "Borough Allotment Society", "Treasurer", "01/03/2026"],
  ["Ben Carter", "None", "Nil return", "01/03/2026"],
];
