import { describe, expect, it } from "vitest";
import { parsePeople } from "../../../src/domain/interests/parse-people.js";
import type { CellValue, Person } from "../../../src/domain/model.js";

/** The people a cell names, as [name, capacity] pairs. */
function people(cell: CellValue): [string, string | null][] {
  const v = parsePeople(cell);
  if (v.kind !== "people") throw new Error(`expected people, got ${v.kind}`);
  return v.people.map((p) => [p.name, p.capacity]);
}

describe("parsePeople: one person", () => {
  it.each<[string, string, string | null]>([
    ["Cllr A Khan (Director)", "A Khan", "director"],
    ["J Smith - trustee", "J Smith", "trustee"],
    ["J Smith – Trustee", "J Smith", "trustee"],
    ["Councillor Aisha Khan", "Aisha Khan", null],
    ["Dr. Priya Patel OBE", "Priya Patel", null],
    ["Dr Priya Patel, OBE", "Priya Patel", null],
    ["SMITH, Jane", "SMITH, Jane", null],
    ["Khan, A", "Khan, A", null],
    ["Khan, Aisha (Director)", "Khan, Aisha", "director"],
    ["Khan, Cllr Aisha", "Khan, Aisha", null],
    ["Smith, Jane Anne", "Smith, Jane Anne", null],
    ["O'Neill, Tom", "O'Neill, Tom", null],
    ["Jane Smith, Chair", "Jane Smith", "chair"],
    ["Jane Smith (chairman)", "Jane Smith", "chair"],
    ["Jane Smith (Vice Chair)", "Jane Smith", "vice-chair"],
    ["Jane Smith (Vice-Chairperson)", "Jane Smith", "vice-chair"],
    ["Jane Smith [board member]", "Jane Smith", "board member"],
    ["[Board Member] Jane Smith", "Jane Smith", "board member"],
    ["Director: Jane Smith", "Jane Smith", "director"],
    ["Trustee - Cllr Jones", "Jones", "trustee"],
    ["Jane Smith as director", "Jane Smith", "director"],
    ["Jane Smith (Non-Executive Director)", "Jane Smith", "director"],
    ["Jane Smith (NED)", "Jane Smith", "director"],
    ["Jane Smith (company director)", "Jane Smith", "director"],
    ["Jane Smith (board director)", "Jane Smith", "director"],
    ["Tom Brown (observer)", "Tom Brown", "observer"],
    ["Tom Brown (Member)", "Tom Brown", "member"],
    ["Tom Brown (Secretary)", "Tom Brown", "secretary"],
    ["Tom Brown (Treasurer)", "Tom Brown", "treasurer"],
    ["Tom Brown (Shareholder Representative)", "Tom Brown", "shareholder representative"],
    ["Jane Smith - Director/Trustee", "Jane Smith", "director"],
    ["Jane Smith (Chair and Trustee)", "Jane Smith", "trustee"],
    ["Jane Smith (Director of Public Health)", "Jane Smith", null],
    ["Jane Smith - Head of Finance", "Jane Smith", null],
    ["Cllr A Khan Director", "A Khan", "director"],
    ["Jane Smith-Jones (Trustee)", "Jane Smith-Jones", "trustee"],
    ["Marks & Spencer", "Marks & Spencer", null],
    ["Head of Finance and Performance", "Head of Finance and Performance", null],
  ])("%j -> %j (%j)", (cell, name, capacity) => {
    expect(people(cell)).toEqual([[name, capacity]]);
  });

  it("keeps the text as written, trimmed, beside the reduced name", () => {
    const v = parsePeople("  Cllr A Khan (Director)  ");
    expect(v).toEqual({
      kind: "people",
      people: [{ raw: "Cllr A Khan (Director)", name: "A Khan", capacity: "director" } satisfies Person],
      text: "Cllr A Khan (Director)",
    });
  });
});

