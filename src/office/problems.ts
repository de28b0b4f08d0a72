// Office errors turned into one plain-English sentence saying what to do.
import { WorkbookProblem, type ProblemKind } from "./workbook-session.js";

/** What the add-in was doing, for the message: "write the report tabs", "highlight rows on \"Register\"". */
export interface ProblemContext {
  action: string;
  /** The sheet the action was about, when there is one. */
  sheet?: string;
}

/** The `code` of an Office error (OfficeExtension.Error), or undefined for anything else. */
export function officeErrorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && code !== "") return code;
  const inner = (e as { debugInfo?: { code?: unknown } }).debugInfo?.code;
  return typeof inner === "string" && inner !== "" ? inner : undefined;
}

const quoted = (sheet: string) => `"${sheet}"`;

export function protectedSheetProblem(sheet: string, action: string): WorkbookProblem {
  return new WorkbookProblem(
    `The sheet ${quoted(sheet)} is protected, so the add-in cannot ${action}: unprotect it (Review › Unprotect Sheet) and try again.`,
    "protected",
  );
}

export function protectedWorkbookProblem(action: string): WorkbookProblem {
  return new WorkbookProblem(
    `The workbook's structure is protected, so the add-in cannot ${action}: unprotect it (Review › Protect Workbook) and try again.`,
    "protected",
  );
}

export function readOnlyProblem(action: string): WorkbookProblem {
  return new WorkbookProblem(
    `This workbook is open read-only, so the add-in cannot ${action}: open an editable copy (or ask for edit access) and try again.`,
    "readOnly",
  );
}

export function missingSheetProblem(sheet: string): WorkbookProblem {
  return new WorkbookProblem(
    `There is no sheet called ${quoted(sheet)} in this workbook any more: check the sheet's name, or run the check again.`,
    "refused",
  );
}

export function tooOldProblem(): WorkbookProblem {
  return new WorkbookProblem(
    "This version of Excel is too old for the add-in (it needs Excel 2019, Microsoft 365 or Excel on the web): update Office or open the workbook in Excel on the web.",
    "unsupported",
  );
}

const MESSAGES: Record<string, { kind: ProblemKind; text: (c: ProblemContext) => string }> = {
  AccessDenied: {
    kind: "protected",
    text: (c) =>
      c.sheet
        ? `Excel would not let the add-in ${c.action}: the sheet ${quoted(c.sheet)} or the workbook is protected, read-only or shared; unprotect it (Review › Unprotect Sheet), or open an editable copy, and try again.`
        : `Excel would not let the add-in ${c.action}: the workbook is protected, read-only or shared; unprotect it (Review tab), or open an editable copy, and try again.`,
  },
  InsufficientPermissions: {
    kind: "readOnly",
    text: (c) => `You do not have permission to change this workbook, so the add-in cannot ${c.action}: ask its owner for edit access, or save a copy you can edit, and try again.`,
  },
  InvalidOperation: {
    kind: "refused",
    text: (c) =>
      `Excel refused to let the add-in ${c.action}, which usually means the workbook is shared or protected${c.sheet ? ` or ${quoted(c.sheet)} is protected` : ""}: turn off sharing and protection (Review tab) and try again.`,
  },
  ItemAlreadyExists: {
    kind: "refused",
    text: (c) =>
      `Excel refused to let the add-in ${c.action} because a sheet, table or name it uses already exists: rename or remove anything whose name starts with "PRA" and try again.`,
  },
  ItemNotFound: {
    kind: "refused",
    text: (c) => `A sheet the add-in was using${c.sheet ? ` (${quoted(c.sheet)})` : ""} was renamed or deleted while it tried to ${c.action}: run the check again.`,
  },
  RequestPayloadSizeLimitExceeded: {
    kind: "tooLarge",
    text: (c) => `This is more than Excel on the web will accept in one go, so the add-in could not ${c.action}: try Excel for Windows or Mac, or split the register into smaller sheets.`,
  },
  ResponsePayloadSizeLimitExceeded: {
    kind: "tooLarge",
    text: (c) => `This is more than Excel on the web will send in one go, so the add-in could not ${c.action}: try Excel for Windows or Mac, or split the register into smaller sheets.`,
  },
  Conflict: {
    kind: "busy",
    text: (c) => `Someone else changed the workbook at the same time, so the add-in could not ${c.action}: wait a moment and try again.`,
  },
  ActivityLimitReached: {
    kind: "busy",
    text: (c) => `Excel is busy with too many requests, so the add-in could not ${c.action}: wait a minute and try again.`,
  },
  RequestAborted: {
    kind: "busy",
    text: (c) => `Excel stopped the request before the add-in could ${c.action}: wait a moment and try again.`,
  },
  InvalidOperationInCellEditMode: {
    kind: "busy",
    text: (c) => `Excel is waiting for you to finish editing a cell, so the add-in could not ${c.action}: press Enter or Esc and try again.`,
  },
  UnsupportedOperation: {
    kind: "unsupported",
    text: (c) => `This version of Excel cannot let the add-in ${c.action}: update Office, or open the workbook in Excel on the web, and try again.`,
  },
  ApiNotFound: {
    kind: "unsupported",
    text: (c) => `This version of Excel cannot let the add-in ${c.action}: update Office, or open the workbook in Excel on the web, and try again.`,
  },
  NotImplemented: {
    kind: "unsupported",
    text: (c) => `This version of Excel cannot let the add-in ${c.action}: update Office, or open the workbook in Excel on the web, and try again.`,
  },
  UnsupportedFeature: {
    kind: "unsupported",
    text: (c) => `This version of Excel cannot let the add-in ${c.action}: update Office, or open the workbook in Excel on the web, and try again.`,
  },
};

/** Any error from a workbook operation as a WorkbookProblem (a WorkbookProblem passes through unchanged). */
export function toWorkbookProblem(e: unknown, context: ProblemContext): WorkbookProblem {
  if (e instanceof WorkbookProblem) return e;
  const code = officeErrorCode(e);
  const known = code ? MESSAGES[code] : undefined;
  if (known) return new WorkbookProblem(known.text(context), known.kind);
  const detail = code ?? (e instanceof Error && e.message ? e.message : "no reason given");
  return new WorkbookProblem(
    `Excel could not let the add-in ${context.action} (${detail}): try again, and if it keeps happening save, close and reopen the workbook.`,
    "unknown",
  );
}
