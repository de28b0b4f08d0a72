import type { Field, Grid } from "../model.js";
import { looksLikeEvaluationSheet } from "../evaluation/read-evaluation.js";
import { looksLikeExceptionsSheet } from "../exceptions/read-exceptions.js";
import { looksLikeInterestsSheet } from "../interests/read-interests.js";
import { findHeader, type HeaderCandidate } from "./find-header.js";
import { isOurGrid } from "../tabs/tab-spec.js";

export type RegisterPick =
  | { ok: true; grid: Grid; header: HeaderCandidate }
  | { ok: false; reason: "no-such-sheet" | "no-header"; message: string };

/**
 * The sheet whose header maps best is the register. A register of interests, or the partners' Evaluation sheet
 * (partnership, rater and six ratings: enough to pass for a register header), is never taken for it unless the
 * user names that sheet.
 */
export function pickRegister(grids: readonly Grid[], sheet?: string, overrides: Readonly<Record<string, Field | null>> = {}): RegisterPick {
  if (sheet !== undefined) {
    const grid = grids.find((g) => g.name === sheet) ?? grids.find((g) => g.name.trim().toLowerCase() === sheet.trim().toLowerCase());
    if (!grid) {
      return {
        ok: false,
        reason: "no-such-sheet",
        message: `There is no sheet called "${sheet}". The sheets are: ${grids.map((g) => `"${g.name}"`).join(", ")}. Check the --sheet name.`,
      };
    }
    const header = findHeader(grid, overrides);
    if (!header) return { ok: false, reason: "no-header", message: noHeader([grid]) };
    return { ok: true, grid, header };
  }
  let best: { grid: Grid; header: HeaderCandidate } | null = null;
  for (const grid of grids) {
    const header = findHeader(grid, overrides);
    if (!header) continue;
    // A register of interests (person, organisation, nature, date) can map a few register fields by chance.
    if (looksLikeInterestsSheet(grid)) continue;
    if (looksLikeEvaluationSheet(grid)) continue;
    // Nor the Accepted exceptions sheet, whose Ref, Partnership and Until columns look like register fields.
    if (looksLikeExceptionsSheet(grid)) continue;
    // Our own tabs (the Check history lists refs and partnerships) are never the register.
    if (isOurGrid(grid)) continue;
    if (!best || header.score > best.header.score) best = { grid, header };
  }
  if (!best) return { ok: false, reason: "no-header", message: noHeader(grids) };
  return { ok: true, ...best };
}

function noHeader(grids: readonly Grid[]): string {
  const names = grids.map((g) => `"${g.name}"`).join(", ");
  return (
    `No sheet (${names || "none"}) has a header row that looks like a partnership register. ` +
    `The header needs at least three recognisable columns, one of them the partnership's name or reference ` +
    `(for example "Ref", "Partnership", "Sponsoring officer"). Check the file, or name the sheet with --sheet.`
  );
}
