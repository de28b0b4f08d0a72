import { memoise } from "../memo.js";
import type { EvidenceState, Value } from "../model.js";
import { parseEvidence } from "../register/values/parse-evidence.js";

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
      return presenceOfPeople(value.people.length, value.text);
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

const NOT_YET_NAMED = /^(to be (appointed|confirmed|named|nominated|agreed)|awaiting|tba|tbc|pending|recruitment)/i;

/** Nobody named: "Vacant" is missing, "To be appointed" is not yet in place. */
function presenceOfPeople(count: number, text: string): Presence {
  const answer = presenceOfText(text);
  if (answer !== "present") return answer;
  if (count > 0) return "present";
  return NOT_YET_NAMED.test(text.trim()) ? "pending" : "missing";
}

const presenceOfText = memoise((text: string): Presence => {
  const v = parseEvidence(text);
  if (v.kind === "evidence") return v.state;
  if (v.kind === "blank") return "missing";
  return "present";
});

/** The cell as written, quoted for a message: ` (recorded as "tbc")`. */
export function asWritten(value: Value | undefined): string {
  if (!value || value.kind === "blank") return "";
  const text = value.text.length > 60 ? `${value.text.slice(0, 57)}...` : value.text;
  return ` (recorded as "${text}")`;
}
