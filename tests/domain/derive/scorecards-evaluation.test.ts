// The Scorecards' behaviour areas from the partners' self-assessment (the Evaluation sheet).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { deriveScorecards, type Scorecard } from "../../../src/domain/derive/scorecards.js";
import { disagreements, matchEvaluation } from "../../../src/domain/evaluation/match-evaluation.js";
import { readEvaluation } from "../../../src/domain/evaluation/read-evaluation.js";
import type { CellValue, Report } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";
import { evaluationGrid, type RaterRow } from "../../helpers/evaluation.js";
import { cleanRow, FULL_HEADERS, RATING_HEADERS, registerGrid, TODAY } from "../../helpers/grid.js";

const CANAL = cleanRow();
const ROADS = cleanRow({ Ref: "P-002", Partnership: "Safer Roads Partnership" });

/** The check on a register and an Evaluation sheet (the report carries the sheet, as check() reads it with the register). */
function reportWith(rows: Record<string, CellValue>[], raters: RaterRow[], headers = FULL_HEADERS): Report {
  const grids = [registerGrid(headers, rows), evaluationGrid(raters)];
  const report = check(grids, defaultProfile(), TODAY);
  report.evaluation = readEvaluation(grids, "Register");
  return report;
}

function cards(rows: Record<string, CellValue>[], raters: RaterRow[], headers = FULL_HEADERS): Scorecard[] {
  return deriveScorecards(reportWith(rows, raters, headers), defaultProfile().scoring);
}

describe("check() and the Evaluation sheet", () => {
  it("carries the workbook's Evaluation sheet on the report, so the scorecards use it", () => {
    const report = check([registerGrid(FULL_HEADERS, [CANAL]), evaluationGrid([{ ref: "P-001", rater: "Police", ratings: [4, 2] }])], defaultProfile(), TODAY);
    expect(report.evaluation).toMatchObject({ sheet: "Evaluation", headerRow: 4, rows: [{ row: 5, ref: "P-001", rater: "Police" }] });
    expect(deriveScorecards(report, defaultProfile().scoring)[0]!.behaviours).toEqual([4, 2, null, null, null, null]);
  });

  it("has no evaluation when the workbook has no Evaluation sheet", () => {
    expect(check([registerGrid(FULL_HEADERS, [CANAL])], defaultProfile(), TODAY).evaluation ?? null).toBeNull();
  });
});

