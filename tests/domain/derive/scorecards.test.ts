import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { BEHAVIOUR_AREAS, deriveScorecards, ragOf, RECOMMENDATION, type Scorecard } from "../../../src/domain/derive/scorecards.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import { openWorkbook } from "../../../src/xlsx/open-workbook.js";
import { readGrids } from "../../../src/xlsx/read-grids.js";
import { cleanRow, FULL_HEADERS, RATING_HEADERS, registerGrid, TODAY } from "../../helpers/grid.js";


/** Ratings for the six areas, in order; undefined leaves the cell blank. */
function ratings(...values: (CellValue | undefined)[]): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  values.forEach((v, i) => {
    if (v !== undefined) out[RATING_HEADERS[i]!] = v;
  });
  return out;
}

function scorecards(
  rows: Record<string, CellValue>[],
  opts: { headers?: string[]; profile?: Profile } = {},
): Scorecard[] {
  const profile = opts.profile ?? defaultProfile();
  const report = check([registerGrid(opts.headers ?? FULL_HEADERS, rows)], profile, TODAY);
  return deriveScorecards(report, profile.scoring);
}

function only(rows: Record<string, CellValue>[], opts: { headers?: string[]; profile?: Profile } = {}): Scorecard {
  const cards = scorecards(rows, opts);
  expect(cards).toHaveLength(1);
  return cards[0]!;
}

/** Blank enough governance cells to lose far more than 100 governance points. */
const GOVERNANCE_GAPS: Record<string, CellValue> = {
  "Sponsoring officer": "",
  "Terms of reference": "No",
  "Form of partnership": "",
  "Legal power confirmed": "No",
  "Standards of conduct agreed": "No",
  "Approval to participate": "No",
  "Scrutiny arrangements": "",
  "Information sharing agreement": "No",
  "Equality impact assessment": "No",
  "Council priority": "",
};

/** One error in each of the four dimensions, and a second in each: 50 everywhere under the defaults. */
const TWO_ERRORS_EACH: Record<string, CellValue> = {
  "Sponsoring officer": "", // governance
  "Terms of reference": "No", // governance
  "Accountable officer": "", // performance
  "Date of last review": "01/01/2024", // performance: overdue
  "Budget approved": "No", // finance: unbudgeted
  "Approved amount": "£1,000", // finance: £5,000 is more than approved
  "Risk register": "N", // risk and conflicts
  "Exit strategy": "No", // risk and conflicts
  "Risk register last reviewed": "",
};

