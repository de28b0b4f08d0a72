import { startCheck, type CheckOptions } from "../domain/check.js";
import type { CellValue, IsoDate, Report } from "../domain/model.js";
import type { Profile } from "../domain/profile/profile.js";
import { isHistorySheet } from "../domain/history/history-sheet.js";
import { HEADER_SCAN_ROWS } from "../domain/register/find-header.js";
import { pickRegister } from "../domain/register/pick-register.js";
import { isOurMarker } from "../xlsx/our-tabs.js";
import { readGridsStreaming, streamSheet } from "../xlsx/stream/read-grids-stream.js";

/** Our own tabs from an earlier run are never read as the register or the register of interests. */
const ourTab = (_sheet: string, firstRows: CellValue[][]) => isOurMarker(firstRows[1]?.[0]);

/**
 * Checks a workbook without ever holding the register sheet: the tops of the sheets find the register, the
 * other sheets are read whole (the register of interests is small), and the register's rows are streamed into the
 * engine one by one, so memory grows only with what the engine keeps of each partnership.
 */
export async function checkWorkbook(file: string, profile: Profile, today: IsoDate, options: CheckOptions): Promise<Report> {
  const heads = await readGridsStreaming(file, { skip: ourTab, maxRows: HEADER_SCAN_ROWS });
  // Only which sheet is the register is wanted from the tops; the check proper starts once the other sheets are in.
  const pick = pickRegister(heads, options.sheet, profile.columns);
  if (!pick.ok) return (startCheck(heads, profile, today, options) as { report: Report }).report;
  const sheet = pick.grid.name;
  // The Check history tab is ours but is read: it is what the next check compares against.
  const others = await readGridsStreaming(file, { skip: (name, rows) => name === sheet || (ourTab(name, rows) && !isHistorySheet(rows)) });
  const grids = [...heads.map((head) => others.find((g) => g.name === head.name) ?? head), ...others.filter((g) => !heads.some((h) => h.name === g.name))];
  const start = startCheck(grids, profile, today, { ...options, sheet });
  if (start.kind === "done") return start.report;
  const { feed } = start;

  const rows = streamSheet(file, sheet);
  for (;;) {
    const next = await rows.next();
    if (next.done) return feed.finish(next.value.hiddenColumns);
    const { row, cells, hidden } = next.value;
    if (row <= feed.headerRow) continue;
    if (!feed.add(row, cells, hidden)) break;
  }
  await rows.return(undefined as never);
  // The table ended at a totals row: the columns hidden among the top rows are the ones that matter.
  return feed.finish(start.grid.hiddenColumns);
}
