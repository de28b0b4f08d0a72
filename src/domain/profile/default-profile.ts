import { RULES } from "../rules/index.js";
import type { Profile, RuleSetting } from "./profile.js";

export const DEFAULT_PERIODS = { annualReviewMonths: 12, riskRegisterReviewMonths: 12, declarationMonths: 12 } as const;

/** The protocol's own defaults (REQUIREMENTS.md §2): every rule on at its default severity. */
export function defaultProfile(): Profile {
  const rules: Record<string, RuleSetting> = {};
  for (const r of RULES) rules[r.code] = { enabled: true, severity: r.severity };
  return { name: "default", rules, periods: { ...DEFAULT_PERIODS }, columns: {} };
}
