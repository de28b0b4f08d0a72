import { describe, expect, it } from "vitest";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

const SECOND = { Ref: "P-002", Partnership: "Safer Borough Partnership" };

describe("duplicate-partnership", () => {
  it("does not fire when every row has its own reference and name", () => {
    const report = runCheck([cleanRow(), cleanRow(SECOND), cleanRow({ Ref: "P-003", Partnership: "Canal Corridor Partnership Board" })]);
    expect(rulesFired(report)).toEqual([]);
  });

  it("reports a reference used again on the later row only, naming the first row", () => {
    const report = runCheck([cleanRow(), cleanRow({ Partnership: "Safer Borough Partnership" })]);
    expect(rulesFired(report)).toEqual(["duplicate-partnership"]);
    const [f] = report.findings;
    expect(f).toMatchObject({
      rule: "duplicate-partnership",
      severity: "error",
      row: 3,
      column: "A",
      field: "ref",
      ref: "P-001",
      partnership: "Safer Borough Partnership",
    });
    expect(f!.message).toContain('the same reference "P-001" as row 2 (Canal Corridor Partnership)');
    expect(f!.message).toContain("merge the two rows; if not, give it its own reference in column A");
  });

  it.each(["canal corridor partnership", "  Canal   Corridor  PARTNERSHIP "])(
    "reports the same name written %j on the later row, naming the first",
    (name) => {
      const report = runCheck([cleanRow(), cleanRow({ Ref: "P-002", Partnership: name })]);
      const found = findingsOf(report, "duplicate-partnership");
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ row: 3, column: "B", field: "name", ref: "P-002", severity: "error" });
      expect(found[0]!.message).toContain("as row 2 (Canal Corridor Partnership)");
      expect(found[0]!.message).toContain("give it its own name in column B");
    },
  );

  it("treats a reference in other case as the same reference", () => {
    const report = runCheck([cleanRow(), cleanRow({ Ref: "p-001", Partnership: "Safer Borough Partnership" })]);
    expect(findingsOf(report, "duplicate-partnership").map((f) => [f.row, f.field])).toEqual([[3, "ref"]]);
  });

  it("reports every later copy against the first row, once each", () => {
    const report = runCheck([cleanRow(), cleanRow(SECOND), cleanRow(), cleanRow({ Ref: "P-004" })]);
    const found = findingsOf(report, "duplicate-partnership");
    expect(found.map((f) => f.row)).toEqual([4, 5]);
    expect(found.every((f) => f.message.includes("as row 2 (Canal Corridor Partnership)"))).toBe(true);
  });

  it("still compares a closed partnership's row", () => {
    const report = runCheck([cleanRow(), cleanRow({ Ref: "P-002", Status: "Closed" })]);
    expect(findingsOf(report, "duplicate-partnership").map((f) => [f.row, f.field])).toEqual([[3, "name"]]);
  });
});
