// The Office.js adapter: the WorkbookSession the task pane uses, over `Excel.run` and `Office.context`, which are
// passed in (the pane passes the real ones, tests a recording fake).
import type { Grid } from "../domain/model.js";
import type { TabSpec } from "../domain/tabs/tab-spec.js";
import { writeUserSheet } from "./evaluation-sheet.js";
import { writeException } from "./exceptions-sheet.js";
import { clearAllHighlights, highlightRows } from "./highlight.js";
import { missingSheetProblem, officeErrorCode, toWorkbookProblem, tooOldProblem } from "./problems.js";
import { readAllGrids } from "./read-grids.js";
import { detectCapabilities, hasMinimum, type Capabilities } from "./requirements.js";
import { PAYLOAD_BUDGET } from "./payload.js";
import { loadChoices, loadProfiles, saveChoices, type SettingsStore } from "./settings.js";
import { surveySheets } from "./survey.js";
import { WorkbookProblem, type AppendedException, type ExceptionRow, type HighlightRow, type Progress, type SheetInfo, type StoredChoices, type StoredProfile, type WorkbookSession } from "./workbook-session.js";
import { writeReportTabs, type CalcState } from "./write-tabs.js";

/**
 * A write sized to PAYLOAD_BUDGET, tried once more in requests a quarter the size when the host still found them
 * too large (our estimate ran low for it). A failed write keeps nothing, so trying again is safe.
 */
async function withSmallerRetry<T>(write: (budget: number) => Promise<T>): Promise<T> {
  try {
    return await write(PAYLOAD_BUDGET);
  } catch (e) {
    if (!(e instanceof WorkbookProblem) || e.kind !== "tooLarge") throw e;
    return await write(PAYLOAD_BUDGET / 4);
  }
}

/** `Excel.run` in its plain form: one batch function given a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The parts of `Office.context` the adapter uses. */
export interface OfficeHost {
  document: { settings: SettingsStore };
  requirements: { isSetSupported(name: string, minVersion?: string): boolean };
}

/**
 * The session over the open workbook. In the pane, after `Office.onReady`:
 * `createExcelSession(Excel.run, Office.context)`.
 */
export function createExcelSession(run: ExcelRun, office: OfficeHost): WorkbookSession {
  const isSetSupported = (name: string, version?: string) => office.requirements.isSetSupported(name, version);
  const settings = () => office.document.settings;

  function capabilities(): Capabilities {
    if (!hasMinimum(isSetSupported)) throw tooOldProblem();
    return detectCapabilities(isSetSupported);
  }

  async function attempt<T>(action: string, batch: (context: Excel.RequestContext, caps: Capabilities) => Promise<T>): Promise<T> {
    const caps = capabilities();
    try {
      return await run((context) => batch(context, caps));
    } catch (e) {
      throw toWorkbookProblem(e, { action });
    }
  }

  return {
    sheets(): Promise<SheetInfo[]> {
      return attempt("read the list of sheets", async (context) =>
        (await surveySheets(context)).map((s) => ({ name: s.name, ours: s.ours, protected: s.protected, visible: s.visible })),
      );
    },

    readGrids(progress?: Progress): Promise<Grid[]> {
      return attempt("read the workbook", (context, caps) => readAllGrids(context, caps, progress));
    },

    async writeTabs(specs: readonly TabSpec[], progress?: Progress): Promise<string[]> {
      const calc: CalcState = { user: null, pending: false };
      const write = (budget: number) =>
        attempt("write the report tabs", (context, caps) => writeReportTabs(context, caps, specs, progress, calc, budget));
      try {
        return await withSmallerRetry(write);
      } finally {
        // However the write ended, the user gets their calculation mode back.
        if (calc.pending && calc.user) {
          const user = calc.user as Excel.CalculationMode;
          await run(async (context) => {
            context.workbook.application.calculationMode = user;
            await context.sync();
          }).catch(() => undefined);
        }
      }
    },

    addUserSheet(spec: TabSpec, progress?: Progress): Promise<string> {
      const write = (budget: number) => attempt(`add the ${spec.name} sheet`, (context, caps) => writeUserSheet(context, caps, spec, progress, budget));
      return withSmallerRetry(write);
    },

    appendException(row: ExceptionRow): Promise<AppendedException> {
      return attempt("record the accepted exception", (context, caps) => writeException(context, caps, row));
    },

    highlight(sheet: string, firstColumn: number, lastColumn: number, rows: readonly HighlightRow[]): Promise<void> {
      return attempt(`highlight rows on "${sheet}"`, (context, caps) => highlightRows(context, caps, sheet, firstColumn, lastColumn, rows));
    },

    clearHighlights(): Promise<void> {
      return attempt("clear the highlights", (context, caps) => clearAllHighlights(context, caps));
    },

    async select(sheet: string, address: string): Promise<void> {
      capabilities();
      try {
        await run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(address).select();
          await context.sync();
        });
      } catch (e) {
        if (officeErrorCode(e) === "ItemNotFound") throw missingSheetProblem(sheet);
        throw toWorkbookProblem(e, { action: `select ${address} on "${sheet}"`, sheet });
      }
    },

    loadChoices(): StoredChoices {
      return loadChoices(settings());
    },

    saveChoices(choices: StoredChoices): Promise<void> {
      return saveChoices(settings(), choices);
    },

    storedProfiles(): StoredProfile[] {
      return loadProfiles(settings());
    },
  };
}
