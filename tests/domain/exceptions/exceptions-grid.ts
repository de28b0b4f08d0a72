import type { CellValue, Grid } from "../../../src/domain/model.js";
import { cleanRow } from "../../helpers/grid.js";

export const HEADERS = ["Rule", "Ref", "Partnership", "Reason", "Accepted by", "Until"];

/** An Accepted exceptions sheet: the header on row 1, then one row per exception (Rule, Ref, Partnership, Reason, Accepted by, Until). */
export function exceptionsGrid(rows: CellValue[][], name = "Accepted exceptions"): Grid {
  return { name, rows: [HEADERS, ...rows] };
}

/**
 * Three partnerships at the rule tests' check date (30 June 2026), each with one error:
 * row 2 P-001 has no exit strategy, row 3 P-002 no sponsoring officer, row 4 P-003 no risk register.
 */
export const ROWS = [
  cleanRow({ "Exit strategy": "No" }),
  cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership", "Sponsoring officer": null }),
  cleanRow({ Ref: "P-003", Partnership: "Health & Wellbeing Board", "Risk register": "No" }),
];
