import type { Field, Severity } from "../model.js";
import type { Periods } from "../rules/rule.js";
import type { RiskSettings } from "./risk-settings.js";
import type { ScoringSettings } from "./scoring-settings.js";

/** A council's protocol profile, resolved: every rule has a setting. */
export interface Profile {
  name: string;
  rules: Readonly<Record<string, RuleSetting>>;
  periods: Periods;
  /** Header text (as written, compared loosely) -> field, or null to leave a column unmapped. */
  columns: Readonly<Record<string, Field | null>>;
  risk: RiskSettings;
  scoring: ScoringSettings;
}

export interface RuleSetting {
  enabled: boolean;
  severity: Severity;
}
