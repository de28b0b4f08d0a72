import type { Declaration, InterestsRegister } from "../model.js";
import { matchPeople, personKey, type PersonKey } from "./person-name.js";

export interface DeclarationMatch {
  declaration: Declaration;
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

  find(person: PersonKey): DeclarationMatch[] {
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
