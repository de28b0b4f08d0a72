import { z } from "zod";
import { FIELDS } from "../model.js";

const severity = z.enum(["error", "warning", "info"]);

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
    })
    .optional(),
  columns: z.record(z.string(), z.enum(FIELDS).nullable()).optional(),
});

export type ProfileFile = z.infer<typeof profileFileSchema>;
