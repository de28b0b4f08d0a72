import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/domain/model.js";
import { parseField } from "../../../../src/domain/register/values/field-kinds.js";
import { parseRating } from "../../../../src/domain/register/values/parse-rating.js";

describe("parseRating: ratings on the 1-5 scale, however they are written", () => {
  it.each<[CellValue, number]>([
    ["4", 4],
    [4, 4],
    [1, 1],
    [5, 5],
    ["4/5", 4],
    ["4 / 5", 4],
    ["4 out of 5", 4],
    ["3 OUT OF 5", 3],
    [" 2 ", 2],
    ["4.5", 4.5],
  ])("%j is %d", (cell, rating) => {
    expect(parseRating(cell)).toMatchObject({ kind: "rating", rating });
  });

  it.each<[string, number]>([
    ["Excellent", 5],
    ["Very good", 5],
    ["Good", 4],
    ["good", 4],
    ["Strong", 4],
    ["Adequate", 3],
    ["Satisfactory", 3],
    ["Weak", 2],
    ["Poor", 2],
    ["Requires  improvement", 2],
    ["Inadequate", 1],
    ["Very poor", 1],
  ])("the word %j is %d", (cell, rating) => {
    expect(parseRating(cell)).toMatchObject({ kind: "rating", rating });
  });

  it("keeps the text as written, for messages", () => {
    expect(parseRating("4 out of 5")).toEqual({ kind: "rating", rating: 4, text: "4 out of 5" });
    expect(parseRating(4)).toEqual({ kind: "rating", rating: 4, text: "4" });
  });
});

describe("parseRating: not assessed is blank, never a made-up rating", () => {
  it.each<CellValue>([null, "", "   ", "not assessed", "Not assessed", "NOT ASSESSED", "Not assessed.", "Not yet assessed", "Not rated", "N/A", "n/a", "None", "-", "tbc", "Pending"])(
    "%j is blank",
    (cell) => {
      expect(parseRating(cell)).toEqual({ kind: "blank" });
    },
  );
});

describe("parseRating: anything else is unreadable (a finding), never a guess", () => {
  it.each<CellValue>(["7", 7, "0", 0, -1, "6/5", "4/10", "4 out of 10", "1-5", "Good-ish", "Yes", true, "3/5 (good)"])(
    "%j is unreadable",
    (cell) => {
      expect(parseRating(cell)).toMatchObject({ kind: "unreadable" });
    },
  );

  it("says a number outside the scale must be from 1 to 5", () => {
    expect(parseRating("7")).toEqual({ kind: "unreadable", text: "7", reason: "a rating must be from 1 to 5" });
  });

  it("reads an #N/A error cell as unreadable (not as 'N/A', not applicable)", () => {
    expect(parseRating({ error: "#N/A" })).toEqual({
      kind: "unreadable",
      text: "#N/A",
      reason: "the cell shows a spreadsheet error",
    });
    expect(parseRating({ error: "#REF!" })).toMatchObject({ kind: "unreadable", text: "#REF!" });
  });

  it("reads a date cell (Excel turned '4/5' into 4 May) as unreadable rather than a rating", () => {
    expect(parseRating(new Date(Date.UTC(2026, 4, 4)))).toMatchObject({ kind: "unreadable" });
  });
});

describe("the six assessment fields are read as ratings", () => {
  it.each(["assessOutcomes", "assessPublicInterest", "assessCapacity", "assessRespect", "assessEthics", "assessAlignment"] as const)(
    "%s",
    (field) => {
      expect(parseField(field, "Good")).toMatchObject({ kind: "rating", rating: 4 });
      expect(parseField(field, "Not assessed")).toEqual({ kind: "blank" });
    },
  );
});
