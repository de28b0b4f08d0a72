import type { Field, Severity } from "../model.js";
import { clauseText } from "./clause-text.js";
import { asWritten, presence } from "./presence.js";
import type { RowRule, RuleGroup } from "./rule.js";

export interface RequirementSpec {
  code: string;
  clause: string;
  severity: Severity;
  group?: RuleGroup;
  field: Field;
  description: string;
  /** Sentence for a blank or negative cell, e.g. "No exit strategy is recorded". */
  missing: string;
  /** Sentence for "tbc", "draft" and the like, e.g. "The exit strategy is not yet in place". */
  pending: string;
  /** What to do, ending without a full stop, e.g. "agree exit provisions with the partners and record them". */
  todo: string;
}

/** A rule that fires when a field's requirement is not evidenced: the shape most governance standards take. */
export function requirementRule(spec: RequirementSpec): RowRule {
  return {
    kind: "row",
    code: spec.code,
    clause: spec.clause,
    severity: spec.severity,
    group: spec.group ?? "governance",
    description: spec.description,
    fields: [spec.field],
    dependsOnlyOn: [spec.field],
    check(p, ctx) {
      const value = p.values[spec.field];
      const state = presence(value);
      if (state === "present" || state === "notApplicable" || state === "unreadable") return null;
      const where = ctx.columnOf(spec.field);
      const todo = `${spec.todo}${where ? ` (column ${where})` : ""}.`;
      const lead = state === "pending" ? `${spec.pending}${asWritten(value)}` : spec.missing;
      return { field: spec.field, message: `${lead}. ${clauseText(spec.clause)}: ${todo}` };
    },
  };
}