describe("parsePeople: several people", () => {
  it.each<[string, [string, string | null][]]>([
    [
      "Cllr Jane Smith; Mr Tom O'Neill (observer)",
      [
        ["Jane Smith", null],
        ["Tom O'Neill", "observer"],
      ],
    ],
    [
      "Jane Smith & Tom Brown",
      [
        ["Jane Smith", null],
        ["Tom Brown", null],
      ],
    ],
    [
      "Jane Smith and Tom Brown",
      [
        ["Jane Smith", null],
        ["Tom Brown", null],
      ],
    ],
    [
      "Cllr Smith and Cllr Jones",
      [
        ["Smith", null],
        ["Jones", null],
      ],
    ],
    [
      "Cllr Smith and Cllr Jones (Trustees)",
      [
        ["Smith", "trustee"],
        ["Jones", "trustee"],
      ],
    ],
    [
      "Jane Smith (Director) and Tom Brown (Observer)",
      [
        ["Jane Smith", "director"],
        ["Tom Brown", "observer"],
      ],
    ],
    [
      "Jane Smith, Tom Brown",
      [
        ["Jane Smith", null],
        ["Tom Brown", null],
      ],
    ],
    [
      "A Khan, J Smith",
      [
        ["A Khan", null],
        ["J Smith", null],
      ],
    ],
    [
      "A Khan / J Smith",
      [
        ["A Khan", null],
        ["J Smith", null],
      ],
    ],
    [
      "A Khan/J Smith",
      [
        ["A Khan", null],
        ["J Smith", null],
      ],
    ],
    [
      "Khan, Aisha; Smith, Jane",
      [
        ["Khan, Aisha", null],
        ["Smith, Jane", null],
      ],
    ],
    [
      "Khan, A, Smith, J",
      [
        ["Khan, A", null],
        ["Smith, J", null],
      ],
    ],
    [
      "Cllr A Khan (Director)\nJ Smith - trustee",
      [
        ["A Khan", "director"],
        ["J Smith", "trustee"],
      ],
    ],
    [
      "Cllr A Khan (Director)\r\n\r\nJ Smith - trustee",
      [
        ["A Khan", "director"],
        ["J Smith", "trustee"],
      ],
    ],
    [
      "1. Jane Smith\n2. Tom Brown (Trustee)",
      [
        ["Jane Smith", null],
        ["Tom Brown", "trustee"],
      ],
    ],
    [
      "- Jane Smith\n- Tom Brown",
      [
        ["Jane Smith", null],
        ["Tom Brown", null],
      ],
    ],
    [
      "• Jane Smith • Tom Brown",
      [
        ["Jane Smith", null],
        ["Tom Brown", null],
      ],
    ],
    [
      "Jane Smith (Chair, Trustee); Tom Brown",
      [
        ["Jane Smith", "trustee"],
        ["Tom Brown", null],
      ],
    ],
    [
      "Jane Smith, Chair; Tom Brown, Treasurer",
      [
        ["Jane Smith", "chair"],
        ["Tom Brown", "treasurer"],
      ],
    ],
    [
      "Cllr A Khan (Director); vacant",
      [["A Khan", "director"]],
    ],
    [
      "Jane Smith; To be appointed (Trustee)",
      [["Jane Smith", null]],
    ],
  ])("%j", (cell, expected) => {
    expect(people(cell)).toEqual(expected);
  });

  it("keeps each person's own text as raw", () => {
    const v = parsePeople("Cllr Jane Smith; Mr Tom O'Neill (observer)");
    expect(v.kind === "people" && v.people.map((p) => p.raw)).toEqual(["Cllr Jane Smith", "Mr Tom O'Neill (observer)"]);
  });

  it("does not split 'and' inside a post or a capacity", () => {
    expect(people("Jane Smith (Chair and Director)")).toEqual([["Jane Smith", "director"]]);
    expect(people("Health and Wellbeing Board")).toHaveLength(1);
  });

  it("does not split a slash inside brackets", () => {
    expect(people("Jane Smith (Director/Trustee)")).toEqual([["Jane Smith", "director"]]);
  });
});

describe("parsePeople: nobody named", () => {
  it.each([
    "vacant",
    "Vacant",
    "VACANT",
    "tbc",
    "TBC",
    "tba",
    "none",
    "None.",
    "n/a",
    "N/A",
    "-",
    "–",
    "?",
    "to be appointed",
    "To be appointed (Director)",
    "Vacant - Director",
    "Position vacant",
    "nil",
    "awaiting appointment",
    "vacant; tbc",
    "12345",
  ])("%j names nobody, and the text is kept", (cell) => {
    const v = parsePeople(cell);
    expect(v).toEqual({ kind: "people", people: [], text: cell.trim() });
  });

  it.each<CellValue>([null, "", "   ", "\n"])("%j is blank", (cell) => {
    expect(parsePeople(cell)).toEqual({ kind: "blank" });
  });

  it("an error cell is unreadable, never blank or empty", () => {
    const v = parsePeople({ error: "#REF!" });
    expect(v.kind).toBe("unreadable");
    expect(v.kind === "unreadable" && v.text).toBe("#REF!");
    expect(v.kind === "unreadable" && v.reason).toMatch(/#REF!/);
  });

  it("a number, a yes/no or a date names nobody", () => {
    expect(people(42)).toEqual([]);
    expect(people(true)).toEqual([]);
    expect(people(new Date(Date.UTC(2024, 0, 1)))).toEqual([]);
  });
});
