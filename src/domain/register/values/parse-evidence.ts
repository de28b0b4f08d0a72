// Reading a yes/no/document cell ("Risk register in place?") as evidence that something is in place.

import type { CellValue, EvidenceState, Value } from "../../model.js";
import { cellText, isCellError, stripEdges, safeText } from "../cell-text.js";

const NOT_APPLICABLE = /^(?:n\/a|n\.a\.?|n \/ a|na|not applicable|not required|not needed|not relevant)(?![a-z0-9])/;
/** Cells that say both yes and no: a template's prompt left in place. */
const BOTH = new Set(["y/n", "yes/no", "y / n", "yes / no", "yes or no"]);

/** Leading words that mean "not yet in place" ("Draft ToR circulated", "Awaiting sign-off"). */
const PENDING_START = new RegExp(
  "^(?:tbc|tba|tbd|pending|draft|in draft|in progress|work in progress|wip|awaiting|not yet|planned|partial|partially|" +
    "under (?:development|construction|negotiation)|in development|being (?:drafted|developed|prepared|agreed|finali[sz]ed|written|produced|established|set up|put in place|negotiated)|" +
    "to be (?:agreed|confirmed|signed|drafted|developed|produced|completed|established|put in place|set up|written|finali[sz]ed|approved))(?![a-z0-9])",
);
/** Pending words anywhere after a leading "no"/"not" ("No - being drafted", "Not in place, awaiting sign-off"). */
const PENDING_AFTER_NO =
  /(?<![a-z0-9])(?:tbc|tba|tbd|pending|draft|in draft|in progress|wip|awaiting|not yet|planned|partial|partially|due|under development|in development|being [a-z]+ed|to be [a-z]+)(?![a-z0-9])/;
/** Pending words after a leading "yes" ("Yes - draft only", "Yes, awaiting sign-off"). */
const PENDING_AFTER_YES =
  /(?<![a-z0-9])(?:tbc|tba|tbd|pending|draft|in draft|in progress|awaiting|not yet|partial|partially|being drafted|to be (?:agreed|signed|confirmed))(?![a-z0-9])/;

const PENDING_EXACT = new Set(["due", "?", "??"]);
const MISSING_EXACT = new Set(["false", "0", "-", "–", "—", "unknown", "not known", "don't know", "dont know"]);
/** Leading words that mean "not in place" ("No ISA yet", "None in place", "Not agreed", "✗"). */
const MISSING_START = /^(?:no|n|none|nothing|nil|not|missing|x|✗|✘|×|✕|❌|☐)(?![a-z0-9/.])/;
const PRESENT_START = /^(?:yes|y|true|✓|✔|☑|✅)(?![a-z0-9/.])/;

/**
 * Reads a yes/no/document cell as evidence that is "present", "missing",
 * "pending" (tbc, draft, in progress…) or "notApplicable" (N/A, not required).
 * Blank is `{kind:"blank"}` (callers treat it as missing); error cells and
 * cells with nothing to read are "unreadable". Any free text that is not a
 * recognised "no", "not yet" or "N/A" ("Terms of Reference agreed 2023",
 * "Partnership agreement v3") is evidence that the thing is in place.
 * Never throws.
 */
export function parseEvidence(cell: CellValue): Value {
  try {
    return readEvidence(cell);
  } catch {
    return { kind: "unreadable", text: safeText(cell), reason: "not a yes/no answer we can read" };
  }
}

function readEvidence(cell: CellValue): Value {
  const text = cellText(cell);
  if (isCellError(cell)) return { kind: "unreadable", text, reason: `an Excel error (${text}), not a yes/no answer` };
  if (typeof cell === "boolean") return evidence(cell ? "present" : "missing", text);
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return { kind: "unreadable", text, reason: "not a number we can read as yes or no" };
    if (cell === 0) return evidence("missing", text);
    if (cell > 0) return evidence("present", text);
    return { kind: "unreadable", text, reason: "a negative number, not a yes/no answer" };
  }
  if (cell instanceof Date) {
    return text === "" ? { kind: "unreadable", text, reason: "an invalid date" } : evidence("present", text);
  }
  if (typeof cell !== "string") {
    return text === "" ? { kind: "blank" } : { kind: "unreadable", text, reason: "not a yes/no answer we can read" };
  }
  if (text === "") return { kind: "blank" };
  return fromText(text);
}

function fromText(text: string): Value {
  const lower = text
    .toLowerCase()
    .replace(/[\u0000-\u001f\u007f\u00a0\u2000-\u200b\u202f\u3000]/g, " ")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  const key = stripEdges(lower, "-–—");

  if (BOTH.has(key)) return { kind: "unreadable", text, reason: "says both yes and no" };
  if (PENDING_EXACT.has(key)) return evidence("pending", text);
  if (MISSING_EXACT.has(key)) return evidence("missing", text);
  if (NOT_APPLICABLE.test(key)) return evidence("notApplicable", text);
  if (PENDING_START.test(key)) return evidence("pending", text);
  if (MISSING_START.test(key)) return evidence(PENDING_AFTER_NO.test(key) ? "pending" : "missing", text);
  if (PRESENT_START.test(key)) return evidence(PENDING_AFTER_YES.test(key) ? "pending" : "present", text);
  if (!/[\p{L}\p{N}\p{So}]/u.test(key)) return { kind: "unreadable", text, reason: "no words or figures to read" };
  // Anything else written in the cell (a document name, a date, "agreed 2023") is evidence it exists.
  return evidence("present", text);
}

function evidence(state: EvidenceState, text: string): Value {
  return { kind: "evidence", state, text };
}


