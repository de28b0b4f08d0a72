// Words the pane shows, kept in one place.
import type { Field, Finding, IsoDate, Severity } from "../domain/model.js";
import { fieldLabel } from "../domain/register/match-header.js";

/** "sponsoringOfficer" -> "Sponsoring officer". */
export function fieldName(field: Field): string {
  const label = fieldLabel(field);
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export const SEVERITY_LABEL: Record<Severity, { one: string; many: string }> = {
  error: { one: "Error", many: "Errors" },
  warning: { one: "Warning", many: "Warnings" },
  info: { one: "For information", many: "For information" },
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Today's date where the user is (not UTC), as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Where a finding points, in words: "Row 12, column V (Exit strategy)". */
export function findingPlace(f: Finding): string {
  const parts: string[] = [];
  if (f.row !== null) parts.push(`Row ${f.row}`);
  if (f.column) parts.push(f.row !== null ? `column ${f.column}` : `Column ${f.column}`);
  let place = parts.join(", ");
  if (f.field) place += `${place ? " " : ""}(${fieldName(f.field)})`;
  return place || "The register";
}
