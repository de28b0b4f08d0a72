import type ExcelJS from "exceljs";
import type { TabSpec } from "../domain/tabs/tab-spec.js";
import { tabName } from "../domain/tabs/tab-names.js";
import { isOurTab } from "./our-tabs.js";
import { renderTab } from "./render-tab.js";
import { writeAtomically } from "./write-atomically.js";

/**
 * Adds the generated tabs to the workbook (replacing ours from an earlier run, never a user's sheet)
 * and writes it to `out` through a temporary file, so a failure never leaves half a workbook.
 */
export async function writeOutput(workbook: ExcelJS.Workbook, specs: readonly TabSpec[], out: string): Promise<string[]> {
  for (const ws of [...workbook.worksheets]) if (isOurTab(ws)) workbook.removeWorksheet(ws.id);
  const names: string[] = [];
  for (const spec of specs) {
    const existing = workbook.worksheets.map((ws) => ({ name: ws.name, ours: false }));
    const name = tabName(spec.name, existing);
    renderTab(workbook, spec, name);
    names.push(name);
  }
  await writeAtomically(out, (tmp) => workbook.xlsx.writeFile(tmp));
  return names;
}
