// Writes the Committee summary of a register, alone, to a workbook of its own: what a clerk would print.
import ExcelJS from "exceljs";
import { check } from "../src/domain/check.js";
import { defaultProfile } from "../src/domain/profile/default-profile.js";
import { reportTabs } from "../src/domain/tabs/report-tabs.js";
import { openWorkbook } from "../src/xlsx/open-workbook.js";
import { readGrids } from "../src/xlsx/read-grids.js";
import { renderTab } from "../src/xlsx/render-tab.js";
import path from "node:path";

export async function writeCommitteeWorkbook(register: string, today: string, out: string): Promise<void> {
  const grids = readGrids(await openWorkbook(register));
  const profile = defaultProfile();
  const report = check(grids, profile, today);
  const from = { file: path.basename(register), sheet: report.register?.sheet ?? null, profile: profile.name, today };
  const committee = reportTabs(report, profile, from).find((t) => t.key === "committee")!;
  const wb = new ExcelJS.Workbook();
  renderTab(wb, committee, committee.name);
  await wb.xlsx.writeFile(out);
}
