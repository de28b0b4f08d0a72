// The Conflicts tab's rows: one a potential conflict of interest, drawn from the conflict findings
// and from people who hold several roles on one partnership. Pure: no I/O.

import type { Finding, Partnership, Report } from "../model.js";
import { peopleOnRow, type RowPerson } from "../interests/people-on-row.js";
import { matchPeople, personKey, type PersonKey } from "../interests/person-name.js";
import { outOfScopeReason } from "../rules/scope.js";
import { joinAnd } from "../words.js";

export type ConflictKind =
  | "fiduciary role"
  | "declared interest in a partner"
  | "stale declaration"
  | "no declaration on file"
  | "several roles on one partnership"
  | "conflicts not recorded";

export interface ConflictPartnership {
  row: number;
  ref: string | null;
  name: string | null;
}

export interface ConflictRow {
  person: string;
  /** Every partnership this conflict concerns, in register order. */
  partnerships: ConflictPartnership[];
  /** The person's roles on those partnerships, each once. */
  roles: string[];
  kind: ConflictKind;
  /** What the conflict rests on; several pieces are one a line. */
  evidence: string;
  certainty: "exact" | "possible";
  action: string;
}

/** The kinds in the order the tab lists them: the most serious first. */
export const CONFLICT_KINDS: readonly ConflictKind[] = [
  "declared interest in a partner",
  "fiduciary role",
  "stale declaration",
  "several roles on one partnership",
  "conflicts not recorded",
  "no declaration on file",
];

/** What to do about each kind of conflict, in plain English. */
export const CONFLICT_ACTIONS: Readonly<Record<ConflictKind, string>> = {
  "declared interest in a partner":
    "Refer to the monitoring officer. Record how the conflict is managed (declared at each meeting, no part in decisions " +
    "affecting that organisation), or whether the person should step back from the partnership (clause 2.13).",
  "fiduciary role":
    "Make sure the director or trustee role is declared, and agree with the monitoring officer how conflicts between " +
    "the duty to that body and the council's interests will be handled (clause 2.13).",
  "stale declaration": "Ask the person to renew their declaration of interests, and update the register of interests.",
  "several roles on one partnership":
    "Check that one person holding these roles does not weaken oversight: the officer who monitors the partnership " +
    "should be independent of those who act for the council on it. Separate the roles, or record why they are combined " +
    "and how conflicts are handled.",
  "conflicts not recorded":
    "Ask the representative to declare their interests for this partnership and record it on the register (clauses 2.13, 2.4 h).",
  "no declaration on file":
    "Check a declaration of interests is on file for this person (officers' declarations may be kept elsewhere); if not, ask them to make one.",
};

const POSSIBLE_PREFIX = "First confirm this is the same person: the names only partly match. Then: ";

const KIND_OF_RULE: Readonly<Record<string, ConflictKind>> = {
  "declared-interest-in-partner": "declared interest in a partner",
  "fiduciary-role": "fiduciary role",
  "stale-declaration": "stale declaration",
  "declaration-not-found": "no declaration on file",
  "conflicts-not-recorded": "conflicts not recorded",
};

/** One person's conflict on one partnership, before rows are grouped across partnerships. */
interface Entry {
  person: string;
  partnership: ConflictPartnership;
  roles: string[];
  kind: ConflictKind;
  evidence: string;
  certainty: "exact" | "possible";
}

/**
 * Every potential conflict of interest in the report, one row a person and kind of conflict
 * (and certainty), with the partnerships it concerns: a stale declaration on two partnerships is
 * one row naming both. A "possible" match is never folded into an "exact" one. Declared interests come first, then
 * fiduciary roles, stale declarations, several roles, conflicts not recorded and missing
 * declarations; then by person.
 */
export function deriveConflicts(report: Report): ConflictRow[] {
  const byRow = new Map<number, Partnership>(report.partnerships.map((p) => [p.row, p]));
  const entries: Entry[] = [];
  for (const f of report.findings) {
    const kind = KIND_OF_RULE[f.rule];
    if (!kind || f.row === null) continue;
    entries.push(...fromFinding(f, kind, byRow.get(f.row)));
  }
  for (const p of report.partnerships) {
    if (outOfScopeReason(p) !== null) continue;
    entries.push(...severalRoles(p));
  }
  return group(entries).sort(
    (a, b) =>
      CONFLICT_KINDS.indexOf(a.kind) - CONFLICT_KINDS.indexOf(b.kind) ||
      a.person.localeCompare(b.person, "en-GB", { sensitivity: "base" }) ||
      (a.partnerships[0]?.row ?? 0) - (b.partnerships[0]?.row ?? 0) ||
      a.evidence.localeCompare(b.evidence),
  );
}