describe("deriveScorecards: the four governance dimensions", () => {
  it("scores a partnership that meets every standard 100 everywhere: green, continue", () => {
    const card = only([cleanRow()]);
    expect(card).toMatchObject({
      row: 2,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      counts: { error: 0, warning: 0, info: 0 },
      dimensions: { governance: 100, performance: 100, finance: 100, riskAndConflicts: 100 },
      overall: 100,
      rag: "green",
      recommendation: "Continue",
    });
  });

  it("takes 25 off governance for one governance error, and nothing off the others", () => {
    const card = only([cleanRow({ "Terms of reference": "" })]);
    expect(card.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(card.dimensions).toEqual({ governance: 75, performance: 100, finance: 100, riskAndConflicts: 100 });
    expect(card.overall).toBe(94); // (75 + 100 + 100 + 100) / 4 = 93.75
    expect(card.rag).toBe("green");
  });

  it("takes 10 off for a warning in the dimension the rule belongs to", () => {
    const card = only([cleanRow({ "Business case": "No" })]);
    expect(card.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(card.dimensions.performance).toBe(90);
    expect(card.dimensions.governance).toBe(100);
  });

  it("never lets a dimension fall below 0, however many gaps it has", () => {
    const card = only([cleanRow(GOVERNANCE_GAPS)]);
    expect(card.counts.error).toBe(2);
    expect(card.counts.warning).toBeGreaterThanOrEqual(8); // 2 × 25 + 8 × 10 = 130 points lost
    expect(card.dimensions.governance).toBe(0);
    expect(card.dimensions).toMatchObject({ performance: 100, finance: 100, riskAndConflicts: 100 });
    expect(card.overall).toBe(75);
    expect(card.rag).toBe("amber");
    expect(card.recommendation).toBe("Continue with an improvement plan");
  });

  it("is amber at exactly the amber threshold, and red below it, recommending a review", () => {
    const amber = only([cleanRow(TWO_ERRORS_EACH)]);
    expect(amber.dimensions).toEqual({ governance: 50, performance: 50, finance: 50, riskAndConflicts: 50 });
    expect(amber.overall).toBe(50);
    expect(amber.rag).toBe("amber");

    // Continuing liabilities with no exit strategy: a finance warning on top.
    const red = only([cleanRow({ ...TWO_ERRORS_EACH, "Continuing liabilities": "Pension deficit share £50k" })]);
    expect(red.dimensions.finance).toBe(40);
    expect(red.overall).toBe(48); // (50 + 50 + 40 + 50) / 4 = 47.5, rounded half up
    expect(red.rag).toBe("red");
    expect(red.recommendation).toBe("Review whether the partnership should continue");
  });

  it("counts a row's findings outside every dimension (an unreadable cell) without scoring them", () => {
    const card = only([cleanRow({ "Annual contribution": "£5-10k" })]);
    expect(card.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(card.overall).toBe(100);
  });

  it("keeps each partnership's findings to its own scorecard, in register order", () => {
    const cards = scorecards([
      cleanRow(),
      cleanRow({ Ref: "P-002", Partnership: "Safer Roads Partnership", "Risk register": "N" }),
      cleanRow({ Ref: "P-003", Partnership: "Music Education Hub" }),
    ]);
    expect(cards.map((c) => [c.ref, c.row, c.dimensions.riskAndConflicts])).toEqual([
      ["P-001", 2, 100],
      ["P-002", 3, 75],
      ["P-003", 4, 100],
    ]);
  });
});

describe("deriveScorecards: which partnerships get a scorecard", () => {
  it("gives none to an out-of-scope row or a closed one, however many gaps they have", () => {
    const cards = scorecards([
      cleanRow(),
      cleanRow({ Ref: "P-002", Partnership: "Leisure Centres Contract", "Form of partnership": "Contract for services", "Sponsoring officer": "" }),
      cleanRow({ Ref: "P-003", Partnership: "Sure Start Partnership", Status: "Closed", "Budget approved": "No" }),
      cleanRow({ Ref: "P-004", Partnership: "Town Centre Liaison Group", "Form of partnership": "Consultation group" }),
      cleanRow({ Ref: "P-005", Partnership: "Old Town Partnership Ltd", Status: "Dissolved" }),
      cleanRow({ Ref: "P-006", Partnership: "Safer Roads Partnership", Status: "Under review" }),
    ]);
    expect(cards.map((c) => c.ref)).toEqual(["P-001", "P-006"]);
  });

  it("scores an informal arrangement (a form of partnership, so in scope) and a proposed one", () => {
    const cards = scorecards([
      cleanRow({ "Form of partnership": "Informal arrangement" }),
      cleanRow({ Ref: "P-002", Partnership: "Affordable Housing Delivery", Status: "Proposed" }),
    ]);
    expect(cards.map((c) => c.ref)).toEqual(["P-001", "P-002"]);
  });

  it("gives none when the workbook has no register", () => {
    const report = check([{ name: "Notes", rows: [["Shopping list"], ["eggs"]] }], defaultProfile(), TODAY);
    expect(deriveScorecards(report, defaultProfile().scoring)).toEqual([]);
  });
});

describe("deriveScorecards: the Standards for England behaviour areas", () => {
  const headers = [...FULL_HEADERS, ...RATING_HEADERS];

  it("says 'not assessed' for every area when the register has no rating columns, and scores the findings alone", () => {
    const card = only([cleanRow()]);
    expect(card.behaviours).toEqual([null, null, null, null, null, null]);
    expect(card.behavioursScore).toBeNull();
    expect(card.overall).toBe(100);
  });

  it("says 'not assessed' for blank ratings and 'Not assessed', never a made-up number", () => {
    const card = only([cleanRow(ratings(undefined, "Not assessed", "", "n/a", undefined, undefined))], { headers });
    expect(card.behaviours).toEqual([null, null, null, null, null, null]);
    expect(card.behavioursScore).toBeNull();
    expect(card.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(card.overall).toBe(100);
  });

  it("maps ratings 5, 4 and 3 to a behaviours score of 75, leaving the unrated areas out of the mean", () => {
    const card = only([cleanRow(ratings(5, 4, 3))], { headers });
    expect(card.behaviours).toEqual([5, 4, 3, null, null, null]);
    expect(card.behavioursScore).toBe(75); // (100 + 75 + 50) / 3
    expect(card.overall).toBe(95); // (4 × 100 + 75) / 5
    expect(card.rag).toBe("green");
  });

  it("reads ratings however they are written: a number, '4/5', '4 out of 5', a word", () => {
    const card = only([cleanRow(ratings(1, "2", "3/5", "4 out of 5", "Good", "Excellent"))], { headers });
    expect(card.behaviours).toEqual([1, 2, 3, 4, 4, 5]);
    expect(card.behavioursScore).toBe(54); // (0 + 25 + 50 + 75 + 75 + 100) / 6 = 54.17
  });

  it("treats an unreadable rating as not assessed, and raises it as unreadable", () => {
    const report = check([registerGrid(headers, [cleanRow(ratings(4, "7"))])], defaultProfile(), TODAY);
    const [card] = deriveScorecards(report, defaultProfile().scoring);
    expect(card!.behaviours).toEqual([4, null, null, null, null, null]);
    expect(card!.behavioursScore).toBe(75);
    expect(report.findings.map((f) => [f.rule, f.field])).toEqual([["unreadable-value", "assessPublicInterest"]]);
    expect(card!.counts.warning).toBe(1);
  });

  it("lets poor behaviour ratings pull a partnership with no findings down to amber", () => {
    const card = only([cleanRow(ratings(1, 1, 1, 1, 1, 1))], { headers });
    expect(card.behavioursScore).toBe(0);
    expect(card.overall).toBe(80); // (4 × 100 + 0) / 5: still green at the default threshold of 80
    const worse = only([cleanRow({ ...ratings(1, 1, 1, 1, 1, 1), "Business case": "No" })], { headers });
    expect(worse.overall).toBe(78); // (100 + 90 + 100 + 100 + 0) / 5
    expect(worse.rag).toBe("amber");
  });

  it("lists the six areas in the protocol's order", () => {
    expect(BEHAVIOUR_AREAS.map((a) => a.label)).toEqual([
      "Achieve intended outcomes",
      "Public interest",
      "Building partners' capacity",
      "Value and respect each other",
      "Act ethically",
      "Aligning strategies and networks",
    ]);
  });
});

describe("deriveScorecards: the settings are the council's, not the code's", () => {
  function profileWith(change: (p: Profile) => void): Profile {
    const p = defaultProfile();
    change(p);
    return p;
  }

  it("uses the profile's penalties", () => {
    const profile = profileWith((p) => {
      p.scoring.penalty = { error: 40, warning: 5, info: 0 };
    });
    const card = only([cleanRow({ "Terms of reference": "", "Legal power confirmed": "No" })], { profile });
    expect(card.dimensions.governance).toBe(55); // 100 − 40 − 5
    const byDefault = only([cleanRow({ "Terms of reference": "", "Legal power confirmed": "No" })]);
    expect(byDefault.dimensions.governance).toBe(65); // 100 − 25 − 10
  });

  it("uses the profile's weights, including the behaviours' weight", () => {
    const profile = profileWith((p) => {
      p.scoring.weights = { governance: 3, performance: 1, finance: 1, riskAndConflicts: 1 };
      p.scoring.behavioursWeight = 2;
    });
    const headers = [...FULL_HEADERS, ...RATING_HEADERS];
    const card = only([cleanRow({ ...ratings(3, 3), "Terms of reference": "" })], { headers, profile });
    // (3 × 75 + 100 + 100 + 100 + 2 × 50) / (3 + 1 + 1 + 1 + 2) = 625 / 8 = 78.125
    expect(card.overall).toBe(78);
    expect(card.rag).toBe("amber");
    const byDefault = only([cleanRow({ ...ratings(3, 3), "Terms of reference": "" })], { headers });
    expect(byDefault.overall).toBe(85); // (75 + 100 + 100 + 100 + 50) / 5
  });

  it("leaves the overall score to the findings when the behaviours' weight is 0", () => {
    const profile = profileWith((p) => {
      p.scoring.behavioursWeight = 0;
    });
    const card = only([cleanRow(ratings(1, 1))], { headers: [...FULL_HEADERS, ...RATING_HEADERS], profile });
    expect(card.behavioursScore).toBe(0);
    expect(card.overall).toBe(100);
  });

  it("uses the profile's RAG thresholds", () => {
    const profile = profileWith((p) => {
      p.scoring.rag = { green: 95, amber: 90 };
    });
    const card = only([cleanRow({ "Terms of reference": "" })], { profile });
    expect(card.overall).toBe(94);
    expect(card.rag).toBe("amber");
    expect(card.recommendation).toBe("Continue with an improvement plan");
  });

  it("uses the profile's rule-to-dimension mapping", () => {
    const profile = profileWith((p) => {
      p.scoring.dimensions.governance = p.scoring.dimensions.governance.filter((r) => r !== "governance-document-missing");
      p.scoring.dimensions.riskAndConflicts = [...p.scoring.dimensions.riskAndConflicts, "governance-document-missing"];
    });
    const card = only([cleanRow({ "Terms of reference": "" })], { profile });
    expect(card.dimensions).toMatchObject({ governance: 100, riskAndConflicts: 75 });
  });

  it("takes nothing off for a rule switched off in the profile", () => {
    const profile = profileWith((p) => {
      p.rules = { ...p.rules, "governance-document-missing": { enabled: false, severity: "error" } };
    });
    expect(only([cleanRow({ "Terms of reference": "" })], { profile }).overall).toBe(100);
  });
});

describe("ragOf and RECOMMENDATION", () => {
  it.each([
    [100, "green"],
    [80, "green"],
    [79, "amber"],
    [50, "amber"],
    [49, "red"],
    [0, "red"],
  ] as const)("%d is %s under the default thresholds", (score, rag) => {
    expect(ragOf(score, { green: 80, amber: 50 })).toBe(rag);
  });

  it("recommends as Dudley's annual evaluation asks: continue, improve, or review", () => {
    expect(RECOMMENDATION).toEqual({
      green: "Continue",
      amber: "Continue with an improvement plan",
      red: "Review whether the partnership should continue",
    });
  });
});

describe("the worked example in docs/scoring.md", () => {
  const root = path.resolve(import.meta.dirname, "../../..");

  it("is what the tool gives P-018 in the bundled example register", async () => {
    const doc = fs.readFileSync(path.join(root, "docs/scoring.md"), "utf8");
    expect(doc).toContain("P-018 Heritage Action Zone Partnership");
    expect(doc).toContain("(75 + 90 + 75 + 90 + 46) ÷ 5 = 376 ÷ 5 = 75.2");

    const grids = readGrids(await openWorkbook(path.join(root, "examples/partnership-register.xlsx")));
    const profile = defaultProfile();
    const report = check(grids, profile, "2026-11-30");
    const card = deriveScorecards(report, profile.scoring).find((c) => c.ref === "P-018")!;
    expect(card).toMatchObject({
      partnership: "Heritage Action Zone Partnership",
      counts: { error: 2, warning: 2, info: 0 },
      dimensions: { governance: 75, performance: 90, finance: 75, riskAndConflicts: 90 },
      behaviours: [2, 3, 4, 3, 3, 2],
      behavioursScore: 46,
      overall: 75,
      rag: "amber",
      recommendation: "Continue with an improvement plan",
    });

    // "Had the partnership not been assessed ... 82.5, so 83: Green."
    const blank = Object.fromEntries(BEHAVIOUR_AREAS.map((a) => [a.field, { kind: "blank" as const }]));
    const unassessed = {
      ...report,
      partnerships: report.partnerships.map((p) => (p.ref === "P-018" ? { ...p, values: { ...p.values, ...blank } } : p)),
    };
    const without = deriveScorecards(unassessed, profile.scoring).find((c) => c.ref === "P-018")!;
    expect(without).toMatchObject({ behavioursScore: null, overall: 83, rag: "green" });
  });
});
