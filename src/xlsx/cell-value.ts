import type ExcelJS from "exceljs";
import type { CellValue } from "../domain/model.js";

/** An exceljs cell reduced to the plain value the engine reads: formulas give their cached result, rich text its text. */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return null;
  if ("error" in value) return { error: String(value.error) };
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? "").join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? null : toCellValue(result);
  }
  if ("hyperlink" in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
    return typeof text === "string" ? text : toCellValue(text as ExcelJS.CellValue);
  }
  return null;
}
