import { RULES } from "../rules/index.js";
import type { Profile, RuleSetting } from "./profile.js";
import { DEFAULT_RISK_SETTINGS } from "./risk-settings.js";
import { DEFAULT_SCORING_SETTINGS } from "./scoring-settings.js";

export const DEFAULT_PERIODS = { annualReviewMonths: 12, riskRegisterReviewMonths: 12, declarationMonths: 12, dueSoonDays: 90 } as const;

/** The protocol's own defaults (REQUIREMENTS.md §2): every rule on at its default severity. */
export function defaultProfile(): Profile {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.code] = { enabled: true, severity: r.severity };
  return {
    name: "default",
    rules,
    periods: { ...DEFAULT_PERIODS },
    columns: {},
    risk: clone(DEFAULT_RISK_SETTINGS),
    scoring: clone(DEFAULT_SCORING_SETTINGS),
  };
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
