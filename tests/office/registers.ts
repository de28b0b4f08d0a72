// Registers as a council keeps them in Excel (dates as serial numbers, money as numbers), built into the fake.
import { check } from "../../src/domain/check.js";
import type { Grid, Report } from "../../src/domain/model.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { reportTabs } from "../../src/domain/tabs/report-tabs.js";
import type { TabSpec } from "../../src/domain/tabs/tab-spec.js";
import { createExcelSession } from "../../src/office/excel-session.js";
import type { HighlightRow, WorkbookSession } from "../../src/office/workbook-session.js";
import { cleanRow, FULL_HEADERS, TODAY } from "../helpers/grid.js";
import { FakeWorkbook, installFakeOffice, type FakeWorkbookOptions } from "./fake-excel.js";

export { TODAY };

/** 33 protocol columns and two of the council's own: 35 columns. */
export const HEADERS = [...FULL_HEADERS, "Notes", "Last updated by"];

/** Partnership names that Excel would take for formulas if written as plain values. */
export const FORMULA_LIKE_NAMES = ['=HYPERLINK("http://x","y")', "+44 1234", "@risk", "-5 days"];

const SERIAL = { apr2022: 44652, mar2029: 47208, jan2026: 46037, mar2023: 45000 };

/** Register rows (header first) as a sheet holds them: about one row in four has a gap the check reports (errors and warnings). */
export function registerRows(count: number): unknown[][] {
  const rows: unknown[][] = [HEADERS];
  for (let i = 0; i < count; i++) {
    const special = FORMULA_LIKE_NAMES[i];
    const r = cleanRow({
      Ref: `P-${String(i + 1).padStart(5, "0")}`,
      Partnership: special ?? `Partnership ${i + 1}`,
      "Start date": SERIAL.apr2022,
      "End date": SERIAL.mar2029,
      "Date of last review": i % 7 === 3 ? SERIAL.mar2023 : SERIAL.jan2026,
      "Risk register last reviewed": SERIAL.jan2026,
      "Annual contribution": 5000 + (i % 100),
      "Approved amount": 10000,
      // The formula-like names are sure to have findings, so they reach the Findings tab.
      "Exit strategy": special || i % 11 === 5 ? "" : "Yes",
      "Business case": i % 13 === 7 ? "" : "Yes",
    });
    rows.push(HEADERS.map((h) => (h in r ? r[h] : h === "Notes" ? `Note ${i + 1}` : "j.smith")));
  }
  return rows;
}

export function registerWorkbook(count: number, options: FakeWorkbookOptions = {}, sheet = "Register"): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  wb.addSheet(sheet, registerRows(count));
  return wb;
}

/** A session over the fake through the globals, exactly as the pane makes it: createExcelSession(Excel.run, Office.context). */
export function sessionFor(wb: FakeWorkbook): { session: WorkbookSession; uninstall: () => void } {
  const uninstall = installFakeOffice(globalThis, wb);
  return { session: createExcelSession(Excel.run, Office.context), uninstall };
}

export interface Checked {
  report: Report;
  specs: TabSpec[];
}

/** The engine on grids read back from the workbook, and the seven tabs it describes. */
export function checkGrids(grids: Grid[]): Checked {
  const profile = defaultProfile();
  const report = check(grids, profile, TODAY);
  if (!report.register) throw new Error("no register found");
  const specs = reportTabs(report, profile, { file: "register.xlsx", sheet: report.register.sheet, profile: report.profile, today: report.today });
  return { report, specs };
}

/** Largest request and response of the syncs so far, and how many syncs. */
export function measure(wb: FakeWorkbook): { syncs: number; maxRequest: number; maxResponse: number; totalRequest: number; totalResponse: number } {
  let maxRequest = 0;
  let maxResponse = 0;
  let totalRequest = 0;
  let totalResponse = 0;
  for (const s of wb.syncLog) {
    maxRequest = Math.max(maxRequest, s.requestBytes);
    maxResponse = Math.max(maxResponse, s.responseBytes);
    totalRequest += s.requestBytes;
    totalResponse += s.responseBytes;
  }
  return { syncs: wb.syncLog.length, maxRequest, maxResponse, totalRequest, totalResponse };
}

export const MB = 1024 * 1024;

/** The worst severity of each register row with findings, as the pane would pass it to highlight(). */
export function highlightRows(report: Report): HighlightRow[] {
  const worst = new Map<number, "error" | "warning">();
  for (const f of report.findings) {
    if (f.row === null || f.severity === "info") continue;
    if (f.severity === "error" || !worst.has(f.row)) worst.set(f.row, f.severity);
  }
  return [...worst].map(([row, severity]) => ({ row, severity }));
}
