import { describe, expect, it } from "vitest";
import { looksLikeEvaluationSheet, parseEvaluationRating, readEvaluation } from "../../../src/domain/evaluation/read-evaluation.js";
import { readInterests } from "../../../src/domain/interests/read-interests.js";
import type { Grid } from "../../../src/domain/model.js";
import { pickRegister } from "../../../src/domain/register/pick-register.js";
import { TAB_MARKER } from "../../../src/domain/tabs/tab-spec.js";
import { evaluationGrid } from "../../helpers/evaluation.js";
import { cleanRow, interestsGrid, registerGrid, CLEAN_ROW_DECLARATIONS } from "../../helpers/grid.js";

/** A sparse register: fewer mapped fields (ref, name, status, sponsoring officer) than an Evaluation sheet has (eight). */
const SPARSE = registerGrid(["Ref", "Partnership", "Status", "Sponsoring officer"], [{ Ref: "P-001", Partnership: "Canal Corridor Partnership", Status: "Active", "Sponsoring officer": "Anna Bell" }]);

describe("readEvaluation: reading the partners' self-assessment", () => {
  it("reads one row per partnership and rater, with the six ratings in the protocol's order", () => {
    const sheet = readEvaluation(
      [
        SPARSE,
        evaluationGrid([
          { ref: "P-001", partnership: "Canal Corridor Partnership", rater: "Canal and River Trust", raterName: "Sam Lee", ratings: [4, 3, 5, 4, 4, 2] },
          { ref: "P-001", partnership: "Canal Corridor Partnership", rater: "County Council", ratings: [2, null, 5, "4", " 3 ", "2/5"] },
        ]),
      ],
      "Register",
    );
    expect(sheet).toMatchObject({ sheet: "Evaluation", headerRow: 4, areaColumns: ["E", "F", "G", "H", "I", "J"] });
    expect(sheet!.rows).toEqual([
      { row: 5, ref: "P-001", partnership: "Canal Corridor Partnership", rater: "Canal and River Trust", raterName: "Sam Lee", ratings: [4, 3, 5, 4, 4, 2], unreadable: [] },
      { row: 6, ref: "P-001", partnership: "Canal Corridor Partnership", rater: "County Council", raterName: "", ratings: [2, null, 5, 4, 3, 2], unreadable: [] },
    ]);
  });

  it("keeps ratings that are not a whole number from 1 to 5 out, and lists them with their column", () => {
    const sheet = readEvaluation(
      [evaluationGrid([{ ref: "P-001", rater: "County Council", ratings: [6, "good", 3.5, 0, { error: "#N/A" }, true] }])],
      "Register",
    );
    expect(sheet!.rows[0]!.ratings).toEqual([null, null, null, null, null, null]);
    expect(sheet!.rows[0]!.unreadable).toEqual([
      { column: "E", text: "6" },
      { column: "F", text: "good" },
      { column: "G", text: "3.5" },
      { column: "H", text: "0" },
      { column: "I", text: "#N/A" },
      { column: "J", text: "TRUE" },
    ]);
  });

  it("reads 'N/A', 'not assessed' and a dash as not rated, not as unreadable", () => {
    for (const text of ["N/A", "Not assessed", "-", "don't know"]) expect(parseEvaluationRating(text)).toEqual({ kind: "blank" });
    expect(parseEvaluationRating(null)).toEqual({ kind: "blank" });
    expect(parseEvaluationRating(5)).toEqual({ kind: "rating", rating: 5 });
    expect(parseEvaluationRating("4 out of 5")).toEqual({ kind: "rating", rating: 4 });
  });

  it("leaves out rows with no partnership and no rating (the blank rows under a filled-in sheet)", () => {
    const sheet = readEvaluation(
      [evaluationGrid([{ ref: "P-001", rater: "County Council", ratings: [3] }, { rater: "Somebody", notes: "to do" }, {}, { ratings: [null, 4] }])],
      "Register",
    );
    expect(sheet!.rows.map((r) => r.row)).toEqual([5, 8]);
    expect(sheet!.rows[1]).toMatchObject({ ref: null, partnership: null, ratings: [null, 4, null, null, null, null] });
  });

  it("finds the header wherever it is, and reads a sheet with only some of the six areas", () => {
    const grid: Grid = {
      name: "Partner ratings",
      rows: [[], ["Partnership", "Rated by", "Act ethically", "Public interest"], ["Canal Corridor Partnership", "County Council", 4, 5]],
    };
    const sheet = readEvaluation([grid], "Register");
    expect(sheet).toMatchObject({ sheet: "Partner ratings", headerRow: 2, areaColumns: [null, "D", null, null, "C", null] });
    expect(sheet!.rows[0]).toMatchObject({ partnership: "Canal Corridor Partnership", rater: "County Council", ratings: [null, 5, null, null, 4, null] });
  });

  it("is null when the workbook has no Evaluation sheet, and never reads the register or our own tabs as one", () => {
    expect(readEvaluation([SPARSE], "Register")).toBeNull();
    const named = { ...evaluationGrid([{ ref: "P-001", ratings: [3] }]), name: "Register" };
    expect(readEvaluation([named], "Register")).toBeNull();
    const ours = evaluationGrid([{ ref: "P-001", ratings: [3] }], "Scorecards");
    ours.rows[1] = [`${TAB_MARKER} · Register: x`];
    expect(readEvaluation([ours], "Register")).toBeNull();
  });

  it("prefers the sheet called Evaluation when two sheets look like one", () => {
    const other = evaluationGrid([{ ref: "P-001", ratings: [1] }], "Old ratings");
    const sheet = readEvaluation([SPARSE, other, evaluationGrid([{ ref: "P-001", ratings: [5] }])], "Register");
    expect(sheet!.sheet).toBe("Evaluation");
  });
});

