// Highlighting register rows so that it can be removed completely, touching nothing else on the register:
// a hidden sheet of ours ("PRA highlights", with the marker) lists the flagged rows, two workbook names point at
// those lists, and ONE conditional format per severity on the register's rows tests ROW() against its list.
// Clearing removes exactly those conditional formats, the names and the hidden sheet.
import { TAB_MARKER } from "../domain/tabs/tab-spec.js";
import { tabName } from "../domain/tabs/tab-names.js";
import { quoteSheet, rangeAddress } from "./addresses.js";
import { jsonBytes, OP_OVERHEAD, PAYLOAD_BUDGET, splitBySize } from "./payload.js";
import { missingSheetProblem, protectedSheetProblem, protectedWorkbookProblem, readOnlyProblem, toWorkbookProblem } from "./problems.js";
import { FILL, TEXT_FORMAT } from "./render-tab.js";
import type { Capabilities } from "./requirements.js";
import { HIGHLIGHTS_TITLE, surveySheets, type SurveyedSheet } from "./survey.js";
import { Batcher } from "./batcher.js";
import type { HighlightRow } from "./workbook-session.js";

export const ERROR_ROWS_NAME = "PRA_ErrorRows";
export const WARNING_ROWS_NAME = "PRA_WarningRows";
const OUR_NAMES = [ERROR_ROWS_NAME, WARNING_ROWS_NAME];

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** First sheet row of the lists on the hidden sheet (rows 1-3: title, marker, headings). */
const FIRST_LIST_ROW = 4;

/**
 * True on a row whose number is in the named list. The lists are written in ascending order, so LOOKUP finds a row
 * by binary search (COUNTIF would scan the whole list for every visible cell on every repaint).
 */
export function highlightFormula(name: string): string {
  return `=IFERROR(LOOKUP(ROW(),${name})=ROW(),FALSE)`;
}

function isOurFormula(formula: unknown): boolean {
  if (typeof formula !== "string") return false;
  const f = formula.toUpperCase();
  return OUR_NAMES.some((n) => f.includes(n.toUpperCase()));
}

interface Found {
  surveyed: SurveyedSheet[];
  /** Our conditional formats, with the sheet each is on. */
  formats: { sheet: SurveyedSheet; format: Excel.ConditionalFormat }[];
  names: Excel.NamedItem[];
  structureProtected: boolean;
  readOnly: boolean;
}

/** Everything of ours that highlighting left: three syncs whatever the size of the register. */
async function findHighlights(context: Excel.RequestContext, caps: Capabilities): Promise<Found> {
  const workbook = context.workbook;
  const names = OUR_NAMES.map((n) => workbook.names.getItemOrNullObject(n));
  const structure = workbook.protection;
  const collections = new Map<string, Excel.ConditionalFormatCollection>();
  const surveyed = await surveySheets(context, {
    first: () => {
      for (const n of names) n.load("name");
      structure.load("protected");
      if (caps.readOnlyFlag) workbook.load("readOnly");
    },
    perSheet: (sheet, name) => {
      collections.set(name, sheet.getRange().conditionalFormats.load("items/type"));
    },
  });
  const custom: { sheet: SurveyedSheet; format: Excel.ConditionalFormat }[] = [];
  for (const s of surveyed) {
    if (s.ours) continue;
    for (const format of collections.get(s.name)?.items ?? []) {
      if (format.type === "Custom") {
        format.custom.rule.load("formula");
        custom.push({ sheet: s, format });
      }
    }
  }
  if (custom.length) await context.sync();
  return {
    surveyed,
    formats: custom.filter((c) => isOurFormula(c.format.custom.rule.formula)),
    names: names.filter((n) => !n.isNullObject),
    structureProtected: structure.protected,
    readOnly: caps.readOnlyFlag ? workbook.readOnly : false,
  };
}

function queueRemoval(found: Found): void {
  for (const { format } of found.formats) format.delete();
  for (const n of found.names) n.delete();
  for (const s of found.surveyed) if (s.highlights) s.sheet.delete();
}

function checkRemovable(found: Found, action: string): void {
  const blocked = found.formats.find((f) => f.sheet.protected);
  if (blocked) throw protectedSheetProblem(blocked.sheet.name, action);
  if (found.surveyed.some((s) => s.highlights) && found.structureProtected) throw protectedWorkbookProblem(action);
}

export async function clearAllHighlights(context: Excel.RequestContext, caps: Capabilities): Promise<void> {
  const action = "clear the highlights";
  try {
    const found = await findHighlights(context, caps);
    if (!found.formats.length && !found.names.length && !found.surveyed.some((s) => s.highlights)) return;
    if (found.readOnly) throw readOnlyProblem(action);
    checkRemovable(found, action);
    queueRemoval(found);
    await context.sync();
  } catch (e) {
    throw toWorkbookProblem(e, { action });
  }
}

