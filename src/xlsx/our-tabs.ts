import type ExcelJS from "exceljs";
import type { CellValue } from "../domain/model.js";
import { TAB_MARKER } from "../domain/tabs/tab-spec.js";
import { toCellValue } from "./cell-value.js";

/** A sheet is ours when it carries our marker in A2, whatever its name. */
export function isOurTab(ws: ExcelJS.Worksheet): boolean {
  return isOurMarker(toCellValue(ws.getCell("A2").value));
}

/** Whether cell A2 holds our marker. */
export function isOurMarker(a2: CellValue | undefined): boolean {
  return typeof a2 === "string" && a2.startsWith(TAB_MARKER);
}