describe("an Evaluation sheet is not the register, nor a register of interests", () => {
  it("is recognised by its partnership, rater and rating columns", () => {
    expect(looksLikeEvaluationSheet(evaluationGrid([]))).toBe(true);
    expect(looksLikeEvaluationSheet(evaluationGrid([], "Ratings 2026"))).toBe(true);
  });

  it("is not taken for a register that has rating columns and an 'Assessed by' column", () => {
    const register = registerGrid(
      ["Ref", "Partnership", "Status", "Sponsoring officer", "Accountable officer", "Act ethically", "Assessed by"],
      [{ Ref: "P-001", Partnership: "Canal Corridor Partnership", Status: "Active", "Act ethically": 4, "Assessed by": "Audit" }],
    );
    expect(looksLikeEvaluationSheet(register)).toBe(false);
  });

  it("is skipped when picking the register, even though its header maps more register fields than a sparse register's", () => {
    const pick = pickRegister([evaluationGrid([{ ref: "P-001", partnership: "Canal Corridor Partnership", ratings: [4] }]), SPARSE]);
    expect(pick.ok && pick.grid.name).toBe("Register");
  });

  it("is still the register when the user names it with --sheet", () => {
    const pick = pickRegister([SPARSE, evaluationGrid([{ ref: "P-001", ratings: [4] }])], "Evaluation");
    expect(pick.ok && pick.grid.name).toBe("Evaluation");
  });

  it("is never read as a register of interests (its rater organisation, rater name and 'Public interest' columns)", () => {
    const evaluation = evaluationGrid([{ ref: "P-001", rater: "County Council", raterName: "Dev Patel", ratings: [4, 4] }]);
    expect(readInterests([registerGrid(["Ref"], [cleanRow()]), evaluation], "Register")).toBeNull();
    // With fewer areas its header maps too few register fields to count as a register: the rater columns must not make it a register of interests.
    const partial: Grid = {
      name: "Evaluation",
      rows: [["Partnership", "Rater (organisation)", "Rater name", "Public interest", "Act ethically"], ["Canal Corridor Partnership", "County Council", "Dev Patel", 4, 3]],
    };
    expect(readInterests([registerGrid(["Ref"], [cleanRow()]), partial], "Register")).toBeNull();
    expect(readEvaluation([partial], "Register")?.rows[0]).toMatchObject({ rater: "County Council", raterName: "Dev Patel", ratings: [null, 4, null, null, 3, null] });
    const interests = interestsGrid(CLEAN_ROW_DECLARATIONS);
    expect(readInterests([evaluation, interests], "Register")?.sheet).toBe("Register of interests");
  });
});
