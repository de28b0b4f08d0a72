// Evaluation sheets (the partners' self-assessment) for tests.
import { EVALUATION_HEADERS } from "../../src/domain/evaluation/evaluation-template.js";
import type { CellValue, Grid } from "../../src/domain/model.js";
import type { TabSpec } from "../../src/domain/tabs/tab-spec.js";
import { RATING_HEADERS } from "./grid.js";

/** The Evaluation template's headers as an officer sees them (row 4). */
export const TEMPLATE_HEADERS = ["Ref", "Partnership", "Rater (organisation)", "Rater name", ...RATING_HEADERS, "Notes"];

/** One rater's row: the partnership (ref and/or name), who rates, the six ratings in the protocol's order. */
export interface RaterRow {
  ref?: string;
  partnership?: string;
  rater?: string;
  raterName?: string;
  /** Up to six cells, in BEHAVIOUR_AREAS order; missing ones are blank. */
  ratings?: CellValue[];
  notes?: string;
}

/** An Evaluation sheet laid out as the template lays it out: title, two lines of instructions, header in row 4. */
export function evaluationGrid(rows: RaterRow[], name = "Evaluation"): Grid {
  return {
    name,
    rows: [
      ["Partners' self-assessment"],
      ["One row per partnership and rater."],
      ["Rate each area from 1 to 5."],
      [...EVALUATION_HEADERS],
      ...rows.map((r) => [
        r.ref ?? null,
        r.partnership ?? null,
        r.rater ?? null,
        r.raterName ?? null,
        ...Array.from({ length: 6 }, (_, i) => r.ratings?.[i] ?? null),
        r.notes ?? null,
      ]),
    ],
  };
}

/** A tab description as the grid an adapter would read back (text as text, numbers as numbers). */
export function gridOf(spec: TabSpec): Grid {
  return {
    name: spec.name,
    rows: spec.rows.map((cells) => cells.map((c) => (c === null ? null : c.v))),
  };
}
