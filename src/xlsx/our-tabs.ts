import type ExcelJS from "exceljs";
import { TAB_MARKER } from "../domain/tabs/tab-spec.js";
import { toCellValue } from "./cell-value.js";

/** A sheet is ours when it carries our marker in A2, whatever its name. */
export function isOurTab(ws: ExcelJS.Worksheet): boolean {
  const v = toCellValue(ws.getCell("A2").value);
  return typeof v === "string" && v.startsWith(TAB_MARKER);
}