export async function highlightRows(
  context: Excel.RequestContext,
  caps: Capabilities,
  sheetName: string,
  firstColumn: number,
  lastColumn: number,
  rows: readonly HighlightRow[],
): Promise<void> {
  const action = `highlight rows on "${sheetName}"`;
  const found = await findHighlights(context, caps).catch((e: unknown) => {
    throw toWorkbookProblem(e, { action, sheet: sheetName });
  });
  const target = found.surveyed.find((s) => s.name === sheetName) ?? found.surveyed.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (!target || target.ours) throw missingSheetProblem(sheetName);
  if (found.readOnly) throw readOnlyProblem(action);
  if (target.protected) throw protectedSheetProblem(target.name, "highlight its rows");
  if (found.structureProtected) throw protectedWorkbookProblem(action);
  checkRemovable(found, action);

  const valid = rows.filter((r) => Number.isInteger(r.row) && r.row >= 1 && r.row <= MAX_ROW);
  const errors = [...new Set(valid.filter((r) => r.severity === "error").map((r) => r.row))].sort((a, b) => a - b);
  const errorSet = new Set(errors);
  const warnings = [...new Set(valid.filter((r) => r.severity === "warning" && !errorSet.has(r.row)).map((r) => r.row))].sort((a, b) => a - b);
  const left = Math.max(0, Math.min(firstColumn, lastColumn));
  const right = Math.max(firstColumn, lastColumn, left);

  const batcher = new Batcher(context, PAYLOAD_BUDGET, caps.screenUpdating);
  let wrote = false;
  try {
    await batcher.add(1024, () => queueRemoval(found));
    if (errors.length === 0 && warnings.length === 0) {
      await batcher.flush();
      return;
    }
    wrote = true;
    const existing = found.surveyed.filter((s) => !s.highlights).map((s) => ({ name: s.name, ours: false }));
    const listName = tabName(HIGHLIGHTS_TITLE, existing);
    let list!: Excel.Worksheet;
    await batcher.add(2048, () => {
      list = context.workbook.worksheets.add(listName);
      list.getRange("A1:B3").numberFormat = [[TEXT_FORMAT]];
      list.getRange("A1:B3").values = [
        [HIGHLIGHTS_TITLE, ""],
        [`${TAB_MARKER} · rows highlighted on "${target.name}"; "Clear highlights" in the add-in removes them`, ""],
        ["Error rows", "Warning rows"],
      ];
    });
    for (const [column, list_] of [
      [0, errors],
      [1, warnings],
    ] as const) {
      const sizes = list_.map((r) => jsonBytes(r) + 3);
      for (const [start, end] of splitBySize(sizes, Math.floor(PAYLOAD_BUDGET * 0.8))) {
        const values = list_.slice(start, end).map((r) => [r]);
        const address = rangeAddress(FIRST_LIST_ROW - 1 + start, column, FIRST_LIST_ROW - 1 + end - 1, column);
        await batcher.add(sizes.slice(start, end).reduce((a, b) => a + b, 0) + OP_OVERHEAD, () => {
          list.getRange(address).values = values;
        });
      }
    }
    const top = Math.min(errors[0] ?? MAX_ROW, warnings[0] ?? MAX_ROW) - 1;
    const bottom = Math.max(errors[errors.length - 1] ?? 1, warnings[warnings.length - 1] ?? 1) - 1;
    const registerRange = rangeAddress(top, left, bottom, right);
    await batcher.add(4096, () => {
      list.visibility = "Hidden";
      const sheet = target.sheet;
      // Added at the top priority, so the error format (added last) wins over the warning one.
      for (const [name, values, fill, column] of [
        [WARNING_ROWS_NAME, warnings, FILL.warning!, "B"],
        [ERROR_ROWS_NAME, errors, FILL.error!, "A"],
      ] as const) {
        if (values.length === 0) continue;
        const last = FIRST_LIST_ROW + values.length - 1;
        context.workbook.names.add(name, `=${quoteSheet(listName)}!$${column}$${FIRST_LIST_ROW}:$${column}$${last}`);
        const format = sheet.getRange(registerRange).conditionalFormats.add("Custom");
        format.custom.rule.formula = highlightFormula(name);
        format.custom.format.fill.color = fill;
      }
    });
    await batcher.flush();
  } catch (e) {
    // Leave nothing half-done: take away whatever of ours got written.
    if (wrote) await clearAllHighlights(context, caps).catch(() => undefined);
    throw toWorkbookProblem(e, { action, sheet: target.name });
  }
}
