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