function fromFinding(f: Finding, kind: ConflictKind, p: Partnership | undefined): Entry[] {
  const partnership: ConflictPartnership = { row: f.row ?? 0, ref: f.ref, name: f.partnership };
  if (kind === "conflicts not recorded") {
    // The rule names no people: every representative on the row is asked to declare.
    const people = p ? peopleOnRow(p).filter((x) => x.roles.some((r) => baseRole(r) === "representative")) : [];
    const declared = p?.values.conflictsDeclared;
    const written = declared && "text" in declared && declared.text.trim() !== "" ? `"${declared.text.trim()}"` : "blank";
    const evidence = `No record that conflicts of interest were declared (the register says ${written})`;
    if (people.length === 0) {
      return [{ person: "The council's representatives", partnership, roles: ["representative"], kind, evidence, certainty: "exact" }];
    }
    return people.map((x) => ({ person: x.name, partnership, roles: x.roles, kind, evidence, certainty: "exact" }));
  }
  return (f.people ?? []).map((x) => ({
    person: x.person,
    partnership,
    roles: x.roles,
    kind,
    evidence: x.evidence ?? (kind === "no declaration on file" ? "No entry in the register of interests" : f.message),
    certainty: x.certainty,
  }));
}

/** "representative (director)" -> "representative". */
function baseRole(role: string): string {
  return role.replace(/\s*\(.*\)\s*$/, "");
}

function distinctBaseRoles(roles: readonly string[]): string[] {
  return [...new Set(roles.map(baseRole))];
}

/** People named in two or more roles on the row; names that only partly match are paired as "possible". */
function severalRoles(p: Partnership): Entry[] {
  const partnership: ConflictPartnership = { row: p.row, ref: p.ref, name: p.name };
  const kind: ConflictKind = "several roles on one partnership";
  const people = peopleOnRow(p);
  const out: Entry[] = [];
  for (const x of people) {
    const bases = distinctBaseRoles(x.roles);
    if (bases.length < 2) continue;
    out.push({ person: x.name, partnership, roles: x.roles, kind, evidence: `Named as ${joinAnd(bases)}`, certainty: "exact" });
  }
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = people[i] as RowPerson;
      const b = people[j] as RowPerson;
      if (matchPeople(a.key, b.key) !== "possible") continue;
      const roles = [...new Set([...a.roles, ...b.roles])];
      if (distinctBaseRoles(roles).length < 2) continue;
      const fuller = b.name.length > a.name.length ? b : a;
      const other = fuller === a ? b : a;
      out.push({
        person: fuller.name,
        partnership,
        roles,
        kind,
        evidence:
          `Named as ${joinAnd(distinctBaseRoles(a.roles))} ("${a.name}") and as ${joinAnd(distinctBaseRoles(b.roles))} ("${b.name}"); ` +
          `"${other.name}" may be the same person`,
        certainty: "possible",
      });
    }
  }
  return out;
}

interface Group {
  key: PersonKey;
  row: ConflictRow;
  /** Each piece of evidence, once, with the partnerships it was found on. */
  evidence: { text: string; rows: number[] }[];
}

/**
 * Rows of the same person (names matching exactly), kind and certainty become one row across
 * partnerships. Where the evidence differs between partnerships, each piece is kept, one a line,
 * prefixed with the partnerships it comes from.
 */
function group(entries: readonly Entry[]): ConflictRow[] {
  const groups: Group[] = [];
  // Candidates are looked up by kind, certainty and surname, so a big register is not scanned once per entry.
  const buckets = new Map<string, Group[]>();
  for (const e of entries) {
    const key = personKey(e.person);
    const bucketKey = `${e.kind}|${e.certainty}|${key.surname || e.person}`;
    const bucket = buckets.get(bucketKey) ?? [];
    let same = bucket.find((g) => g.row.person === e.person || (key.surname !== "" && matchPeople(g.key, key) === "exact"));
    if (!same) {
      same = {
        key,
        row: { person: e.person, partnerships: [], roles: [], kind: e.kind, evidence: "", certainty: e.certainty, action: "" },
        evidence: [],
      };
      groups.push(same);
      bucket.push(same);
      buckets.set(bucketKey, bucket);
    }
    const r = same.row;
    if (!r.partnerships.some((x) => x.row === e.partnership.row)) r.partnerships.push(e.partnership);
    for (const role of e.roles) if (!r.roles.includes(role)) r.roles.push(role);
    const ev = same.evidence.find((x) => x.text === e.evidence);
    if (!ev) same.evidence.push({ text: e.evidence, rows: [e.partnership.row] });
    else if (!ev.rows.includes(e.partnership.row)) ev.rows.push(e.partnership.row);
  }
  return groups.map(({ row, evidence }) => {
    row.partnerships.sort((a, b) => a.row - b.row);
    // "representative (trustee)" on one partnership and "representative" on another: the fuller label says it all.
    row.roles = row.roles.filter((r) => r !== baseRole(r) || !row.roles.some((o) => o !== r && baseRole(o) === r));
    const label = (n: number) => {
      const p = row.partnerships.find((x) => x.row === n);
      return p?.ref ?? p?.name ?? `Row ${n}`;
    };
    row.evidence =
      evidence.length === 1 || row.partnerships.length === 1
        ? evidence.map((x) => x.text).join("\n")
        : evidence.map((x) => `${x.rows.sort((a, b) => a - b).map(label).join(", ")}: ${x.text}`).join("\n");
    row.action = row.certainty === "possible" ? POSSIBLE_PREFIX + CONFLICT_ACTIONS[row.kind] : CONFLICT_ACTIONS[row.kind];
    return row;
  });
}
