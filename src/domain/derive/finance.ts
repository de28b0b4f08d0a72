// The Finance summary's figures: total commitment, by directorate and by status, and the
// commitments the finance rules flagged. Pure: no I/O.

import type { Partnership, Report, Status } from "../model.js";
import { formatPounds } from "../rules/money.js";
import { outOfScopeReason } from "../rules/scope.js";

export interface FinanceLine {
  row: number;
  ref: string | null;
  partnership: string | null;
  directorate: string;
  amount: number;
}

export interface FinanceSummary {
  /** The council's yearly commitment across every counted partnership, in pounds. */
  total: number;
  /** How many partnerships were counted in `total`. */
  counted: number;
  byDirectorate: { name: string; partnerships: number; total: number }[];
  byStatus: { status: string; partnerships: number; total: number }[];
  unbudgeted: FinanceLine[];
  overApproval: (FinanceLine & { approved: number; over: number })[];
  /** Amounts written on in-scope rows that are not in the totals, and why. */
  notCounted: { row: number; ref: string | null; partnership: string | null; text: string; reason: string }[];
}

/** An amount at or above this is not believable as one partnership's yearly contribution. */
export { IMPLAUSIBLE_POUNDS as IMPLAUSIBLE_AMOUNT } from "../rules/amount-implausible.js";
import { IMPLAUSIBLE_POUNDS as IMPLAUSIBLE_AMOUNT } from "../rules/amount-implausible.js";

export const NOT_RECORDED = "Not recorded";

const STATUS_LABEL: Readonly<Record<Status, string>> = {
  active: "Active",
  proposed: "Proposed",
  underReview: "Under review",
  closing: "Closing",
  closed: "Closed",
  unknown: "Other",
};

/**
 * Totals the council's contributions over every partnership the protocol covers (out-of-scope
 * rows are left out; closed ones are counted). Only readable amounts from £0 up to (not including)
 * £1,000,000,000 are summed; a negative, implausible, unreadable or not-yet-known amount is listed
 * under `notCounted` instead. Sums are kept in whole pence, so the directorate and status totals
 * always add up to the grand total.
 */
export function deriveFinance(report: Report): FinanceSummary {
  const directorates = new Map<string, { name: string; partnerships: number; pence: number }>();
  const statuses = new Map<string, { status: string; partnerships: number; pence: number }>();
  const notCounted: FinanceSummary["notCounted"] = [];
  let totalPence = 0;
  let counted = 0;

  for (const p of report.partnerships) {
    if (outOfScopeReason(p) !== null) continue;
    const v = p.values.annualContribution;
    if (!v) continue;
    const base = { row: p.row, ref: p.ref, partnership: p.name };
    if (v.kind === "unreadable") {
      notCounted.push({ ...base, text: v.text, reason: `Could not be read: ${v.reason}.` });
      continue;
    }
    if (v.kind === "pending") {
      notCounted.push({ ...base, text: v.text, reason: "Not yet known: add the amount when it is agreed." });
      continue;
    }
    if (v.kind !== "money") continue;
    if (v.amount < 0) {
      notCounted.push({
        ...base,
        text: v.text,
        reason: "A negative amount: a contribution should be zero or more. Check the figure and its sign.",
      });
      continue;
    }
    if (!(v.amount < IMPLAUSIBLE_AMOUNT)) {
      notCounted.push({
        ...base,
        text: v.text,
        reason: `${formatPounds(IMPLAUSIBLE_AMOUNT)} or more, which is not believable as one partnership's yearly contribution. Check the figure.`,
      });
      continue;
    }
    const pence = toPence(v.amount);
    totalPence += pence;
    counted++;
    const dir = directorateOf(p);
    const dKey = dir.toLowerCase().replace(/\s+/g, " ");
    const d = directorates.get(dKey) ?? { name: dir, partnerships: 0, pence: 0 };
    d.partnerships++;
    d.pence += pence;
    directorates.set(dKey, d);
    const status = statusOf(p);
    const s = statuses.get(status) ?? { status, partnerships: 0, pence: 0 };
    s.partnerships++;
    s.pence += pence;
    statuses.set(status, s);
  }

  const biggestFirst = <T extends { partnerships: number; pence: number }>(label: (x: T) => string) => (a: T, b: T) =>
    b.pence - a.pence || b.partnerships - a.partnerships || label(a).localeCompare(label(b));

  return {
    total: fromPence(totalPence),
    counted,
    byDirectorate: [...directorates.values()]
      .sort(biggestFirst((x) => x.name))
      .map((d) => ({ name: d.name, partnerships: d.partnerships, total: fromPence(d.pence) })),
    byStatus: [...statuses.values()]
      .sort(biggestFirst((x) => x.status))
      .map((s) => ({ status: s.status, partnerships: s.partnerships, total: fromPence(s.pence) })),
    unbudgeted: unbudgetedLines(report),
    overApproval: overApprovalLines(report),
    notCounted,
  };
}

function toPence(amount: number): number {
  return Math.round(amount * 100);
}

function fromPence(pence: number): number {
  return pence / 100;
}

function directorateOf(p: Partnership): string {
  const v = p.values.directorate;
  const text = v?.kind === "text" ? v.text.replace(/\s+/g, " ").trim() : "";
  return text === "" ? NOT_RECORDED : text;
}

function statusOf(p: Partnership): string {
  const v = p.values.status;
  if (v?.kind === "status") return STATUS_LABEL[v.status];
  if (v?.kind === "unreadable") return STATUS_LABEL.unknown;
  return NOT_RECORDED;
}

/** The partnerships a finance rule flagged, once each, in register order. */
function flagged(report: Report, rule: string): Partnership[] {
  const rows = new Set(report.findings.filter((f) => f.rule === rule && f.row !== null).map((f) => f.row));
  return report.partnerships.filter((p) => rows.has(p.row));
}

function line(p: Partnership, amount: number): FinanceLine {
  return { row: p.row, ref: p.ref, partnership: p.name, directorate: directorateOf(p), amount };
}

function unbudgetedLines(report: Report): FinanceLine[] {
  const out: FinanceLine[] = [];
  for (const p of flagged(report, "unbudgeted-commitment")) {
    const v = p.values.annualContribution;
    if (v?.kind === "money") out.push(line(p, v.amount));
  }
  return out.sort((a, b) => b.amount - a.amount || a.row - b.row);
}

function overApprovalLines(report: Report): FinanceSummary["overApproval"] {
  const out: FinanceSummary["overApproval"] = [];
  for (const p of flagged(report, "commitment-exceeds-approval")) {
    const v = p.values.annualContribution;
    const a = p.values.approvedAmount;
    if (v?.kind !== "money" || a?.kind !== "money") continue;
    out.push({ ...line(p, v.amount), approved: a.amount, over: fromPence(toPence(v.amount) - toPence(a.amount)) });
  }
  return out.sort((a, b) => b.over - a.over || a.row - b.row);
}
