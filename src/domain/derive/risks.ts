// Risks derived from the findings, grouped under the common weaknesses of clause 2.4 a-h.
// Pure: the scoring comes entirely from the profile's RiskSettings.

import { findingsByRow } from "./findings-by-row.js";
import type { Finding, IsoDate, Partnership, Report, Value } from "../model.js";
import { RISK_GROUPS, type Band, type RiskGroup, type RiskSettings } from "../profile/risk-settings.js";
import { addDays } from "../register/calendar.js";

export interface Risk {
  group: RiskGroup;
  /** Plain-English title of the clause 2.4 weakness, e.g. "No exit planning". */
  weakness: string;
  /** Sheet row of the partnership. */
  row: number;
  ref: string | null;
  partnership: string | null;
  /** Rule codes of the findings behind the risk, each once, in report order. */
  findings: string[];
  likelihood: number;
  impact: number;
  score: number;
  band: Band;
  /** The sponsoring officer's name(s), or null when none is recorded. */
  owner: string | null;
  action: string;
  reviewBy: IsoDate;
}

/** The clause 2.4 a-h weaknesses in plain English (REQUIREMENTS.md §3). */
export const WEAKNESS: Record<RiskGroup, string> = {
  a: "Liabilities not understood",
  b: "Isolation or duplication",
  c: "Weak alignment with the council",
  d: "No monitoring of effectiveness",
  e: "No monitoring of partners' contribution",
  f: "Weak scrutiny",
  g: "No exit planning",
  h: "No recording of conflicts or funding risks",
};

/** One suggested action per weakness. */
export const GROUP_ACTION: Record<RiskGroup, string> = {
  a: "Confirm the legal power, the form of the partnership and the council's financial and legal liabilities, and make sure those involved understand them.",
  b: "Check the partnership against the council's priorities and other partnerships so that effort is not duplicated.",
  c: "Align the partnership with the council's plans and governance: a sponsoring officer, agreed terms of reference and approved representation.",
  d: "Set outcome measures, name an accountable officer and evaluate the partnership's effectiveness and impact every year.",
  e: "Agree how partners' contributions and performance are reported, shared and challenged.",
  f: "Bring the partnership within the council's overview and scrutiny arrangements.",
  g: "Agree exit and dissolution provisions, including how continuing liabilities and assets are settled.",
  h: "Record conflicts of interest formally and assess the risks of funding proposals before committing.",
};

/** What to fix for each rule, as a short phrase; a rule not listed is shown by its code. */
export const FIX: Readonly<Record<string, string>> = {
  "duplicate-partnership": "merge or tell apart the duplicate entry",
  "sponsoring-officer-missing": "name a sponsoring officer",
  "accountable-officer-missing": "name an officer accountable for performance",
  "representative-missing": "name the council's representative",
  "governance-document-missing": "agree terms of reference or a partnership agreement",
  "business-case-missing": "record the business case",
  "outcome-measures-missing": "set outcome measures",
  "performance-reporting-missing": "agree who performance is reported to, and how often",
  "annual-review-missing": "record the last annual review",
  "annual-review-overdue": "carry out the overdue annual review",
  "risk-register-missing": "put a risk register in place",
  "risk-register-review-overdue": "review the risk register",
  "exit-strategy-missing": "agree an exit strategy",
  "end-date-passed": "use the exit provisions or extend the end date",
  "information-sharing-missing": "agree an information sharing agreement",
  "equality-assessment-missing": "carry out an equality impact assessment",
  "scrutiny-missing": "set out the scrutiny arrangements",
  "legal-power-unconfirmed": "confirm the legal power to take part",
  "legal-form-missing": "record the form of partnership",
  "conduct-standards-missing": "agree standards of conduct",
  "priority-link-missing": "link the partnership to a council priority",
  "approval-missing": "record approval for the representatives to take part",
  "unbudgeted-commitment": "get budget approval for the contribution",
  "commitment-exceeds-approval": "get approval for the contribution above the approved amount",
  "liabilities-without-exit": "plan how continuing liabilities and assets are settled at exit",
  "conflicts-not-recorded": "record the representatives' declarations of interest",
  "fiduciary-role": "manage the representative's director or trustee role",
  "declared-interest-in-partner": "manage the declared interest in a partner organisation",
  "stale-declaration": "refresh the out-of-date declaration of interests",
  "declaration-not-found": "obtain the missing declaration of interests",
};

type Significance = "high" | "medium" | "low" | "unknown";

const SIGNIFICANCE_WORDS: Record<string, Significance> = {
  high: "high",
  h: "high",
  "3": "high",
  medium: "medium",
  med: "medium",
  m: "medium",
  "2": "medium",
  low: "low",
  l: "low",
  "1": "low",
};

/** The band a score falls in: at least `veryHigh` is very high, then high, then medium, else low. */
export function bandOf(score: number, bands: RiskSettings["bands"]): Band {
  if (score >= bands.veryHigh) return "veryHigh";
  if (score >= bands.high) return "high";
  if (score >= bands.medium) return "medium";
  return "low";
}

/**
 * One risk per partnership row and clause 2.4 group that has at least one finding of a rule the
 * settings map to that group. Info findings alone make a risk only when `perInfo` is above zero.
 * Sorted by score (highest first), then row, then group.
 */
export function deriveRisks(report: Report, risk: RiskSettings): Risk[] {
  return [...riskTable(report, risk)];
}

/**
 * The risks deriveRisks lists, in the same order, kept as a few numbers each and made into Risks one at a time as
 * they are read: a register of a million rows has about as many risks, too many to hold as objects.
 */
export interface RiskTable extends Iterable<Risk> {
  readonly length: number;
  /** A 5×5 count of the risks, indexed [likelihood - 1][impact - 1]. */
  heatMap(): number[][];
  /** The first n risks (the highest scores). */
  top(n: number): Risk[];
}

