// Every failure the pane shows is one plain-English message saying what to do: never a stack or an Excel code.
import { FIELDS, type Field, type Report } from "../domain/model.js";
import { fieldName } from "./labels.js";
import { WorkbookProblem, type ProblemKind } from "../office/workbook-session.js";

export type ProblemIntent = "error" | "warning" | "info" | "success";

export interface Problem {
  intent: ProblemIntent;
  title: string;
  text: string;
}

const TITLES: Record<ProblemKind, string> = {
  protected: "The sheet is protected",
  readOnly: "The workbook is read-only",
  refused: "Excel did not make the change",
  busy: "Excel is busy",
  tooLarge: "The workbook is too large",
  unsupported: "This version of Excel cannot do that",
  unknown: "Excel could not do that",
};

/** What the pane was doing, as the end of "The add-in could not …". */
export type Doing =
  | "read the workbook"
  | "write the report tabs"
  | "highlight the register rows"
  | "clear the highlights"
  | "go to that cell"
  | "record the accepted exception"
  | "add the Evaluation sheet"
  | "save your choices in the workbook";

function isWorkbookProblem(e: unknown): e is WorkbookProblem {
  if (e instanceof WorkbookProblem) return true;
  // The adapter's class, should it ever reach us from another copy of the module.
  if (!(e instanceof Error) || e.constructor?.name !== "WorkbookProblem") return false;
  const kind: unknown = (e as unknown as Record<string, unknown>).kind;
  return typeof kind === "string" && kind in TITLES;
}

/** The one message to show for an error thrown while doing something. */
export function problemFrom(e: unknown, doing: Doing): Problem {
  if (isWorkbookProblem(e)) {
    return { intent: e.kind === "busy" ? "warning" : "error", title: TITLES[e.kind] ?? TITLES.unknown, text: e.message };
  }
  return {
    intent: "error",
    title: "Something went wrong",
    text:
      `The add-in could not ${doing}. Try again; if it still does not work, close the pane and open it again ` +
      `with Check register on the Home tab.`,
  };
}

/** The engine's messages are written for the command line; in the pane the user picks the sheet from a list. */
export function forThePane(message: string): string {
  return message
    .replace(/Check the file, or name the sheet with --sheet\.?/, "Pick the register sheet above, or check that the header row names its columns.")
    .replace(/Check the --sheet name\.?/, "Pick the register sheet above.")
    .replace(/--sheet/g, "the Register sheet list")
    .replace(/set the mapping in your profile/g, "choose this column's field here")
    .replace(/map only one column to "([^"]+)" in your profile/g, 'choose "$1" for only one column')
    .replace(/map an existing column to "(\w+)" in your profile's "columns"/g, (whole, field: string) =>
      (FIELDS as readonly string[]).includes(field) ? `choose "${fieldName(field as Field)}" for an existing column under Columns above` : whole,
    );
}

/** When no register was found: the header-not-found finding's message, made to fit the pane. */
export function noRegisterProblem(report: Report): Problem | null {
  if (report.register) return null;
  const finding = report.findings.find((f) => f.rule === "header-not-found") ?? report.findings[0];
  return {
    intent: "warning",
    title: "No register found",
    text: forThePane(finding?.message ?? "No sheet has a header row that looks like a partnership register."),
  };
}
