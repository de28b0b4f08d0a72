// The Evaluation sheet as a blank template for the partners' self-assessment: one row per partnership (its reference
// and name filled in), a 1-5 dropdown for each behaviour area, and room for notes. It belongs to the user once
// written: it carries no generated-tab marker, so no later check ever replaces or removes it.

import type { Report } from "../model.js";
import { isClosed, outOfScopeReason } from "../rules/scope.js";
import { safeText } from "../safe-text.js";
import type { TabCell, TabSpec } from "../tabs/tab-spec.js";
import { BEHAVIOUR_AREAS } from "./behaviour-areas.js";
import { EVALUATION_SHEET } from "./read-evaluation.js";

export const EVALUATION_HEADERS = [
  "Ref",
  "Partnership",
  "Rater (organisation)",
  "Rater name",
  ...BEHAVIOUR_AREAS.map((a) => `${a.label} (1-5)`),
  "Notes",
] as const;

/** First column of the ratings (0-based), after Ref, Partnership, Rater (organisation) and Rater name. */
export const FIRST_RATING_COLUMN = 4;

/** Rows below the filled-in ones that still get the dropdowns, for partners added at the end. */
export const SPARE_ROWS = 200;

const HEADER_ROW = 3;

const INSTRUCTIONS = [
  "One row per partnership and rater: each partner organisation rates the partnership separately, on its own row. " +
    "To add a rater, copy the partnership's row and fill in the copy.",
  "Rate each Standards for England behaviour area from 1 to 5 (5 excellent, 4 good, 3 adequate, 2 weak, 1 inadequate); " +
    "leave a cell blank where you cannot say. Check the register again to see the partners' mean ratings on the Scorecards tab.",
];

/**
 * The template: a title, two lines of instructions, the header in row 4 and one row for each partnership that gets a
 * scorecard (in scope and not closed), in register order, with Ref and Partnership filled in.
 */
export function evaluationTemplate(report: Report): TabSpec {
  const rows: TabCell[][] = [
    [{ t: "text", v: "Partners' self-assessment against the Standards for England partnership behaviours", style: "title" }],
    [{ t: "text", v: INSTRUCTIONS[0]!, style: "muted" }],
    [{ t: "text", v: INSTRUCTIONS[1]!, style: "muted" }],
    EVALUATION_HEADERS.map((h) => ({ t: "text", v: h, style: "heading", wrap: true }) as TabCell),
  ];
  for (const p of report.partnerships) {
    if (outOfScopeReason(p) !== null || isClosed(p)) continue;
    rows.push([{ t: "text", v: safeText(p.ref ?? "") }, { t: "text", v: safeText(p.name ?? "") }]);
  }
  const last = rows.length - 1;
  return {
    key: "evaluation",
    name: EVALUATION_SHEET,
    widths: [10, 36, 24, 20, ...BEHAVIOUR_AREAS.map(() => 14), 48],
    rows,
    freezeRows: HEADER_ROW + 1,
    validations: [
      {
        top: HEADER_ROW + 1,
        left: FIRST_RATING_COLUMN,
        bottom: Math.max(last, HEADER_ROW) + SPARE_ROWS,
        right: FIRST_RATING_COLUMN + BEHAVIOUR_AREAS.length - 1,
        list: ["1", "2", "3", "4", "5"],
        title: "Rating 1 to 5",
        prompt: "Rate this area from 1 (inadequate) to 5 (excellent), or leave it blank if you cannot say.",
        error: "Please enter a whole number from 1 to 5 (5 excellent, 4 good, 3 adequate, 2 weak, 1 inadequate), or leave the cell blank.",
      },
    ],
  };
}
