import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { EVALUATION_HEADERS, evaluationTemplate, FIRST_RATING_COLUMN, SPARE_ROWS } from "../../../src/domain/evaluation/evaluation-template.js";
import { looksLikeEvaluationSheet, readEvaluation } from "../../../src/domain/evaluation/read-evaluation.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { pickRegister } from "../../../src/domain/register/pick-register.js";
import { TAB_MARKER, type TabCell } from "../../../src/domain/tabs/tab-spec.js";
import { gridOf, TEMPLATE_HEADERS } from "../../helpers/evaluation.js";
import { cleanRow, FULL_HEADERS, registerGrid, TODAY } from "../../helpers/grid.js";

const REGISTER = registerGrid(FULL_HEADERS, [
  cleanRow(),
  cleanRow({ Ref: "P-002", Partnership: "Safer Roads Partnership" }),
  cleanRow({ Ref: "P-003", Partnership: "Leisure Centres Contract", "Form of partnership": "Contract for services" }),
  cleanRow({ Ref: "P-004", Partnership: "Sure Start Partnership", Status: "Closed" }),
  cleanRow({ Ref: "", Partnership: "Youth Forum" }),
]);
const template = evaluationTemplate(check([REGISTER], defaultProfile(), TODAY));
const text = (c: TabCell | undefined) => (c && "v" in c ? String(c.v) : "");
const HEADER = template.rows.findIndex((r) => text(r[0]) === "Ref");

describe("evaluationTemplate: the blank Evaluation sheet", () => {
  it("is called Evaluation and carries no generated-tab marker (it is the user's once written)", () => {
    expect(template.name).toBe("Evaluation");
    for (const row of template.rows) for (const cell of row) expect(text(cell ?? undefined)).not.toContain(TAB_MARKER);
  });

  it("heads Ref, Partnership, the rater, one 1-5 column for each of the six behaviour areas, and Notes", () => {
    expect(template.rows[HEADER]!.map(text)).toEqual(TEMPLATE_HEADERS);
    expect(template.widths).toHaveLength(EVALUATION_HEADERS.length);
    expect(template.freezeRows).toBe(HEADER + 1);
  });

  it("fills in Ref and Partnership for every partnership that gets a scorecard, one blank rater row each, in register order", () => {
    const rows = template.rows.slice(HEADER + 1);
    expect(rows.map((r) => [text(r[0]), text(r[1])])).toEqual([
      ["P-001", "Canal Corridor Partnership"],
      ["P-002", "Safer Roads Partnership"],
      ["", "Youth Forum"],
    ]);
    for (const r of rows) expect(r.slice(2).filter(Boolean)).toEqual([]);
  });

  it("puts a 1-5 dropdown, with a plain-English error, on the six rating columns of every row and spare rows below", () => {
    expect(template.validations).toEqual([
      {
        top: HEADER + 1,
        left: FIRST_RATING_COLUMN,
        bottom: HEADER + 3 + SPARE_ROWS,
        right: FIRST_RATING_COLUMN + 5,
        list: ["1", "2", "3", "4", "5"],
        title: "Rating 1 to 5",
        prompt: expect.stringContaining("from 1 (inadequate) to 5 (excellent)"),
        error: expect.stringContaining("Please enter a whole number from 1 to 5"),
      },
    ]);
    const v = template.validations![0]!;
    expect(v.error.length).toBeLessThanOrEqual(255);
    expect(v.prompt!.length).toBeLessThanOrEqual(255);
    expect(v.title!.length).toBeLessThanOrEqual(32);
  });

  it("tells the user, above the table, how to fill it in", () => {
    const above = template.rows.slice(0, HEADER).map((r) => text(r[0])).join("\n");
    expect(above).toContain("One row per partnership and rater");
    expect(above).toContain("copy the partnership's row");
    expect(above).toContain("from 1 to 5");
  });

  it("reads back as an Evaluation sheet, and is never taken for the register", () => {
    const grid = gridOf(template);
    expect(looksLikeEvaluationSheet(grid)).toBe(true);
    expect(readEvaluation([REGISTER, grid], "Register")).toMatchObject({ headerRow: HEADER + 1, areaColumns: ["E", "F", "G", "H", "I", "J"] });
    const pick = pickRegister([grid, REGISTER]);
    expect(pick.ok && pick.grid.name).toBe("Register");
  });
});
