import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/domain/model.js";
import { percent, scoreRegister, targetsMissed, totalsOf } from "../../scripts/corpus/score.js";
import type { ExpectedJson } from "../corpus/describe.js";

const expected: ExpectedJson = {
  source: "example",
  publisher: "Example Council",
  kind: "district council",
  shape: "one table",
  sources: ["https://example.org/register"],
  today: "2026-11-30",
  sheets: ["Register"],
  columns: {
    A: "ref",
    B: "name",
    C: { roles: ["sponsoringOfficer", "accountableOfficer"] },
    D: ["significance", null],
    E: null,
    F: "lastReviewDate",
  },
  partnerships: [
    { ref: "P1", name: "Clean Partnership", sheet: "Register", row: 5, planted: [], clean: true },
    { ref: "P2", name: "Gappy Partnership", sheet: "Register", row: 6, planted: ["annual-review-overdue", "exit-strategy-missing"], clean: false },
  ],
  planted: [
    { rule: "annual-review-overdue", ref: "P2", name: "Gappy Partnership" },
    { rule: "exit-strategy-missing", ref: "P2", name: "Gappy Partnership" },
  ],
  clean: ["P1"],
};

function finding(rule: string, severity: Finding["severity"], row: number, ref: string | null, partnership: string | null): Finding {
  return { rule, severity, row, column: null, field: null, ref, partnership, message: rule, clause: "2.6", sheet: "Register", status: "open" };
}

function report(columns: { column: string; header: string; field: string | null; uncertain?: boolean; alsoFields?: string[] }[], findings: Finding[], rows: [number, string | null, string | null][]): Report {
  return {
    today: "2026-11-30",
    profile: "default",
    register: { sheet: "Register", headerRow: 4, columns: columns.map((c, i) => ({ ...c, index: i })) as never, rows: rows.length },
    interests: null,
    partnerships: rows.map(([row, ref, name]) => ({ row, ref, name, hidden: false, values: {} })),
    findings,
    rulesNotRun: [],
  };
}

describe("scoring a corpus register", () => {
  it("counts a column right, uncertain or silently wrong, with one column serving two roles only when it takes both", () => {
    const score = scoreRegister(
      expected,
      report(
        [
          { column: "A", header: "Ref", field: "ref" },
          { column: "B", header: "Partnership", field: "name" },
          { column: "C", header: "Lead officer", field: "accountableOfficer" },
          { column: "D", header: "Risk rating", field: null },
          { column: "E", header: "Total budget", field: "annualContribution", uncertain: true },
        ],
        [],
        [[5, "P1", "Clean Partnership"], [6, "P2", "Gappy Partnership"]],
      ),
    );
    expect(score.columns.map((c) => [c.key, c.verdict])).toEqual([
      ["A", "right"],
      ["B", "right"],
      ["C", "wrong"],
      ["D", "right"],
      ["E", "uncertain"],
      ["F", "wrong"],
    ]);
    expect(score.columns.find((c) => c.key === "F")!.read).toBe("not read");
  });

  it("takes a column that serves both roles as right", () => {
    const score = scoreRegister(expected, report([{ column: "C", header: "Lead officer", field: "sponsoringOfficer", alsoFields: ["accountableOfficer"] }], [], []));
    expect(score.columns.find((c) => c.key === "C")!.verdict).toBe("right");
  });

  it("finds planted gaps on the right partnership, counts errors and warnings on clean rows, phantoms and partnerships not read", () => {
    const score = scoreRegister(
      expected,
      report(
        [],
        [
          finding("annual-review-overdue", "error", 6, "P2", "Gappy Partnership"),
          finding("exit-strategy-missing", "error", 5, "P1", "Clean Partnership"),
          finding("review-due-soon", "info", 5, "P1", "Clean Partnership"),
        ],
        [[5, "P1", "Clean Partnership"], [3, null, "Growth and Development"]],
      ),
    );
    expect([score.plantedFound, score.planted]).toEqual([1, 2]);
    expect(score.plantedMissed).toEqual([{ rule: "exit-strategy-missing", partnership: "P2" }]);
    expect(score.falseAlarms.map((f) => f.rule)).toEqual(["exit-strategy-missing"]);
    expect(score.phantoms).toEqual([{ sheet: "Register", row: 3, name: "Growth and Development" }]);
    expect(score.missedPartnerships.map((p) => p.ref)).toEqual(["P2"]);
  });

  it("says which targets the corpus misses", () => {
    const score = scoreRegister(expected, report([], [], []));
    const missed = targetsMissed(totalsOf([score]));
    expect(missed).toContain("0% of columns right (target 95%)");
    expect(missed).toContain("2 partnership(s) not read");
    expect(percent(2, 3)).toBe(66.6);
  });
});
