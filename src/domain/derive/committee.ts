import type { IsoDate, Report, Severity } from "../model.js";
import type { Profile } from "../profile/profile.js";
import type { Rag } from "../profile/scoring-settings.js";
import { addMonths } from "../register/calendar.js";
import { isClosed, outOfScopeReason } from "../rules/scope.js";
import { summarise } from "../summary.js";
import type { Risk, RiskTable } from "./risks.js";
import type { RedCard, ScorecardSummary } from "./scorecards.js";

export interface OverdueReview {
  row: number;
  ref: string | null;
  partnership: string | null;
  lastReview: IsoDate;
  dueBy: IsoDate;
}

export type ForReview = RedCard;

/** The figures a committee report needs, on one page. */
export interface CommitteeFigures {
  partnerships: { all: number; inScope: number; outOfScope: number; closed: number };
  rag: Record<Rag, number>;
  severity: Record<Severity, number>;
  topRisks: Risk[];
  overdueReviews: OverdueReview[];
  forReview: ForReview[];
  /** Findings accepted on the Accepted exceptions sheet (not counted in `severity`), and exceptions past their date. */
  exceptions: { accepted: number; expired: number };
}

export function deriveCommittee(report: Report, profile: Profile, risks: RiskTable, cards: ScorecardSummary, topRisks = 5): CommitteeFigures {
  const outOfScope = report.partnerships.filter((p) => outOfScopeReason(p) !== null).length;
  const closed = report.partnerships.filter((p) => outOfScopeReason(p) === null && isClosed(p)).length;
  const rag: Record<Rag, number> = { ...cards.rag };
  const byRow = new Map(report.partnerships.map((p) => [p.row, p]));
  const overdueReviews: OverdueReview[] = [];
  for (const f of report.findings) {
    if (f.rule !== "annual-review-overdue" || f.row === null || f.status === "accepted") continue;
    const v = byRow.get(f.row)?.values.lastReviewDate;
    if (v?.kind !== "date") continue;
    overdueReviews.push({ row: f.row, ref: f.ref, partnership: f.partnership, lastReview: v.date, dueBy: addMonths(v.date, profile.periods.annualReviewMonths) });
  }
  const summary = summarise(report);
  overdueReviews.sort((a, b) => (a.dueBy < b.dueBy ? -1 : a.dueBy > b.dueBy ? 1 : a.row - b.row));
  const forReview = cards.red;
  return {
    partnerships: { all: report.partnerships.length, inScope: report.partnerships.length - outOfScope, outOfScope, closed },
    rag,
    severity: summary.bySeverity,
    topRisks: risks.top(topRisks),
    overdueReviews,
    forReview,
    exceptions: { accepted: summary.accepted, expired: report.exceptions?.expired ?? 0 },
  };
}
