// The shared cases for a governance requirement rule ("no X is recorded"): what fires, what is "not yet
// in place", what passes, and that an unreadable cell is left to `unreadable-value`. Every case runs the
// whole engine on a register whose only shortfall is the cell under test.

import { describe, expect, it } from "vitest";
import type { CellValue, Field, Severity } from "../../../src/domain/model.js";
import { cleanRow, findingsOf, rulesFired, runCheck } from "../../helpers/grid.js";

export interface RequirementCase {
  code: string;
  /** The register header of the field in FULL_HEADERS. */
  header: string;
  /** Its column letter in FULL_HEADERS. */
  column: string;
  field: Field;
  severity: Severity;
  /** How the message cites the protocol, e.g. "Clause 2.16". */
  clause: string;
  /** Words of the message that tell the officer what to do. */
  todo: string;
  /** Cells that mean "nothing is in place" (default: blank, "", "No", "x", "none"). */
  missing?: CellValue[];
  /** Cells that mean "not yet in place" (default: "tbc", "draft", "pending"). */
  pending?: CellValue[];
  /** Cells that meet the standard, besides "N/A" (which never raises this rule). */
  passing: CellValue[];
  /** Cells that cannot be read: only `unreadable-value` speaks (default: an error cell). */
  unreadable?: CellValue[];
}

const ROW = 2;

export function requirementRuleTests(c: RequirementCase): void {
  const missing = c.missing ?? [null, "", "No", "x", "none"];
  const pending = c.pending ?? ["tbc", "draft", "pending"];
  const unreadable = c.unreadable ?? [{ error: "#REF!" }];

  describe(c.code, () => {
    it("does not fire on a partnership that meets every standard", () => {
      expect(findingsOf(runCheck([cleanRow()]), c.code)).toEqual([]);
    });

    it.each(missing.map((v) => [v]))(`fires when "${c.header}" is %j, on the row and column of the cell`, (value) => {
      const report = runCheck([cleanRow({ [c.header]: value })]);
      expect(rulesFired(report)).toEqual([c.code]);
      const [f] = findingsOf(report, c.code);
      expect(f).toMatchObject({
        rule: c.code,
        severity: c.severity,
        row: ROW,
        column: c.column,
        field: c.field,
        ref: "P-001",
        partnership: "Canal Corridor Partnership",
        sheet: "Register",
      });
      expect(f!.message).toContain(c.clause);
      expect(f!.message).toContain(c.todo);
      expect(f!.message).toContain(`column ${c.column}`);
    });

    it.each(pending.map((v) => [v]))(`says %j is not yet in place and quotes the cell`, (value) => {
      const report = runCheck([cleanRow({ [c.header]: value })]);
      expect(rulesFired(report)).toEqual([c.code]);
      const [f] = findingsOf(report, c.code);
      expect(f).toMatchObject({ severity: c.severity, row: ROW, column: c.column, field: c.field });
      expect(f!.message).toMatch(/not yet|still awaited/);
      expect(f!.message).toContain(`(recorded as "${String(value)}")`);
      expect(f!.message).toContain(c.clause);
    });

    it.each(["N/A", ...c.passing].map((v) => [v]))(`raises nothing when "${c.header}" is %j`, (value) => {
      expect(rulesFired(runCheck([cleanRow({ [c.header]: value })]))).toEqual([]);
    });

    it.each(unreadable.map((v) => [v]))("leaves an unreadable cell (%j) to unreadable-value alone", (value) => {
      const report = runCheck([cleanRow({ [c.header]: value })]);
      expect(rulesFired(report)).toEqual(["unreadable-value"]);
      expect(findingsOf(report, "unreadable-value")[0]).toMatchObject({ row: ROW, column: c.column, field: c.field });
    });

    it("is not applied to a closed partnership", () => {
      const report = runCheck([cleanRow({ [c.header]: null, Status: "Closed" })]);
      expect(rulesFired(report)).toEqual(["closed-partnership"]);
    });

    if (c.field !== "legalForm") {
      it("is not applied to a row outside the protocol (a contract for services)", () => {
        const report = runCheck([cleanRow({ [c.header]: null, "Form of partnership": "Contract for services" })]);
        expect(rulesFired(report)).toEqual(["out-of-scope"]);
      });
    }

    it("reports only the partnership that falls short, on its own row", () => {
      const report = runCheck([
        cleanRow(),
        cleanRow({ Ref: "P-002", Partnership: "Safer Borough Partnership", [c.header]: null }),
        cleanRow({ Ref: "P-003", Partnership: "Health and Wellbeing Board" }),
      ]);
      expect(findingsOf(report, c.code).map((f) => [f.row, f.ref, f.partnership])).toEqual([[3, "P-002", "Safer Borough Partnership"]]);
    });
  });
}
