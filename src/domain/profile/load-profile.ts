import type { z } from "zod";
import { RULE_CODES } from "../rules/index.js";
import { defaultProfile } from "./default-profile.js";
import type { Profile } from "./profile.js";
import { MAX_DUE_SOON_DAYS, profileFileSchema } from "./schema.js";

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; problems: string[] };

/** Builds a profile from a council's JSON (already parsed), on top of the defaults. Problems are plain English. */
export function loadProfile(json: unknown, fallbackName = "custom"): ProfileResult {
  const parsed = profileFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  const file = parsed.data;
  const problems: string[] = [];
  const profile = defaultProfile();
  profile.name = file.name ?? fallbackName;
  const rules = { ...profile.rules };
  for (const [code, setting] of Object.entries(file.rules ?? {})) {
    const current = rules[code];
    if (!current) {
      problems.push(`"rules" names "${code}", which is not a rule. Known rules: ${RULE_CODES.join(", ")}.`);
      continue;
    }
    if (setting === "off") rules[code] = { ...current, enabled: false };
    else if (typeof setting === "string") rules[code] = { enabled: true, severity: setting };
    else rules[code] = { enabled: setting.enabled ?? true, severity: setting.severity ?? current.severity };
  }
  profile.rules = rules;
  profile.periods = { ...profile.periods, ...definedOnly(file.periods ?? {}) };
  profile.columns = { ...(file.columns ?? {}) };
  profile.risk = mergeSettings(profile.risk, file.risk ?? {});
  profile.scoring = mergeSettings(profile.scoring, file.scoring ?? {});
  problems.push(...settingsProblems(profile));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile };
}

/** Plain objects merge key by key; arrays and numbers from the file replace the default. */
function mergeSettings<T>(base: T, over: unknown): T {
  if (over === undefined) return base;
  if (typeof base !== "object" || base === null || Array.isArray(base) || typeof over !== "object" || over === null) return over as T;
  const out = { ...base } as Record<string, unknown>;
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = mergeSettings((base as Record<string, unknown>)[k], v);
  return out as T;
}

function settingsProblems(profile: Profile): string[] {
  const problems: string[] = [];
  const known = new Set(RULE_CODES);
  const lists: [string, Record<string, string[]>][] = [
    ["risk.groups", profile.risk.groups],
    ["scoring.dimensions", profile.scoring.dimensions],
  ];
  for (const [where, record] of lists) {
    for (const [key, codes] of Object.entries(record)) {
      for (const code of codes) if (!known.has(code)) problems.push(`"${where}.${key}" names "${code}", which is not a rule.`);
    }
  }
  const b = profile.risk.bands;
  if (!(1 < b.medium && b.medium < b.high && b.high < b.veryHigh && b.veryHigh <= 25)) {
    problems.push(`"risk.bands" must rise: 1 < medium < high < veryHigh <= 25 (got medium ${b.medium}, high ${b.high}, veryHigh ${b.veryHigh}).`);
  }
  const r = profile.scoring.rag;
  if (!(r.amber < r.green)) problems.push(`"scoring.rag.amber" (${r.amber}) must be below "scoring.rag.green" (${r.green}).`);
  return problems;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join(".")}"` : "the profile";
  if (issue.path[0] === "periods" && issue.path.length === 2) {
    return issue.path[1] === "dueSoonDays"
      ? `${where} must be a whole number of days from 1 to ${MAX_DUE_SOON_DAYS}.`
      : `${where} must be a whole number of months from 1 to 120.`;
  }
  if (issue.path[0] === "name" && issue.path.length === 1) return `"name" must be some text, such as "Harbridge Borough Council 2026".`;
  switch (issue.code) {
    case "unrecognized_keys":
      return `${where} has ${issue.keys.length > 1 ? "settings" : "a setting"} the tool does not know: ${issue.keys.map((k) => `"${k}"`).join(", ")}.${issue.path.length === 0 ? " Allowed: name, description, rules, periods, columns, risk, scoring." : ""}`;
    case "invalid_union":
      return `${where} must be "off", "error", "warning" or "info" (or { "enabled": true/false, "severity": "..." }).`;
    case "invalid_value":
      return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
    case "too_small":
    case "too_big":
      return issue.path[0] === "periods"
        ? `${where} must be a whole number of months from 1 to 120.`
        : `${where} is ${issue.code === "too_small" ? "too small" : "too large"} (${issue.message}).`;
    case "invalid_type":
      return `${where} must be ${issue.expected === "object" || issue.expected === "record" ? "an object { ... }" : `a ${issue.expected}`}.`;
    default:
      return `${where}: ${issue.message}.`;
  }
}