describe("scorecards from the Evaluation sheet", () => {
  it("takes the mean of several partners' ratings for each area, and counts the raters", () => {
    const [card] = cards(
      [CANAL],
      [
        { ref: "P-001", rater: "Canal and River Trust", ratings: [4, 3, 5, 4, 2, 4] },
        { ref: "P-001", rater: "County Council", ratings: [5, 3, 4, 4, 3, null] },
        { ref: "P-001", rater: "Borough Council", ratings: [3, 3, 3, 4, 4, null] },
      ],
    );
    expect(card!.behaviours).toEqual([4, 3, 4, 4, 3, 4]);
    expect(card!.behaviourSources).toEqual(Array(6).fill("evaluation"));
    expect(card!.evaluation).toMatchObject({ sheet: "Evaluation", rows: [5, 6, 7], raters: 3 });
    expect(card!.evaluation!.areas.map((a) => a.ratings.length)).toEqual([3, 3, 3, 3, 3, 1]);
    // Areas scored 75, 50, 75, 75, 50, 75: mean 66.67, so 67; overall (4 × 100 + 67) / 5 = 93.4.
    expect(card!.behavioursScore).toBe(67);
    expect(card!.overall).toBe(93);
  });

  it("keeps a mean such as 3.5 as it is (not rounded) and scores it 62.5", () => {
    const [card] = cards([CANAL], [{ ref: "P-001", ratings: [3] }, { ref: "P-001", ratings: [4] }]);
    expect(card!.behaviours).toEqual([3.5, null, null, null, null, null]);
    expect(card!.behavioursScore).toBe(63);
  });

  it("says partners disagree where their ratings of an area are 2 or more apart, and not at 1 apart", () => {
    const [card] = cards(
      [CANAL],
      [
        { ref: "P-001", rater: "Canal and River Trust", ratings: [1, 3, 4] },
        { ref: "P-001", rater: "County Council", ratings: [4, 4, 4] },
        { ref: "P-001", rater: "Police", ratings: [2, 3, 5] },
      ],
    );
    expect(card!.evaluation!.areas.slice(0, 3).map((a) => a.spread)).toEqual([3, 1, 1]);
    expect(disagreements(card!.evaluation!)).toEqual([{ label: "Achieve intended outcomes", low: 1, high: 4 }]);
  });

  it("leaves an area nobody rated not assessed, and a partnership nobody rated without an evaluation", () => {
    const [canal, roads] = cards([CANAL, ROADS], [{ ref: "P-001", ratings: [4, null, null, null, 2] }, { ref: "P-002" }]);
    expect(canal!.behaviours).toEqual([4, null, null, null, 2, null]);
    expect(canal!.behaviourSources).toEqual(["evaluation", null, null, null, "evaluation", null]);
    expect(roads!.behaviours).toEqual(Array(6).fill(null));
    expect(roads!.evaluation).toBeNull();
    expect(roads!.behavioursScore).toBeNull();
  });

  it("ignores malformed ratings for the mean, never crashes, and lists them on the scorecard", () => {
    const [card] = cards(
      [CANAL],
      [
        { ref: "P-001", rater: "County Council", ratings: [6, "good", 4] },
        { ref: "P-001", rater: "Police", ratings: [2, 3, "four"] },
      ],
    );
    expect(card!.behaviours).toEqual([2, 3, 4, null, null, null]);
    expect(card!.evaluation!.raters).toBe(2);
    expect(card!.evaluation!.unreadable).toEqual([
      { row: 5, column: "E", text: "6" },
      { row: 5, column: "F", text: "good" },
      { row: 6, column: "G", text: "four" },
    ]);
  });

  it("counts a row whose every rating is unreadable as no rater, but still shows what it could not read", () => {
    const [card] = cards([CANAL], [{ ref: "P-001", ratings: ["excellent!"] }]);
    expect(card!.evaluation).toMatchObject({ raters: 0, unreadable: [{ row: 5, column: "E", text: "excellent!" }] });
    expect(card!.behaviours).toEqual(Array(6).fill(null));
  });

  it("matches rows by reference first, loosely (case and spaces), else by name (case and spacing)", () => {
    const [canal, roads] = cards(
      [CANAL, ROADS],
      [
        { ref: " p-001 ", partnership: "Some other name", ratings: [5] },
        { partnership: "  safer   ROADS partnership ", ratings: [1] },
        { ref: "P-999", partnership: "Safer Roads Partnership", ratings: [3] },
      ],
    );
    expect(canal!.behaviours[0]).toBe(5);
    expect(roads!.behaviours[0]).toBe(2); // rows 6 (by name) and 7 (ref unknown, so by name)
    expect(roads!.evaluation!.rows).toEqual([6, 7]);
  });

  it("lists the rated rows that name no partnership in the register", () => {
    const report = reportWith([CANAL], [{ ref: "P-001", ratings: [4] }, { ref: "P-404", partnership: "Nowhere", ratings: [2] }, { ratings: [3] }, { ref: "P-405" }]);
    expect(matchEvaluation(report.evaluation!, report.partnerships).unmatchedRows).toEqual([6, 7]);
  });

  it("prefers the partners' mean to the register's own rating column, area by area, and falls back to the column", () => {
    const [card] = cards(
      [cleanRow({ [RATING_HEADERS[0]!]: 2, [RATING_HEADERS[1]!]: "Good", [RATING_HEADERS[2]!]: "" })],
      [{ ref: "P-001", ratings: [5, null, 3] }],
      [...FULL_HEADERS, ...RATING_HEADERS],
    );
    expect(card!.behaviours).toEqual([5, 4, 3, null, null, null]);
    expect(card!.behaviourSources).toEqual(["evaluation", "register", "evaluation", null, null, null]);
  });

  it("uses the register's own ratings alone when the workbook has no Evaluation sheet", () => {
    const report = check([registerGrid([...FULL_HEADERS, ...RATING_HEADERS], [cleanRow({ [RATING_HEADERS[0]!]: 4 })])], defaultProfile(), TODAY);
    const [card] = deriveScorecards(report, defaultProfile().scoring);
    expect(card!.behaviours[0]).toBe(4);
    expect(card!.behaviourSources[0]).toBe("register");
    expect(card!.evaluation).toBeNull();
  });
});

describe("the partners' worked example in docs/scoring.md", () => {
  it("is what the tool gives P-018 of the bundled example register when two partners rate it", async () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const doc = fs.readFileSync(path.join(root, "docs/scoring.md"), "utf8");
    expect(doc).toContain("(75 + 90 + 75 + 90 + 71) ÷ 5 = 80.2, so **80**: Green");
    const grids = [
      ...readGrids(await openWorkbook(path.join(root, "examples/partnership-register.xlsx"))),
      evaluationGrid([
        { ref: "P-018", rater: "Canal and River Trust", ratings: [4, 4, 4, 4, 4, 4] },
        { ref: "P-018", rater: "County Council", ratings: [1, 4, 5, 4, 4, 4] },
      ]),
    ];
    const profile = defaultProfile();
    const report = check(grids, profile, "2026-11-30");
    report.evaluation = readEvaluation(grids, report.register!.sheet);
    const card = deriveScorecards(report, profile.scoring).find((c) => c.ref === "P-018")!;
    expect(card).toMatchObject({
      dimensions: { governance: 75, performance: 90, finance: 75, riskAndConflicts: 90 },
      behaviours: [2.5, 4, 4.5, 4, 4, 4],
      behavioursScore: 71,
      overall: 80,
      rag: "green",
    });
    expect(card.evaluation!.raters).toBe(2);
    expect(disagreements(card.evaluation!)).toEqual([{ label: "Achieve intended outcomes", low: 1, high: 4 }]);
  });
});
