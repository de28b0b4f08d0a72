import { describe, expect, it } from "vitest";
import type { Field } from "../../../src/domain/model.js";
import { mapHeaders, matchHeader } from "../../../src/domain/register/match-header.js";
import { check } from "../../../src/domain/check.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { cleanRow, FULL_HEADERS, registerGrid, TODAY } from "../../helpers/grid.js";

/** How a council heads its Standards for England assessment columns. */
const ASSESSMENT_WORDINGS: readonly (readonly [string, Field])[] = [
  ["Achieve intended outcomes", "assessOutcomes"],
  ["Achieve intended outcomes (1-5)", "assessOutcomes"],
  ["Achieving intended outcomes", "assessOutcomes"],
  ["ACHIEVE INTENDED OUTCOMES\n(rating 1-5)", "assessOutcomes"],
  ["Public interest", "assessPublicInterest"],
  ["Public interest (1-5)", "assessPublicInterest"],
  ["Public interest rating", "assessPublicInterest"],
  ["Building partners' capacity", "assessCapacity"],
  ["Building partners’ capacity (1-5)", "assessCapacity"],
  ["Capacity building", "assessCapacity"],
  ["Value and respect each other", "assessRespect"],
  ["Value & respect each other (1-5)", "assessRespect"],
  ["Mutual respect", "assessRespect"],
  ["Act ethically", "assessEthics"],
  ["Act ethically (1-5)", "assessEthics"],
  ["Ethics rating", "assessEthics"],
  ["Aligning strategies and networks", "assessAlignment"],
  ["Aligning strategies & networks (1-5)", "assessAlignment"],
];

/** Ordinary register headers that must keep their meaning beside the assessment columns. */
const ORDINARY_WORDINGS: readonly (readonly [string, Field])[] = [
  ["Outcome measures", "outcomeMeasures"],
  ["Intended outcomes", "outcomeMeasures"],
  ["Outcomes", "outcomeMeasures"],
  ["Partnership", "name"],
  ["Partner organisations", "partners"],
  ["Standards of conduct agreed", "conductStandards"],
  ["Code of conduct agreed", "conductStandards"],
  ["Ethical standards", "conductStandards"],
  ["Conflicts of interest declared", "conflictsDeclared"],
  ["Declarations of interest", "conflictsDeclared"],
  ["Council priority", "corporatePriority"],
];

describe("matchHeader: the six Standards for England behaviour areas", () => {
  it.each(ASSESSMENT_WORDINGS)("%j -> %s", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });
});

describe("matchHeader: ordinary register headers are not taken for assessments", () => {
  it.each(ORDINARY_WORDINGS)("%j -> %s", (header, field) => {
    expect(matchHeader(header)?.field).toBe(field);
  });

  it("keeps every full-register header where it was", () => {
    for (const header of FULL_HEADERS) expect(matchHeader(header)?.field ?? null).not.toMatch(/^assess/);
  });
});

describe("mapHeaders: a register with both outcome measures and an outcomes assessment", () => {
  it("maps each column to its own field, with no clash", () => {
    const mapped = mapHeaders(["Partnership", "Outcome measures", "Achieve intended outcomes (1-5)", "Act ethically (1-5)", "Standards of conduct agreed"]);
    expect(mapped.map((m) => m.field)).toEqual(["name", "outcomeMeasures", "assessOutcomes", "assessEthics", "conductStandards"]);
    expect(mapped.filter((m) => m.note)).toEqual([]);
  });

  it("reads the ratings under the assessment columns when a register is checked", () => {
    const headers = [...FULL_HEADERS, "Achieve intended outcomes (1-5)", "Public interest", "Ethics rating"];
    const report = check(
      [registerGrid(headers, [cleanRow({ "Achieve intended outcomes (1-5)": "4/5", "Public interest": "Good", "Ethics rating": 2 })])],
      defaultProfile(),
      TODAY,
    );
    const columns = report.register!.columns.filter((c) => c.field?.startsWith("assess"));
    expect(columns.map((c) => [c.header, c.field])).toEqual([
      ["Achieve intended outcomes (1-5)", "assessOutcomes"],
      ["Public interest", "assessPublicInterest"],
      ["Ethics rating", "assessEthics"],
    ]);
    expect(report.partnerships[0]!.values).toMatchObject({
      assessOutcomes: { kind: "rating", rating: 4 },
      assessPublicInterest: { kind: "rating", rating: 4 },
      assessEthics: { kind: "rating", rating: 2 },
      outcomeMeasures: { kind: "evidence", state: "present" },
    });
    expect(report.findings).toEqual([]);
  });
});
