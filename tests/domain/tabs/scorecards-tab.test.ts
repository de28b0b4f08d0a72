import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { deriveScorecards } from "../../../src/domain/derive/scorecards.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import type { Provenance } from "../../../src/domain/tabs/provenance.js";
import { evaluationOverview } from "../../../src/domain/evaluation/match-evaluation.js";
import { readEvaluation } from "../../../src/domain/evaluation/read-evaluation.js";
import { scorecardsTab } from "../../../src/domain/tabs/scorecards-tab.js";
import { TAB_MARKER, type TabCell, type TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { evaluationGrid, type RaterRow } from "../../helpers/evaluation.js";
import { cleanRow, FULL_HEADERS, RATING_HEADERS, registerGrid, TODAY } from "../../helpers/grid.js";


const HEADINGS = [
  "Ref",
  "Partnership",
  "Errors",
  "Warnings",
  "Governance",
  "Performance management",
  "Financial probity",
  "Risk and conflicts",
  "Achieve intended outcomes",
  "Public interest",
  "Building partners' capacity",
  "Value and respect each other",
  "Act ethically",
  "Aligning strategies and networks",
  "Behaviours (0-100)",
  "Overall",
  "RAG",
  "Recommendation",
  "Raters",
  "Agreement between partners",
  "Rating notes",
];

const FROM: Provenance = { file: "register.xlsx", sheet: "Register", profile: "default", today: TODAY };

function tabFor(rows: Record<string, CellValue>[], opts: { headers?: string[]; profile?: Profile } = {}): TabSpec {
  const profile = opts.profile ?? defaultProfile();
  const report = check([registerGrid(opts.headers ?? [...FULL_HEADERS, ...RATING_HEADERS], rows)], profile, TODAY);
  return scorecardsTab(deriveScorecards(report, profile.scoring), FROM, profile.scoring);
}

const text = (c: TabCell | undefined) => (c && "v" in c ? String(c.v) : "");
const headerIndex = (tab: TabSpec) => tab.rows.findIndex((r) => text(r[0]) === "Ref" && text(r[1]) === "Partnership");
const dataRows = (tab: TabSpec) => tab.rows.slice(headerIndex(tab) + 1);
const col = (name: string) => HEADINGS.indexOf(name);
const cell = (row: TabCell[], name: string) => row[col(name)];

/** A green, an amber and a red partnership, one out of scope and one closed. */
const MIXED = [
  cleanRow({ "Achieve intended outcomes (1-5)": 5, "Public interest (1-5)": "4", "Building partners' capacity (1-5)": "Adequate" }),
  cleanRow({
    Ref: "P-002",
    Partnership: "Safer Roads Partnership",
    "Sponsoring officer": "",
    "Terms of reference": "No",
    "Accountable officer": "",
    "Date of last review": "01/01/2024",
    "Risk register": "N",
    "Exit strategy": "No",
    "Risk register last reviewed": "",
  }),
  cleanRow({
    Ref: "P-003",
    Partnership: "Heritage Action Zone",
    "Sponsoring officer": "",
    "Terms of reference": "No",
    "Accountable officer": "",
    "Date of last review": "01/01/2024",
    "Budget approved": "No",
    "Approved amount": "£1,000",
    "Risk register": "N",
    "Exit strategy": "No",
    "Risk register last reviewed": "",
    "Continuing liabilities": "Pension deficit share £50k",
  }),
  cleanRow({ Ref: "P-004", Partnership: "Leisure Centres Contract", "Form of partnership": "Contract for services" }),
  cleanRow({ Ref: "P-005", Partnership: "Sure Start Partnership", Status: "Closed" }),
];

describe("scorecardsTab", () => {
  it("names itself and says which register, profile and check date it came from", () => {
    const tab = tabFor([cleanRow()]);
    expect(tab.key).toBe("scorecards");
    expect(tab.name).toBe("Scorecards");
    expect(tab.rows[0]).toEqual([{ t: "text", v: "Scorecards", style: "title" }]);
    expect(text(tab.rows[1]![0])).toContain(TAB_MARKER);
    expect(text(tab.rows[1]![0])).toContain("register.xlsx");
    expect(text(tab.rows[1]![0])).toContain("30 June 2026");
  });

  it("heads its table with the four dimensions, the six behaviour areas and the verdict", () => {
    const tab = tabFor([cleanRow()]);
    const header = tab.rows[headerIndex(tab)]!;
    expect(header.map(text)).toEqual(HEADINGS);
    expect(header.every((c) => c !== null && c.style === "heading")).toBe(true);
  });

  it("has one row a scorecard, and none for the out-of-scope and closed rows", () => {
    const tab = tabFor(MIXED);
    expect(dataRows(tab).map((r) => text(cell(r, "Ref")))).toEqual(["P-001", "P-002", "P-003"]);
  });

  it("fits its Excel table exactly around the header and the data rows, and freezes the header", () => {
    const tab = tabFor(MIXED);
    const h = headerIndex(tab);
    expect(tab.tables).toEqual([{ name: "PRA_Scorecards", headerRow: h, lastRow: h + 3, columns: HEADINGS.length }]);
    expect(tab.rows).toHaveLength(h + 4);
    expect(tab.freezeRows).toBe(h + 1);
    expect(tab.widths).toHaveLength(HEADINGS.length);
    for (const row of dataRows(tab)) expect(row).toHaveLength(HEADINGS.length);
  });

  it("keeps an empty table to its header when nothing is in scope", () => {
    const tab = tabFor([cleanRow({ Status: "Closed" })]);
    const h = headerIndex(tab);
    expect(tab.tables![0]).toMatchObject({ headerRow: h, lastRow: h });
    expect(tab.rows).toHaveLength(h + 1);
    expect(tab.rows.map((r) => text(r[0])).join(" ")).toContain("No partnership in scope");
  });

  it("counts the scorecards by RAG rating above the table", () => {
    const tab = tabFor(MIXED);
    const line = tab.rows.slice(2, headerIndex(tab)).map((r) => text(r[0])).join("\n");
    expect(line).toContain("1 green, 1 amber, 1 red, across 3 partnerships");
  });

  it("writes scores as numbers and RAG ratings styled green, amber and red", () => {
    const [green, amber, red] = dataRows(tabFor(MIXED));
    expect(cell(green!, "Overall")).toEqual({ t: "number", v: 95 }); // (4 × 100 + 75) / 5
    expect(cell(green!, "Governance")).toEqual({ t: "number", v: 100 });
    expect(cell(green!, "Errors")).toEqual({ t: "number", v: 0 });
    expect(cell(green!, "RAG")).toEqual({ t: "text", v: "Green", style: "green" });
    expect(cell(green!, "Recommendation")).toEqual({ t: "text", v: "Continue" });

    expect(cell(amber!, "Overall")).toEqual({ t: "number", v: 63 }); // (50 + 50 + 100 + 50) / 4 = 62.5
    expect(cell(amber!, "Errors")).toEqual({ t: "number", v: 6 });
    expect(cell(amber!, "RAG")).toEqual({ t: "text", v: "Amber", style: "amber" });
    expect(text(cell(amber!, "Recommendation"))).toBe("Continue with an improvement plan");

    expect(cell(red!, "Financial probity")).toEqual({ t: "number", v: 40 });
    expect(cell(red!, "Warnings")).toEqual({ t: "number", v: 1 });
    expect(cell(red!, "RAG")).toEqual({ t: "text", v: "Red", style: "red" });
    expect(text(cell(red!, "Recommendation"))).toBe("Review whether the partnership should continue");
  });

  it("writes each rating as a number and says 'Not assessed' where there is none", () => {
    const [green, amber] = dataRows(tabFor(MIXED));
    expect(cell(green!, "Achieve intended outcomes")).toEqual({ t: "number", v: 5 });
    expect(cell(green!, "Public interest")).toEqual({ t: "number", v: 4 });
    expect(cell(green!, "Building partners' capacity")).toEqual({ t: "number", v: 3 });
    expect(cell(green!, "Act ethically")).toEqual({ t: "text", v: "Not assessed", style: "muted" });
    expect(cell(green!, "Behaviours (0-100)")).toEqual({ t: "number", v: 75 });
    expect(cell(amber!, "Achieve intended outcomes")).toEqual({ t: "text", v: "Not assessed", style: "muted" });
    expect(cell(amber!, "Behaviours (0-100)")).toEqual({ t: "text", v: "Not assessed", style: "muted" });
  });

  it("says 'Not assessed' for every area when the register has no rating columns", () => {
    const [row] = dataRows(tabFor([cleanRow()], { headers: FULL_HEADERS }));
    const behaviourCells = HEADINGS.slice(col("Achieve intended outcomes"), col("Overall")).map((h) => cell(row!, h));
    expect(behaviourCells).toHaveLength(7);
    for (const c of behaviourCells) expect(c).toEqual({ t: "text", v: "Not assessed", style: "muted" });
  });

  it("explains the scoring in one sentence built from the settings in force", () => {
    const explain = (tab: TabSpec) => tab.rows.slice(2, headerIndex(tab)).map((r) => text(r[0])).join("\n");
    const byDefault = explain(tabFor([cleanRow()]));
    expect(byDefault).toContain("Each dimension starts at 100 and loses 25 for each error and 10 for each warning");
    expect(byDefault).toContain("80 or more is green");
    expect(byDefault).toContain("50 or more amber");

    const profile = defaultProfile();
    profile.scoring.penalty = { error: 30, warning: 5, info: 2 };
    profile.scoring.rag = { green: 85, amber: 60 };
    profile.scoring.weights.finance = 2;
    const custom = explain(tabFor([cleanRow()], { profile }));
    expect(custom).toContain("loses 30 for each error, 5 for each warning and 2 for each finding for information");
    expect(custom).toContain("financial probity 2");
    expect(custom).toContain("85 or more is green");
    expect(custom).toContain("60 or more amber");
  });

  it("shows a blank ref as empty text, not 'null'", () => {
    const [row] = dataRows(tabFor([cleanRow({ Ref: "" })]));
    expect(cell(row!, "Ref")).toEqual({ t: "text", v: "" });
    expect(text(cell(row!, "Partnership"))).toBe("Canal Corridor Partnership");
  });
});

describe("scorecardsTab with the partners' Evaluation sheet", () => {
  const REGISTER = [cleanRow(), cleanRow({ Ref: "P-002", Partnership: "Safer Roads Partnership" }), cleanRow({ Ref: "P-003", Partnership: "Youth Forum" })];

  function tabWith(raters: RaterRow[], register = REGISTER): TabSpec {
    const profile = defaultProfile();
    const grids = [registerGrid([...FULL_HEADERS, ...RATING_HEADERS], register), evaluationGrid(raters)];
    const report = check(grids, profile, TODAY);
    report.evaluation = readEvaluation(grids, "Register");
    return scorecardsTab(deriveScorecards(report, profile.scoring), FROM, profile.scoring, evaluationOverview(report));
  }

  const tab = tabWith([
    { ref: "P-001", rater: "Canal and River Trust", ratings: [1, 4, 4, 4, 4, 4] },
    { ref: "P-001", rater: "County Council", ratings: [4, 4, 5, 4, 4, 4] },
    { ref: "P-002", rater: "Police", ratings: [3, 3, 3, 3, 3, "6"] },
    { ref: "P-002", rater: "County Council", ratings: [4, 3, 2, 3, 3, 4] },
    { ref: "P-003", rater: "Youth Council", ratings: [5, 5] },
    { ref: "P-404", rater: "Nobody", ratings: [2] },
  ]);
  const [canal, roads, youth] = dataRows(tab);

  it("shows each area's mean of the partners' ratings, with one decimal place where it is not whole", () => {
    expect(cell(canal!, "Achieve intended outcomes")).toEqual({ t: "number", v: 2.5, format: "0.0" });
    expect(cell(canal!, "Building partners' capacity")).toEqual({ t: "number", v: 4.5, format: "0.0" });
    expect(cell(canal!, "Public interest")).toEqual({ t: "number", v: 4 });
    expect(cell(youth!, "Act ethically")).toEqual({ t: "text", v: "Not assessed", style: "muted" });
  });

  it("counts the raters of each partnership", () => {
    expect(cell(canal!, "Raters")).toEqual({ t: "number", v: 2 });
    expect(cell(roads!, "Raters")).toEqual({ t: "number", v: 2 });
    expect(cell(youth!, "Raters")).toEqual({ t: "number", v: 1 });
  });

  it("says 'partners disagree' where ratings are 2 or more apart, naming the area and the range", () => {
    expect(cell(canal!, "Agreement between partners")).toMatchObject({ v: "Partners disagree: Achieve intended outcomes (rated 1 to 4)", style: "warning" });
    expect(text(cell(roads!, "Agreement between partners"))).toBe("Partners agree (no area rated more than 1 point apart)");
    expect(text(cell(youth!, "Agreement between partners"))).toBe("One rater only");
  });

  it("lists the ratings it could not read, and says where it fell back on the register's own rating", () => {
    expect(text(cell(roads!, "Rating notes"))).toBe('Left out, not a whole number from 1 to 5: "6" (row 7, column J).');
    expect(cell(roads!, "Aligning strategies and networks")).toEqual({ t: "number", v: 4 });
    const [mixed] = dataRows(tabWith([{ ref: "P-001", ratings: [4] }], [cleanRow({ [RATING_HEADERS[1]!]: 2 })]));
    expect(text(cell(mixed!, "Rating notes"))).toBe("No partner rated Public interest: the register's own rating is shown.");
    expect(cell(mixed!, "Public interest")).toEqual({ t: "number", v: 2 });
    expect(text(cell(canal!, "Rating notes"))).toBe("");
  });

  it("says above the table how the Evaluation sheet was used, with the disagreements, unreadable ratings and unmatched rows", () => {
    const above = tab.rows.slice(2, headerIndex(tab)).map((r) => text(r[0])).join("\n");
    expect(above).toContain('where partners rated a partnership on the "Evaluation" sheet, each area shows the mean of their ratings');
    expect(above).toContain("3 of 3 partnerships were rated, by 5 raters in all (one row a rater)");
    expect(above).toContain("Partners disagree (ratings 2 or more apart) on 1 partnership");
    expect(above).toContain("1 rating is not a whole number from 1 to 5 and was left out");
    expect(above).toContain('Row 10 of the "Evaluation" sheet names no partnership in the register');
  });

  it("leaves the three columns blank, and adds no line, when the workbook has no Evaluation sheet", () => {
    const plain = tabFor([cleanRow()]);
    const [row] = dataRows(plain);
    for (const h of ["Raters", "Agreement between partners", "Rating notes"]) expect(cell(row!, h)).toEqual({ t: "text", v: "" });
    expect(plain.rows.some((r) => text(r[0]).startsWith("Behaviour ratings:"))).toBe(false);
  });
});
