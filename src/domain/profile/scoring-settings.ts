/** The four governance dimensions of a scorecard. */
export const DIMENSIONS = ["governance", "performance", "finance", "riskAndConflicts"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Rag = "green" | "amber" | "red";

export interface ScoringSettings {
  /** Which rules' findings count against which dimension. */
  dimensions: Record<Dimension, string[]>;
  /** Points taken off a dimension's 100 for each finding of each severity (never below 0). */
  penalty: { error: number; warning: number; info: number };
  /** Weight of each dimension in the overall score. */
  weights: Record<Dimension, number>;
  /**
   * Weight of the Standards for England behaviour areas (their mean rating, 1-5, as 0-100) in the overall score,
   * where the partnership has been assessed; 0 leaves the overall score to the findings alone.
   */
  behavioursWeight: number;
  /** Lowest overall score for green and for amber; below amber is red. */
  rag: { green: number; amber: number };
}

export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  dimensions: {
    governance: [
      "sponsoring-officer-missing",
      "representative-missing",
      "governance-document-missing",
      "legal-power-unconfirmed",
      "legal-form-missing",
      "conduct-standards-missing",
      "approval-missing",
      "scrutiny-missing",
      "information-sharing-missing",
      "equality-assessment-missing",
      "priority-link-missing",
      "duplicate-partnership",
    ],
    performance: [
      "accountable-officer-missing",
      "business-case-missing",
      "outcome-measures-missing",
      "performance-reporting-missing",
      "annual-review-missing",
      "annual-review-overdue",
    ],
    finance: ["unbudgeted-commitment", "commitment-exceeds-approval", "liabilities-without-exit", "amount-implausible"],
    riskAndConflicts: [
      "risk-register-missing",
      "risk-register-review-overdue",
      "exit-strategy-missing",
      "end-date-passed",
      "conflicts-not-recorded",
      "fiduciary-role",
      "declared-interest-in-partner",
      "stale-declaration",
    ],
  },
  penalty: { error: 25, warning: 10, info: 0 },
  weights: { governance: 1, performance: 1, finance: 1, riskAndConflicts: 1 },
  behavioursWeight: 1,
  rag: { green: 80, amber: 50 },
};
