import type { Declaration, InterestsRegister, IsoDate } from "../model.js";
import { compareIso } from "../register/calendar.js";
import { matchPeople, personKey, type PersonKey } from "./person-name.js";

export interface DeclarationMatch {
  declaration: Declaration;
  certainty: "exact" | "possible";
}

export interface LatestDated {
  /** The date of the most recent dated declaration. */
  latest: IsoDate;
  /** "possible" when the name only matched a declaration on an initial. */
  certainty: "exact" | "possible";
}

/** Declarations indexed by surname, so a 50,000-row register does not compare every person with every declaration. */
export class InterestIndex {
  private readonly bySurname = new Map<string, { key: PersonKey; declaration: Declaration }[]>();

  constructor(register: InterestsRegister) {
    for (const declaration of register.declarations) {
      const key = personKey(declaration.person);
      if (!key.surname) continue;
      const list = this.bySurname.get(key.surname) ?? [];
      list.push({ key, declaration });
      this.bySurname.set(key.surname, list);
    }
  }

  // Person keys are shared by everyone written the same way, and the same officers recur on thousands of rows.
  private readonly found = new WeakMap<PersonKey, readonly DeclarationMatch[]>();

  /** The declarations made by this person, exact matches and matches on an initial (shared: never change it). */
  find(person: PersonKey): readonly DeclarationMatch[] {
    let known = this.found.get(person);
    if (!known) this.found.set(person, (known = this.search(person)));
    return known;
  }

  /**
   * The date of this person's most recent dated declaration, or null when none is dated. Exact name matches are
   * preferred; a person matched only on an initial is judged by those declarations and marked possible.
   */
  latest(person: PersonKey): LatestDated | null {
    let known = this.latestFound.get(person);
    if (known === undefined) this.latestFound.set(person, (known = this.latestOf(this.find(person))));
    return known;
  }

  private readonly latestFound = new WeakMap<PersonKey, LatestDated | null>();

  private latestOf(found: readonly DeclarationMatch[]): LatestDated | null {
    const exact = found.filter((m) => m.certainty === "exact");
    const use = exact.length > 0 ? exact : found;
    let latest: IsoDate | null = null;
    for (const m of use) {
      const d = m.declaration.declared;
      if (d !== null && (latest === null || compareIso(d, latest) > 0)) latest = d;
    }
    return latest === null ? null : { latest, certainty: exact.length > 0 ? "exact" : "possible" };
  }

  private search(person: PersonKey): DeclarationMatch[] {
    const out: DeclarationMatch[] = [];
    for (const entry of this.bySurname.get(person.surname) ?? []) {
      const m = matchPeople(person, entry.key);
      if (m !== "none") out.push({ declaration: entry.declaration, certainty: m });
    }
    return out;
  }
}

const cache = new WeakMap<InterestsRegister, InterestIndex>();

export function interestIndex(register: InterestsRegister): InterestIndex {
  let index = cache.get(register);
  if (!index) {
    index = new InterestIndex(register);
    cache.set(register, index);
  }
  return index;
}
