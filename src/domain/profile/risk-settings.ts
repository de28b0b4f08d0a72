/** The clause 2.4 a-h weaknesses that risks are grouped under. */
export const RISK_GROUPS = ["a", "b", "c", "d", "e", "f", "g", "h"] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];

export type Band = "low" | "medium" | "high" | "veryHigh";
export const BANDS: readonly Band[] = ["low", "medium", "high", "veryHigh"];

export interface RiskSettings {
  /** Which rules' findings feed which 2.4 group; a rule may feed several. */
  groups: Record<RiskGroup, string[]>;
  /** Likelihood = base + per finding of each severity in the group, capped at 5. */
  likelihood: { base: number; perError: number; perWarning: number; perInfo: number };
  impact: {
    /** Impact from the significance column (high / medium / low, or 1-3); `unknown` when blank. */
    significance: { high: number; medium: number; low: number; unknown: number };
    /** Added to impact when the council's contribution reaches `from` pounds (the largest step that applies). */
    contributionSteps: { from: number; add: number }[];
  };
  /** Lowest score in each band; low starts at 1. Defaults: 1-4 low, 5-9 medium, 10-14 high, 15-25 very high. */
  bands: { medium: number; high: number; veryHigh: number };
  /** Days from the check date by which a risk in each band should be reviewed. */
  reviewDays: Record<Band, number>;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  groups: {
    a: ["liabilities-without-exit", "commitment-exceeds-approval", "amount-implausible", "legal-power-unconfirmed", "legal-form-missing"],
    b: ["duplicate-partnership", "priority-link-missing"],
    c: ["governance-document-missing", "sponsoring-officer-missing", "approval-missing", "conduct-standards-missing"],
    d: ["annual-review-missing", "annual-review-overdue", "outcome-measures-missing", "business-case-missing", "accountable-officer-missing"],
    e: ["performance-reporting-missing", "information-sharing-missing", "representative-missing", "equality-assessment-missing"],
    f: ["scrutiny-missing"],
    g: ["exit-strategy-missing", "end-date-passed", "liabilities-without-exit"],
    h: [
      "conflicts-not-recorded",
      "fiduciary-role",
      "declared-interest-in-partner",
      "stale-declaration",
      "risk-register-missing",
      "risk-register-review-overdue",
      "unbudgeted-commitment",
    ],
  },
  likelihood: { base: 1, perError: 2, perWarning: 1, perInfo: 0 },
  impact: {
    significance: { high: 4, medium: 3, low: 2, unknown: 3 },
    contributionSteps: [
      { from: 100_000, add: 1 },
      { from: 1_000_000, add: 2 },
    ],
  },
  bands: { medium: 5, high: 10, veryHigh: 15 },
  reviewDays: { low: 365, medium: 180, high: 90, veryHigh: 30 },
};
