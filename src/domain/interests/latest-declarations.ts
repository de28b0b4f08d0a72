import type { InterestsRegister, IsoDate, Partnership } from "../model.js";
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
    const found = index.latest(person.key);
    if (found) out.push({ person, latest: found.latest, certainty: found.certainty });
  }
  return out;
}
