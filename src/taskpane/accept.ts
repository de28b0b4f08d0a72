// Accepting a finding as an exception, as plain logic: which findings can be accepted, the form's defaults, its
// plain-English validation, and the row it becomes on the Accepted exceptions sheet.
import type { AcceptedException, Finding, IsoDate, Report } from "../domain/model.js";
import { addMonths, compareIso, formatUkDate, isIsoDate } from "../domain/register/calendar.js";
import { MAX_CELL_TEXT } from "../domain/safe-text.js";
import type { ExceptionRow } from "../office/workbook-session.js";

/** What the user types into the Accept form. `until` is the date input's value: "YYYY-MM-DD", or "" when blank. */
export interface AcceptForm {
  reason: string;
  by: string;
  until: string;
}

export type AcceptErrors = Partial<Record<keyof AcceptForm, string>>;

/** How long an exception runs unless the user says otherwise. */
export const DEFAULT_MONTHS = 3;

/**
 * Whether the pane offers "Accept…" on a finding: an open finding on a register row that names its partnership (by
 * ref or name, as the Accepted exceptions sheet must). Register-wide findings, and findings about the exceptions
 * sheet itself, are put right rather than accepted.
 */
export function canAccept(report: Report, f: Finding): boolean {
  const register = report.register?.sheet;
  return f.status !== "accepted" && register !== undefined && f.sheet === register && f.row !== null && Boolean(f.ref || f.partnership);
}

/** Three months after the check date (the end of a shorter month where the day does not exist). */
export function defaultUntil(checkDate: IsoDate): IsoDate {
  return addMonths(checkDate, DEFAULT_MONTHS);
}

export function newAcceptForm(checkDate: IsoDate, by: string | null): AcceptForm {
  return { reason: "", by: by ?? "", until: defaultUntil(checkDate) };
}

/** What is wrong with the form, field by field, each saying what to do; empty when it can be saved. */
export function validateAcceptance(form: AcceptForm, checkDate: IsoDate): AcceptErrors {
  const errors: AcceptErrors = {};
  const reason = form.reason.trim();
  if (reason === "") errors.reason = "Say why this finding is accepted: anyone reviewing the exception will read this.";
  else if (reason.length > MAX_CELL_TEXT) errors.reason = `Shorten the reason to ${MAX_CELL_TEXT.toLocaleString("en-GB")} characters or fewer (the most an Excel cell holds).`;
  const by = form.by.trim();
  if (by === "") errors.by = "Enter the name of the officer who accepts this finding.";
  else if (by.length > 255) errors.by = "Shorten the name to 255 characters or fewer.";
  const until = form.until.trim();
  if (until === "" || !isIsoDate(until)) {
    errors.until = `Enter the last day the exception applies, for example ${slashed(defaultUntil(checkDate))}.`;
  } else if (compareIso(until, checkDate) < 0) {
    errors.until = `This date is before the check date (${formatUkDate(checkDate)}), so the exception would already have expired: choose a later date.`;
  }
  return errors;
}

/** "28/02/2027": a date as the user types it. */
function slashed(iso: IsoDate): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export function hasErrors(errors: AcceptErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The row the form becomes on the Accepted exceptions sheet (call only once the form is valid). */
export function exceptionRowFor(f: Finding, form: AcceptForm): ExceptionRow {
  return { rule: f.rule, ref: f.ref, partnership: f.partnership, reason: form.reason.trim(), by: form.by.trim(), until: form.until.trim() };
}

/** "Accepted by J Smith until 28 February 2027" (or "with no end date"). */
export function acceptedBy(e: AcceptedException): string {
  const by = e.by.trim() ? `Accepted by ${e.by.trim()}` : "Accepted";
  return `${by} ${e.until ? `until ${formatUkDate(e.until)}` : "with no end date"}`;
}

/** The open findings and the accepted ones, kept apart: only open findings count. */
export function splitAccepted(findings: readonly Finding[]): { open: Finding[]; accepted: Finding[] } {
  const open: Finding[] = [];
  const accepted: Finding[] = [];
  for (const f of findings) (f.status === "accepted" ? accepted : open).push(f);
  return { open, accepted };
}
