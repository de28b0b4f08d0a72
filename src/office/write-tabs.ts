// Writes (or rebuilds) the generated tabs in the open workbook. Each tab is built in full under a temporary name;
// only then are our old tabs deleted and the new ones renamed, so a write Excel refuses part-way leaves no half-built
// tab. Requests are packed up to a size budget, so the number of syncs grows only with the bytes to send.
import type { TabSpec, TabTable } from "../domain/tabs/tab-spec.js";
import { tabName } from "../domain/tabs/tab-names.js";
import { PAYLOAD_BUDGET } from "./payload.js";
import { protectedWorkbookProblem, readOnlyProblem, toWorkbookProblem } from "./problems.js";
import { applyOps, applyPrint, planPrint, planTab, type WritePiece } from "./render-tab.js";
import type { Capabilities } from "./requirements.js";
import { surveySheets } from "./survey.js";
import { Batcher } from "./batcher.js";
import type { Progress } from "./workbook-session.js";

const ACTION = "write the report tabs";
const MAX_SHEET_NAME = 31;

/** `base`, or `base 2`, `base 3`... cut to Excel's sheet-name length: the first name `taken` says is free. */
export function freeName(base: string, taken: (n: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; ; i++) {
    const suffix = ` ${i}`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken(candidate)) return candidate;
  }
}

function freeTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** The user's calculation mode, kept across attempts so a retry never takes our "Manual" for theirs. */
export interface CalcState {
  /** The mode the user had when we first looked, or null before that (or where the host cannot set it). */
  user: string | null;
  /** We switched to manual and have not yet switched back. */
  pending: boolean;
}

/**
 * The whole write in one Excel.run: survey (2 syncs), the tabs (as many syncs as the payload needs), then delete,
 * rename and restore the calculation mode (1 sync), and print setup (1 sync, where the host has page layout).
 */
export async function writeReportTabs(
  context: Excel.RequestContext,
  caps: Capabilities,
  specs: readonly TabSpec[],
  progress: Progress | undefined,
  calc: CalcState,
  budget = PAYLOAD_BUDGET,
): Promise<string[]> {
  const workbook = context.workbook;
  const app = workbook.application;
  const structure = workbook.protection;
  const surveyed = await surveySheets(context, {
    tables: true,
    first: () => {
      structure.load("protected");
      if (caps.readOnlyFlag) workbook.load("readOnly");
      if (caps.calculationMode) app.load("calculationMode");
    },
  });
  if (caps.readOnlyFlag && workbook.readOnly) throw readOnlyProblem(ACTION);
  if (structure.protected) throw protectedWorkbookProblem(ACTION);

  // Our report tabs from an earlier run are replaced; the highlights list and every user sheet stay.
  const replaced = surveyed.filter((s) => s.ours && !s.highlights);
  const kept = surveyed.filter((s) => !(s.ours && !s.highlights));
  const existing = kept.map((s) => ({ name: s.name, ours: false }));
  const finalNames: string[] = [];
  for (const spec of specs) {
    const name = tabName(spec.name, existing);
    finalNames.push(name);
    existing.push({ name, ours: false });
  }
  const allNames = new Set([...surveyed.map((s) => s.name.toLowerCase()), ...finalNames.map((n) => n.toLowerCase())]);
  const tempNames = specs.map((_, i) => {
    const n = freeName(`PRA building ${i + 1}`, (x) => allNames.has(x.toLowerCase()));
    allNames.add(n.toLowerCase());
    return n;
  });

  // Table names are unique in the workbook: build under a temporary name while the old tab still has the real one.
  const userTables = new Set(kept.flatMap((s) => s.tables.map((t) => t.toLowerCase())));
  const everyTable = new Set(surveyed.flatMap((s) => s.tables.map((t) => t.toLowerCase())));
  const renames: { temp: string; final: string }[] = [];
  const plans: WritePiece[][] = specs.map((spec) =>
    planTab(spec, {
      budget,
      autoFilter: caps.autoFilter,
      validations: caps.dataValidation,
      tableName: (t: TabTable) => {
        const final = freeTableName(t.name, userTables);
        const temp = freeTableName(`${final}_new`, everyTable);
        renames.push({ temp, final });
        return temp;
      },
    }),
  );

  const total = plans.reduce((n, p) => n + p.length, 0) + 1;
  let done = 0;
  const batcher = new Batcher(context, budget, caps.screenUpdating);
  const created: Excel.Worksheet[] = [];
  try {
    if (caps.calculationMode) {
      calc.user ??= app.calculationMode;
      if (calc.user !== "Manual") {
        calc.pending = true;
        await batcher.add(64, () => {
          app.calculationMode = "Manual";
        });
      }
    }
    for (let i = 0; i < specs.length; i++) {
      let sheet: Excel.Worksheet | null = null;
      for (const piece of plans[i]!) {
        const before = batcher.syncs;
        await batcher.add(piece.bytes + 256, () => {
          if (!sheet) {
            sheet = workbook.worksheets.add(tempNames[i]!);
            created.push(sheet);
          }
          applyOps(sheet, piece.ops);
        });
        done++;
        if (batcher.syncs > before) progress?.(done, total, `Writing ${specs[i]!.name}`);
      }
      if (!sheet) {
        await batcher.add(256, () => {
          created.push(workbook.worksheets.add(tempNames[i]!));
        });
      }
    }
    // Every new tab is complete: now replace the old ones.
    await batcher.add(1024, () => {
      for (const old of replaced) old.sheet.delete();
      created.forEach((sheet, i) => {
        sheet.name = finalNames[i]!;
      });
      for (const r of renames) if (r.temp !== r.final) workbook.tables.getItem(r.temp).name = r.final;
      if (calc.pending) app.calculationMode = calc.user as Excel.CalculationMode;
    });
    await batcher.flush();
    calc.pending = false;
    progress?.(total, total, "Tabs written");
  } catch (e) {
    await cleanUp(context, tempNames, calc);
    throw toWorkbookProblem(e, { action: ACTION });
  }

  // Print setup is a nicety: where the host has page layout, and never a reason to fail the write.
  if (caps.pageLayout) {
    const setups = specs.map(planPrint);
    if (setups.some(Boolean)) {
      try {
        setups.forEach((setup, i) => {
          if (setup) applyPrint(workbook.worksheets.getItem(finalNames[i]!), setup);
        });
        await context.sync();
      } catch {
        // Leave Excel's default print setup.
      }
    }
  }
  return finalNames;
}

/** After a refused write: delete whatever temporary sheets exist and give the user back their calculation mode. */
async function cleanUp(context: Excel.RequestContext, tempNames: readonly string[], calc: CalcState): Promise<void> {
  try {
    const probes = tempNames.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("name"));
    await context.sync();
    for (const p of probes) if (!p.isNullObject) p.delete();
    if (calc.pending) context.workbook.application.calculationMode = calc.user as Excel.CalculationMode;
    await context.sync();
    calc.pending = false;
  } catch {
    // The caller tries the calculation mode again in a fresh request.
  }
}
