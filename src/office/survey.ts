// What is in the workbook: every sheet's name, visibility, protection, and whether it is one of ours (the marker
// in A2, never the name alone). Two syncs whatever the number of sheets: the list, then one probe per sheet.
import { isHistorySheet } from "../domain/history/history-sheet.js";
import type { CellValue } from "../domain/model.js";
import { isOurMarker } from "../domain/tabs/tab-spec.js";

/** A1 of our hidden sheet that lists the highlighted register rows. */
export const HIGHLIGHTS_TITLE = "PRA highlights";

export interface UsedRange {
  /** 0-based sheet row and column of the used range's top-left cell. */
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** false: no row hidden; true: all hidden; null: some hidden. */
  rowHidden: boolean | null;
}

export interface SurveyedSheet {
  name: string;
  visible: boolean;
  protected: boolean;
  /** Carries our marker at the start of A2. */
  ours: boolean;
  /** Ours, and the hidden list of highlighted rows rather than a report tab. */
  highlights: boolean;
  /** Ours, and the Check history tab: the engine reads it to say what changed since the last check. */
  history: boolean;
  sheet: Excel.Worksheet;
  /** The used range (values only), when asked for; null for an empty sheet. */
  used: UsedRange | null;
  /** Names of the sheet's tables, when asked for. */
  tables: string[];
}

export interface SurveyOptions {
  usedRange?: boolean;
  tables?: boolean;
  /** Extra loads or writes queued with the first sync. */
  first?: () => void;
  /** Extra loads queued with the second sync, per sheet. */
  perSheet?: (sheet: Excel.Worksheet, name: string) => void;
}

export async function surveySheets(context: Excel.RequestContext, options: SurveyOptions = {}): Promise<SurveyedSheet[]> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/visibility,items/protection/protected");
  options.first?.();
  await context.sync();

  const probes = collection.items.map((sheet) => {
    const name = sheet.name;
    const head = sheet.getRange("A1:A2").load("values");
    const used = options.usedRange ? sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount,rowHidden") : null;
    const tables = options.tables ? sheet.tables.load("items/name") : null;
    options.perSheet?.(sheet, name);
    return { sheet, name, head, used, tables };
  });
  await context.sync();

  return probes.map(({ sheet, name, head, used, tables }) => {
    const a1: unknown = head.values[0]?.[0];
    const a2: unknown = head.values[1]?.[0];
    const ours = isOurMarker(a2);
    return {
      name,
      visible: sheet.visibility === "Visible",
      protected: sheet.protection.protected,
      ours,
      highlights: ours && a1 === HIGHLIGHTS_TITLE,
      history: ours && isHistorySheet([[a1 as CellValue], [a2 as CellValue]]),
      sheet,
      used:
        used && !used.isNullObject && used.rowCount > 0 && used.columnCount > 0
          ? { rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount, rowHidden: used.rowHidden }
          : null,
      tables: tables ? tables.items.map((t) => t.name) : [],
    };
  });
}
