// Writes the Committee summary of a register, alone, to a workbook of its own: what a clerk would print.
import ExcelJS from "exceljs";
import { check } from "../src/domain/check.js";
import type { CellValue, Grid } from "../src/domain/model.js";
import { defaultProfile } from "../src/domain/profile/default-profile.js";
import { reportTabs } from "../src/domain/tabs/report-tabs.js";
import type { TabSpec } from "../src/domain/tabs/tab-spec.js";
import { openWorkbook } from "../src/xlsx/open-workbook.js";
import { readGrids } from "../src/xlsx/read-grids.js";
import { renderTab } from "../src/xlsx/render-tab.js";
import path from "node:path";

/** A generated tab as the next check would read it back from the workbook. */
function asGrid(spec: TabSpec): Grid {
  return { name: spec.name, rows: spec.rows.map((cells) => cells.map((c): CellValue => (c === null ? null : c.t === "date" ? new Date(`${c.v}T00:00:00Z`) : c.v))) };
}

/** A check recorded before this one: its date, and the register as it stood then (the same register if no `edit`). */
export interface EarlierCheck {
  today: string;
  edit?: (grids: Grid[]) => Grid[];
}

/**
 * `earlier`: checks (oldest first) recorded before this one, so the summary shows what changed since the last of
 * them and the ratings over time.
 */
export async function writeCommitteeWorkbook(register: string, today: string, out: string, earlier: readonly EarlierCheck[] = []): Promise<void> {
  const grids = readGrids(await openWorkbook(register));
  const profile = defaultProfile();
  let history: Grid | null = null;
  let committee: TabSpec | undefined;
  for (const { today: date, edit } of [...earlier, { today }]) {
    const then = edit ? edit(grids) : grids;
    const report = check(history ? [...then, history] : then, profile, date);
    const from = { file: path.basename(register), sheet: report.register?.sheet ?? null, profile: profile.name, today: date };
    const tabs = reportTabs(report, profile, from);
    history = asGrid(tabs.find((t) => t.key === "history")!);
    committee = tabs.find((t) => t.key === "committee")!;
  }
  const wb = new ExcelJS.Workbook();
  renderTab(wb, committee!, committee!.name);
  await wb.xlsx.writeFile(out);
}
