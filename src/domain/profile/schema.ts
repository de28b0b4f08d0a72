import { z } from "zod";
import { FIELDS } from "../model.js";
import { RISK_GROUPS } from "./risk-settings.js";
import { DIMENSIONS } from "./scoring-settings.js";

const severity = z.enum(["error", "warning", "info"]);
const points = z.number().min(0).max(100);
const score = z.number().int().min(1).max(25);
const ruleList = z.array(z.string());
/** The longest "due soon" horizon a profile may set: a year ahead. */
export const MAX_DUE_SOON_DAYS = 365;
const partialRecord = <K extends readonly [string, ...string[]], V extends z.ZodType>(keys: K, value: V) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value.optional()])) as { [P in K[number]]: z.ZodOptional<V> });

const riskSchema = z.strictObject({
  groups: partialRecord(RISK_GROUPS, ruleList).optional(),
  likelihood: partialRecord(["base", "perError", "perWarning", "perInfo"] as const, z.number().min(0).max(5)).optional(),
  impact: z
    .strictObject({
      significance: partialRecord(["high", "medium", "low", "unknown"] as const, z.number().int().min(1).max(5)).optional(),
      contributionSteps: z.array(z.strictObject({ from: z.number().min(0), add: z.number().int().min(0).max(4) })).optional(),
    })
    .optional(),
  bands: partialRecord(["medium", "high", "veryHigh"] as const, score).optional(),
  reviewDays: partialRecord(["low", "medium", "high", "veryHigh"] as const, z.number().int().min(1).max(3650)).optional(),
});

const scoringSchema = z.strictObject({
  dimensions: partialRecord(DIMENSIONS, ruleList).optional(),
  penalty: partialRecord(["error", "warning", "info"] as const, points).optional(),
  weights: partialRecord(DIMENSIONS, z.number().min(0).max(10)).optional(),
  behavioursWeight: z.number().min(0).max(10).optional(),
  rag: partialRecord(["green", "amber"] as const, points).optional(),
});

/** What a council writes in its profile JSON file. Everything is optional: unset means the protocol default. */
export const profileFileSchema = z.strictObject({
  $schema: z.string().optional(),
  name: z.string().trim().min(1).optional(),
  description: z.string().optional(),
  rules: z
    .record(
      z.string(),
      z.union([z.literal("off"), severity, z.strictObject({ enabled: z.boolean().optional(), severity: severity.optional() })]),
    )
    .optional(),
  periods: z
    .strictObject({
      annualReviewMonths: z.number().int().min(1).max(120).optional(),
      riskRegisterReviewMonths: z.number().int().min(1).max(120).optional(),
      declarationMonths: z.number().int().min(1).max(120).optional(),
      dueSoonDays: z.number().int().min(1).max(MAX_DUE_SOON_DAYS).optional(),
    })
    .optional(),
  columns: z.record(z.string(), z.enum(FIELDS).nullable()).optional(),
  risk: riskSchema.optional(),
  scoring: scoringSchema.optional(),
});

export type ProfileFile = z.infer<typeof profileFileSchema>;
