import type { z } from "zod";
import { RULE_CODES } from "../rules/index.js";
import { defaultProfile } from "./default-profile.js";
import type { Profile } from "./profile.js";
import { profileFileSchema } from "./schema.js";

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
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join(".")}"` : "the profile";
  switch (issue.code) {
    case "unrecognized_keys":
      return `${where} has ${issue.keys.length > 1 ? "settings" : "a setting"} the tool does not know: ${issue.keys.map((k) => `"${k}"`).join(", ")}. Allowed: name, description, rules, periods, columns.`;
    case "invalid_union":
      return `${where} must be "off", "error", "warning" or "info" (or { "enabled": true/false, "severity": "..." }).`;
    case "invalid_value":
      return `${where} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
    case "too_small":
    case "too_big":
      return `${where} must be a whole number of months from 1 to 120.`;
    case "invalid_type":
      return `${where} must be ${issue.expected === "object" || issue.expected === "record" ? "an object { ... }" : `a ${issue.expected}`}.`;
    default:
      return `${where}: ${issue.message}.`;
  }
}
