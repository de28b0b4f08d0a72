import type { Field, Partnership } from "../model.js";
import { matchPeople, personKey, type PersonKey } from "./person-name.js";

export interface RowPerson {
  /** The name as first written on the row, without title or capacity. */
  name: string;
  key: PersonKey;
  /** E.g. ["representative (director)", "sponsoring officer"]. */
  roles: string[];
  capacities: string[];
}

/** The fields that name people acting for the council: what the conflict-of-interest rules read. */
export const PEOPLE_FIELDS = ["representatives", "sponsoringOfficer", "accountableOfficer"] as const satisfies readonly Field[];

const ROLE_FIELDS: [Field, string][] = [
  ["representatives", "representative"],
  ["sponsoringOfficer", "sponsoring officer"],
  ["accountableOfficer", "accountable officer"],
];

// The rules that ask run one after another on the same row, so the last row's answer is all that is worth
// keeping: remembering every row's would hold thousands of small objects per thousand rows until the check ends.
let lastRow: Partnership | null = null;
let lastPeople: RowPerson[] = [];

/** Everyone the row names for the council, each once, with every role they hold on it (shared: never change it). */
export function peopleOnRow(p: Partnership): RowPerson[] {
  if (p !== lastRow) {
    lastPeople = collectPeople(p);
    lastRow = p;
  }
  return lastPeople;
}

function collectPeople(p: Partnership): RowPerson[] {
  const out: RowPerson[] = [];
  for (const [field, role] of ROLE_FIELDS) {
    const v = p.values[field];
    if (v?.kind !== "people") continue;
    for (const person of v.people) {
      const key = personKey(person.raw);
      if (!key.surname) continue;
      const label = person.capacity ? `${role} (${person.capacity})` : role;
      const same = out.find((o) => matchPeople(o.key, key) === "exact");
      if (same) {
        if (!same.roles.includes(label)) same.roles.push(label);
        if (person.capacity && !same.capacities.includes(person.capacity)) same.capacities.push(person.capacity);
      } else {
        out.push({ name: key.display || person.name, key, roles: [label], capacities: person.capacity ? [person.capacity] : [] });
      }
    }
  }
  return out;
}
