import fsSync from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import type ExcelJS from "exceljs";
import type { TabSpec } from "../domain/tabs/tab-spec.js";
import { tabName } from "../domain/tabs/tab-names.js";
import { isOurTab } from "./our-tabs.js";
import { renderTab } from "./render-tab.js";

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
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  // Ctrl-C or a kill while writing removes the half-written file; `out` itself only ever appears whole.
  const interrupted = (signal: NodeJS.Signals) => {
    fsSync.rmSync(tmp, { force: true });
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await workbook.xlsx.writeFile(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
  }
  return names;
}
