import type ExcelJS from "exceljs";
import { isOurMarker } from "../domain/tabs/tab-spec.js";
import { toCellValue } from "./cell-value.js";

/** A sheet is ours when it carries our marker in A2, whatever its name. */
export function isOurTab(ws: ExcelJS.Worksheet): boolean {
  return isOurMarker(toCellValue(ws.getCell("A2").value));
}

export { isOurMarker };
