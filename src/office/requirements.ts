// Which Office.js requirement sets the add-in needs, and which newer ones it uses only when the host has them.
// Exported as data so a manifest test can compare the manifest's <Requirements> with what the code does.

/** Office 2019 volume-licensed builds stop at ExcelApi 1.7: everything the add-in must have is in 1.1-1.7. */
export const MIN_EXCEL_API = "1.7";

/** What the minimum set gives us, by the API set that introduced it (for the record, and for the manifest test). */
export const REQUIRED_FEATURES = [
  { set: "ExcelApi", version: "1.1", for: "reading values, writing values and formats, tables, reading the calculation mode" },
  { set: "ExcelApi", version: "1.2", for: "column widths, merged cells, knowing whether a used range has hidden rows" },
  { set: "ExcelApi", version: "1.4", for: "the used range of values only, workbook names for highlighted rows" },
  { set: "ExcelApi", version: "1.6", for: "conditional formats that highlight register rows" },
  { set: "ExcelApi", version: "1.7", for: "frozen header rows, knowing whether the workbook's structure is protected" },
] as const;

export type OptionalFeature = "calculationMode" | "readOnlyFlag" | "dataValidation" | "screenUpdating" | "pageLayout" | "autoFilter" | "visibleCells";

/** Newer sets the add-in feature-detects with `isSetSupported`; without them it does less, never fails. */
export const OPTIONAL_FEATURES: readonly { feature: OptionalFeature; set: "ExcelApi"; version: string; for: string }[] = [
  { feature: "calculationMode", set: "ExcelApi", version: "1.8", for: "switching calculation to manual while writing the tabs, and back to the user's mode" },
  { feature: "readOnlyFlag", set: "ExcelApi", version: "1.8", for: "saying up front that a read-only workbook cannot be written to" },
  { feature: "dataValidation", set: "ExcelApi", version: "1.8", for: "the 1-5 dropdowns on the Evaluation sheet's rating cells" },
  { feature: "screenUpdating", set: "ExcelApi", version: "1.9", for: "suspending screen updating while the tabs are written" },
  { feature: "pageLayout", set: "ExcelApi", version: "1.9", for: "print setup of the tabs (orientation, A4, fit to width, repeated title rows)" },
  { feature: "autoFilter", set: "ExcelApi", version: "1.9", for: "filter buttons on a list with no rows (a table needs at least one)" },
  { feature: "visibleCells", set: "ExcelApi", version: "1.9", for: "noting which register rows are hidden" },
];

export type Capabilities = Record<OptionalFeature, boolean>;

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

function supported(isSetSupported: IsSetSupported, set: string, version: string): boolean {
  try {
    return isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** Whether the host has the minimum set at all (the manifest should stop older hosts loading the add-in). */
export function hasMinimum(isSetSupported: IsSetSupported): boolean {
  return supported(isSetSupported, "ExcelApi", MIN_EXCEL_API);
}

/** What this host can do beyond the minimum. */
export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const caps = {} as Capabilities;
  for (const f of OPTIONAL_FEATURES) caps[f.feature] = supported(isSetSupported, f.set, f.version);
  return caps;
}
