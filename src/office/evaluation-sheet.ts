// Inserts the partners' self-assessment template (the Evaluation sheet) into the open workbook. Unlike the report
// tabs it belongs to the user once written: it carries no marker, so no later check replaces or removes it, and it
// is never written over a sheet that already has its name.
import { evaluationTemplate } from "../domain/evaluation/evaluation-template.js";
import type { Report } from "../domain/model.js";
import type { TabSpec } from "../domain/tabs/tab-spec.js";
import { Batcher } from "./batcher.js";
import { PAYLOAD_BUDGET } from "./payload.js";
import { protectedWorkbookProblem, readOnlyProblem, toWorkbookProblem } from "./problems.js";
import { applyOps, planTab } from "./render-tab.js";
import type { Capabilities } from "./requirements.js";
import { surveySheets } from "./survey.js";
import { WorkbookProblem, type Progress, type WorkbookSession } from "./workbook-session.js";
import { removeSheet } from "./remove-sheet.js";
import { freeName } from "./write-tabs.js";

const ACTION = "add the Evaluation sheet";

/** Why a sheet of that name stops the insert, in one sentence saying what to do. */
export function sheetExistsMessage(name: string): string {
  return (
    `The workbook already has a sheet called "${name}", so no new one was added (yours is never written over): ` +
    `fill in that sheet, or rename it first if you want a fresh, blank one.`
  );
}

/**
 * Adds `spec` as a sheet of the user's (no marker), in one Excel.run: survey (2 syncs), the sheet built under a
 * temporary name (as many syncs as its payload needs), then renamed (1 sync). Refuses with a WorkbookProblem when
 * a sheet of that name exists; a write Excel refuses part-way removes the half-built sheet. Dropdowns are left out
 * where the host has no data validation (ExcelApi 1.8).
 */
export async function writeUserSheet(
  context: Excel.RequestContext,
  caps: Capabilities,
  spec: TabSpec,
  progress?: Progress,
  budget = PAYLOAD_BUDGET,
): Promise<string> {
  const workbook = context.workbook;
  const structure = workbook.protection;
  const surveyed = await surveySheets(context, {
    first: () => {
      structure.load("protected");
      if (caps.readOnlyFlag) workbook.load("readOnly");
    },
  });
  if (surveyed.some((s) => s.name.toLowerCase() === spec.name.toLowerCase())) throw new WorkbookProblem(sheetExistsMessage(spec.name), "refused");
  if (caps.readOnlyFlag && workbook.readOnly) throw readOnlyProblem(ACTION);
  if (structure.protected) throw protectedWorkbookProblem(ACTION);

  const taken = new Set(surveyed.map((s) => s.name.toLowerCase()));
  const temp = freeName("PRA building evaluation", (n) => taken.has(n.toLowerCase()));
  const pieces = planTab(spec, { budget, autoFilter: caps.autoFilter, validations: caps.dataValidation, tableName: (t) => t.name });

  const batcher = new Batcher(context, budget, caps.screenUpdating);
  let sheet: Excel.Worksheet | null = null;
  try {
    let done = 0;
    for (const piece of pieces) {
      await batcher.add(piece.bytes + 256, () => {
        sheet ??= workbook.worksheets.add(temp);
        applyOps(sheet, piece.ops);
      });
      progress?.(++done, pieces.length + 1, `Writing ${spec.name}`);
    }
    await batcher.add(256, () => {
      sheet ??= workbook.worksheets.add(temp);
      sheet.name = spec.name;
      sheet.activate();
    });
    await batcher.flush();
    progress?.(pieces.length + 1, pieces.length + 1, `${spec.name} added`);
    return spec.name;
  } catch (e) {
    await removeSheet(context, temp);
    throw toWorkbookProblem(e, { action: ACTION });
  }
}


export type EvaluationInsert = { ok: true; sheet: string } | { ok: false; message: string };

/**
 * The pane's "Add Evaluation sheet": the template for `report` (one row per partnership that gets a scorecard, with
 * 1-5 dropdowns), added as a sheet of the user's. Never throws: a sheet called "Evaluation" already there, or any
 * refusal from Excel, comes back as one plain-English message.
 */
export async function insertEvaluationSheet(session: WorkbookSession, report: Report, progress?: Progress): Promise<EvaluationInsert> {
  try {
    const sheet = await session.addUserSheet(evaluationTemplate(report), progress);
    return { ok: true, sheet };
  } catch (e) {
    return { ok: false, message: toWorkbookProblem(e, { action: ACTION }).message };
  }
}
