import type { EvidenceState, Value } from "../model.js";
import { parseEvidence } from "../register/parse-evidence.js";

export type Presence = EvidenceState | "unreadable";

/**
 * Whether a requirement is met, whatever kind of value the cell held.
 * Blank is missing; unreadable stays unreadable (the rule skips, `unreadable-value` speaks).
 */
export function presence(value: Value | undefined): Presence {
  if (!value) return "missing";
  switch (value.kind) {
    case "blank":
      return "missing";
    case "evidence":
      return value.state;
    case "pending":
      return "pending";
    case "notApplicable":
      return "notApplicable";
    case "unreadable":
      return "unreadable";
    case "people":
      return value.people.length > 0 ? "present" : presenceOfText(value.text);
    case "list":
      return value.items.length > 0 ? presenceOfText(value.text) : "missing";
    case "text":
    case "status":
      return presenceOfText(value.text);
    case "date":
    case "money":
    case "rating":
      return "present";
  }
}

function presenceOfText(text: string): Presence {
  const v = parseEvidence(text);
  if (v.kind === "evidence") return v.state;
  if (v.kind === "blank") return "missing";
  return "present";
}

/** The cell as written, quoted for a message: ` (recorded as "tbc")`. */
export function asWritten(value: Value | undefined): string {
  if (!value || value.kind === "blank") return "";
  const text = value.text.length > 60 ? `${value.text.slice(0, 57)}...` : value.text;
  return ` (recorded as "${text}")`;
}