/** The report's risks as a RiskTable (see deriveRisks). */
export function riskTable(report: Report, risk: RiskSettings): RiskTable {
  const rulesOf = RISK_GROUPS.map((g) => new Set(risk.groups[g] ?? []));
  const l = risk.likelihood;
  // Each risk as one number: partnership index, group, likelihood and impact, 3 bits each for the last three.
  const byScore: number[][] = Array.from({ length: 26 }, () => []);
  const byRow = findingsByRow(report);
  report.partnerships.forEach((p, index) => {
    const rowFindings = byRow.get(p.row);
    if (!rowFindings) return;
    const impact = impactOf(p, risk);
    for (let g = 0; g < RISK_GROUPS.length; g++) {
      let errors = 0;
      let warnings = 0;
      let infos = 0;
      for (const f of rowFindings) {
        if (!rulesOf[g]!.has(f.rule)) continue;
        if (f.severity === "error") errors++;
        else if (f.severity === "warning") warnings++;
        else infos++;
      }
      if (errors + warnings === 0 && !(infos > 0 && l.perInfo > 0)) continue;
      const likelihood = clampScale(l.base + l.perError * errors + l.perWarning * warnings + l.perInfo * infos);
      byScore[likelihood * impact]!.push(((index * 8 + g) * 8 + likelihood) * 8 + impact);
    }
  });
  // Highest score first; within a score, in row then group order (as made, when the register is in row order).
  const partnershipOf = (entry: number) => report.partnerships[Math.floor(entry / 512)]!;
  const rowOf = (entry: number) => partnershipOf(entry).row;
  const inRowOrder = report.partnerships.every((p, i) => i === 0 || report.partnerships[i - 1]!.row < p.row);
  if (!inRowOrder) for (const bucket of byScore) bucket.sort((a, b) => rowOf(a) - rowOf(b) || (Math.floor(a / 64) % 8) - (Math.floor(b / 64) % 8));
  const packed = byScore.reverse().flat();

  const make = (entry: number, rows: Map<number, Finding[]>): Risk => {
    const impact = entry % 8;
    const likelihood = Math.floor(entry / 8) % 8;
    const g = Math.floor(entry / 64) % 8;
    const p = partnershipOf(entry);
    const group = RISK_GROUPS[g]!;
    const codes = unique((rows.get(p.row) ?? []).filter((f) => rulesOf[g]!.has(f.rule)).map((f) => f.rule));
    const score = likelihood * impact;
    const band = bandOf(score, risk.bands);
    return {
      group,
      weakness: WEAKNESS[group],
      row: p.row,
      ref: p.ref,
      partnership: p.name,
      findings: codes,
      likelihood,
      impact,
      score,
      band,
      owner: ownerOf(p),
      action: actionFor(group, codes),
      reviewBy: addDays(report.today, risk.reviewDays[band]),
    };
  };
  return {
    length: packed.length,
    *[Symbol.iterator]() {
      // The findings are grouped again for each reading rather than held between readings.
      const rows = findingsByRow(report);
      for (const entry of packed) yield make(entry, rows);
    },
    heatMap() {
      const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
      for (const entry of packed) grid[(Math.floor(entry / 8) % 8) - 1]![(entry % 8) - 1]! += 1;
      return grid;
    },
    top(n) {
      const first = packed.slice(0, n);
      const rows = findingsByRow(report, new Set(first.map((entry) => rowOf(entry))));
      return first.map((entry) => make(entry, rows));
    },
  };
}

/** A list of risks already made, as a RiskTable. */
export function riskTableOf(risks: readonly Risk[]): RiskTable {
  return {
    length: risks.length,
    [Symbol.iterator]: () => risks[Symbol.iterator](),
    heatMap: () => heatMap(risks),
    top: (n) => risks.slice(0, n),
  };
}

/** A 5×5 count of risks, indexed [likelihood - 1][impact - 1]. */
export function heatMap(risks: readonly Risk[]): number[][] {
  const grid = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const r of risks) grid[clampScale(r.likelihood) - 1]![clampScale(r.impact) - 1]! += 1;
  return grid;
}

/** Impact from significance plus the largest contribution step reached, as a whole number 1-5. */
function impactOf(p: Partnership, risk: RiskSettings): number {
  const base = risk.impact.significance[significanceOf(p.values.significance)];
  const contribution = p.values.annualContribution;
  let add = 0;
  if (contribution?.kind === "money") {
    for (const step of risk.impact.contributionSteps) {
      if (step.from <= contribution.amount && step.add > add) add = step.add;
    }
  }
  return clampScale(base + add);
}

function significanceOf(v: Value | undefined): Significance {
  if (!v || !("text" in v)) return "unknown";
  const word = v.text.trim().toLowerCase().replace(/\s+/g, " ");
  return SIGNIFICANCE_WORDS[word] ?? "unknown";
}

function ownerOf(p: Partnership): string | null {
  const v = p.values.sponsoringOfficer;
  if (v?.kind !== "people") return null;
  const names = v.people.map((person) => person.name.trim()).filter((n) => n !== "");
  return names.length > 0 ? names.join(", ") : null;
}

function actionFor(group: RiskGroup, codes: readonly string[]): string {
  const fixes = unique(codes.map((c) => FIX[c] ?? c));
  return fixes.length > 0 ? `${GROUP_ACTION[group]} To fix: ${fixes.join("; ")}.` : GROUP_ACTION[group];
}

/** A whole number on the 1-5 scale. */
function clampScale(n: number): number {
  const whole = Math.round(Number.isFinite(n) ? n : 1);
  return Math.min(5, Math.max(1, whole));
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
