import type { Declaration, Grid, InterestsRegister } from "../model.js";
import { looksLikeEvaluationSheet } from "../evaluation/read-evaluation.js";
import { cellText } from "../register/cell-text.js";
import { mapsAsRegister } from "../register/find-header.js";
import { parseDate } from "../register/values/parse-date.js";

interface InterestsHeader {
  row: number;
  person: number;
  organisation: number;
  nature: number | null;
  date: number | null;
}

const ORG = /\b(organi[sz]ations?|company|companies|body|bodies|employer|charity|business|interest in)\b/;
const PERSON = /\b(name|person|member|councillor|officer|declarant)\b/;
const NATURE = /\b(nature|type|interest|role|description|capacity|position)\b/;
const DATE = /\b(date|declared|updated|when)\b/;

function findInterestsHeader(grid: Grid): InterestsHeader | null {
  const last = Math.min(grid.rows.length, 30);
  for (let r = 0; r < last; r++) {
    const texts = (grid.rows[r] ?? []).map((c) => (typeof c === "string" ? cellText(c).toLowerCase() : ""));
    const taken = new Set<number>();
    const pick = (test: (t: string) => boolean): number | null => {
      const i = texts.findIndex((t, idx) => t !== "" && !taken.has(idx) && test(t));
      if (i < 0) return null;
      taken.add(i);
      return i;
    };
    const organisation = pick((t) => ORG.test(t) && !/\bname of (member|officer|councillor)\b/.test(t));
    const date = pick((t) => DATE.test(t));
    const person = pick((t) => PERSON.test(t));
    const nature = pick((t) => NATURE.test(t));
    if (organisation !== null && person !== null && (nature !== null || date !== null)) {
      return { row: r + 1, person, organisation, nature, date };
    }
  }
  return null;
}

/**
 * A register of interests: person, organisation, and the nature or date of the interest, and not a partnership
 * register. Nor the partners' Evaluation sheet, whose "Rater (organisation)", "Rater name" and "Public interest"
 * columns would otherwise read as organisation, person and nature.
 */
export function looksLikeInterestsSheet(grid: Grid): boolean {
  return findInterestsHeader(grid) !== null && !mapsAsRegister(grid) && !looksLikeEvaluationSheet(grid);
}

/** The first sheet (other than the register) that holds a register of interests, read whole. */
export function readInterests(grids: readonly Grid[], registerSheet: string | null): InterestsRegister | null {
  for (const grid of grids) {
    if (grid.name === registerSheet || !looksLikeInterestsSheet(grid)) continue;
    const header = findInterestsHeader(grid)!;
    const declarations: Declaration[] = [];
    for (let r = header.row; r < grid.rows.length; r++) {
      const cells = grid.rows[r] ?? [];
      const person = cellText(cells[header.person]);
      const organisation = cellText(cells[header.organisation]);
      if (person === "" || organisation === "") continue;
      const when = header.date === null ? null : parseDate(cells[header.date] ?? null);
      declarations.push({
        row: r + 1,
        person,
        organisation,
        nature: header.nature === null ? "" : cellText(cells[header.nature]),
        declared: when?.kind === "date" ? when.date : null,
      });
    }
    return { sheet: grid.name, headerRow: header.row, declarations };
  }
  return null;
}
