import type { Changes, Finding, FindingKey, PreviousCheck } from "../model.js";
import { fingerprint } from "./fingerprint.js";

/** The findings that count as open: accepted exceptions are settled, not outstanding. */
export function openFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.status !== "accepted");
}

/**
 * The open findings' keys, each fingerprint once (the first finding with it), in report order, made one at a time
 * each time they are read: a large register has over a million open findings, and only their fingerprints are
 * held (to drop repeats), not a key object each.
 */
export function eachOpenFindingKey(findings: readonly Finding[]): { count: number; keys: Iterable<FindingKey> } {
  const keys: Iterable<FindingKey> = {
    *[Symbol.iterator]() {
      const seen = new Set<string>();
      for (const f of findings) {
        if (f.status === "accepted") continue;
        const fp = fingerprint(f);
        if (seen.has(fp)) continue;
        seen.add(fp);
        yield { fingerprint: fp, rule: f.rule, ref: f.ref, partnership: f.partnership };
      }
    },
  };
  const seen = new Set<string>();
  for (const f of findings) if (f.status !== "accepted") seen.add(fingerprint(f));
  return { count: seen.size, keys };
}

/** The open findings by fingerprint, each once (the first finding with it), in report order. */
export function openFindingKeys(findings: readonly Finding[]): Map<string, FindingKey> {
  const keys = new Map<string, FindingKey>();
  for (const k of eachOpenFindingKey(findings).keys) keys.set(k.fingerprint, k);
  return keys;
}

/** The open findings now against those of the previous check: new, resolved, and how many are unchanged. */
export function compareChecks(previous: PreviousCheck, findings: readonly Finding[]): Changes {
  const before = new Map<string, FindingKey>();
  for (const k of previous.findings) if (!before.has(k.fingerprint)) before.set(k.fingerprint, k);
  const now = openFindingKeys(findings);
  const added: FindingKey[] = [];
  let unchanged = 0;
  for (const [fp, k] of now) {
    if (before.has(fp)) unchanged++;
    else added.push(k);
  }
  const resolved = [...before.values()].filter((k) => !now.has(k.fingerprint));
  return { since: previous.today, new: added, resolved, unchanged };
}

/** "3 new, 5 resolved since 1 July 2026" */
export function changesLine(changes: Changes, formatDate: (d: string) => string): string {
  return `${changes.new.length} new, ${changes.resolved.length} resolved since ${formatDate(changes.since)}`;
}
