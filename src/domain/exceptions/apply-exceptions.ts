// Applying the Accepted exceptions sheet to a check's findings. Pure: findings and the sheet in, findings out.

import type { ExceptionsSheet, Finding, IsoDate, Severity } from "../model.js";
import { compareIso, formatUkDate } from "../register/calendar.js";
import { ruleByCode } from "../rules/index.js";
import { safeText } from "../safe-text.js";
import type { ExceptionEntry, ExceptionsRead } from "./read-exceptions.js";
import { nameKey, refKey } from "../partnership-key.js";

/** What the profile says of a rule: whether it is on, and at what severity. */
export interface RuleSwitches {
  isOn(code: string): boolean;
  severityOf(code: string): Severity;
}

export interface Applied {
  /** Every finding, each with a status ("accepted" with its exception, else "open"), then the sheet's own findings. */
  findings: Finding[];
  /** What the sheet held, or null when the workbook has none. */
  exceptions: ExceptionsSheet | null;
}

/** An exception covers a finding of its rule on the partnership it names: by Ref where both have one, else by name. */
export function covers(e: Pick<ExceptionEntry, "rule" | "ref" | "partnership">, f: Finding): boolean {
  if (e.rule !== f.rule) return false;
  if (e.ref && f.ref) return refKey(e.ref) === refKey(f.ref);
  if (e.partnership && f.partnership) return nameKey(e.partnership) === nameKey(f.partnership);
  return false;
}

/** Whether an exception still applies on the check date: until its Until date, that day included. */
export function inDate(e: Pick<ExceptionEntry, "until">, today: IsoDate): boolean {
  return e.until === null || compareIso(e.until, today) >= 0;
}

/**
 * Marks each finding on the register that an in-date exception covers as accepted (with the exception's reason,
 * by and until), and every other finding as open. Adds, on the exceptions sheet's rows: `unreadable-value` for a
 * row that cannot be used, `exception-expired` for a row past its Until date (its finding stays open), and
 * `exception-unused` for a row in date that matches no finding. Findings off the register are never accepted.
 */
export function applyExceptions(
  findings: readonly Finding[],
  read: ExceptionsRead | null,
  registerSheet: string,
  today: IsoDate,
  rules: RuleSwitches,
): Applied {
  const open = (f: Finding): Finding => (f.status ? f : { ...f, status: "open" });
  if (!read) return { findings: findings.map(open), exceptions: null };

  const byRule = new Map<string, ExceptionEntry[]>();
  for (const e of read.entries) byRule.set(e.rule, [...(byRule.get(e.rule) ?? []), e]);
  /** The first finding each exception covers, to name the partnership when the row gives only a ref or a name. */
  const matched = new Map<ExceptionEntry, Finding>();
  /** Expired exceptions whose finding another, in-date row accepts (a renewal added as a new row). */
  const superseded = new Set<ExceptionEntry>();

  const out: Finding[] = findings.map((f) => {
    const candidates = f.sheet === registerSheet ? byRule.get(f.rule) : undefined;
    if (!candidates) return open(f);
    let accepting: ExceptionEntry | null = null;
    for (const e of candidates) {
      if (!covers(e, f)) continue;
      if (!matched.has(e)) matched.set(e, f);
      if (!accepting && inDate(e, today)) accepting = e;
    }
    if (!accepting) return open(f);
    for (const e of candidates) if (e !== accepting && !inDate(e, today) && covers(e, f)) superseded.add(e);
    return { ...f, status: "accepted", exception: { reason: accepting.reason, by: accepting.by, until: accepting.until, row: accepting.row } };
  });

  const own = (rule: string, row: number | null, column: string | null, ref: string | null, partnership: string | null, message: string): Finding => ({
    rule,
    severity: rules.severityOf(rule),
    row,
    column,
    field: null,
    ref,
    partnership,
    message: safeText(message),
    clause: ruleByCode(rule)?.clause ?? "",
    sheet: read.sheet,
    status: "open",
  });

  if (rules.isOn("unreadable-value")) {
    for (const p of read.problems) out.push(own("unreadable-value", p.row, p.column, p.ref, p.partnership, p.message));
  }
  let expired = 0;
  let unused = 0;
  for (const e of read.entries) {
    const hit = matched.get(e);
    const ref = e.ref ?? hit?.ref ?? null;
    const partnership = e.partnership ?? hit?.partnership ?? null;
    const who = [ref, partnership].filter(Boolean).join(" ");
    if (!inDate(e, today)) {
      expired++;
      if (!rules.isOn("exception-expired")) continue;
      const until = formatUkDate(e.until!);
      const where = read.columns.until ? ` (column ${read.columns.until})` : "";
      const expiredOn = `The accepted exception for ${e.rule} on ${who} applied until ${until} and has expired`;
      const message = superseded.has(e)
        ? `${expiredOn}; another row of this sheet accepts the finding now. Remove this row.`
        : hit
          ? `${expiredOn}, so the finding counts again. ` +
            `Renew it with a later Until date${where} if it still stands, or remove the row and put the finding right.`
          : `${expiredOn}, and there is no such finding any more. Remove the row.`;
      out.push(own("exception-expired", e.row, read.columns.until, ref, partnership, message));
      continue;
    }
    if (hit) continue;
    unused++;
    if (!rules.isOn("exception-unused")) continue;
    const why = !rules.isOn(e.rule)
      ? `the ${e.rule} check is switched off in the profile`
      : `the finding may have been put right, or the Ref or Partnership may not match the register`;
    out.push(
      own(
        "exception-unused",
        e.row,
        read.columns.rule,
        ref,
        partnership,
        `This accepted exception matches no finding: there is no ${e.rule} finding for ${who} (${why}). ` +
          `Remove the row, or correct its Rule, Ref or Partnership.`,
      ),
    );
  }
  return { findings: out, exceptions: { sheet: read.sheet, headerRow: read.headerRow, rows: read.rows, expired, unused } };
}
