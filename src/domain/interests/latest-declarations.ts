import type { InterestsRegister, IsoDate, Partnership } from "../model.js";
import { compareIso } from "../register/calendar.js";
import { interestIndex } from "./interest-index.js";
import { peopleOnRow, type RowPerson } from "./people-on-row.js";

export interface LatestDeclaration {
  person: RowPerson;
  /** The date of their most recent dated declaration in the register of interests. */
  latest: IsoDate;
  /** "possible" when their name only matched a declaration on an initial. */
  certainty: "exact" | "possible";
}

/**
 * Everyone the row names for the council who has a dated declaration, with the latest one. Exact name matches
 * are preferred; a person matched only on an initial is judged by those declarations and marked possible.
 */
export function latestDeclarations(p: Partnership, interests: InterestsRegister): LatestDeclaration[] {
  const index = interestIndex(interests);
  const out: LatestDeclaration[] = [];
  for (const person of peopleOnRow(p)) {
    const found = index.find(person.key);
    const exact = found.filter((m) => m.certainty === "exact");
    const use = exact.length > 0 ? exact : found;
    const dates = use.map((m) => m.declaration.declared).filter((d): d is string => d !== null);
    if (dates.length === 0) continue;
    const latest = dates.reduce((a, b) => (compareIso(a, b) >= 0 ? a : b));
    out.push({ person, latest, certainty: exact.length > 0 ? "exact" : "possible" });
  }
  return out;
}
