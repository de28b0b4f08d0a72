import { describe, expect, it } from "vitest";
import { KEPT_ONLY_WHEN_UNREADABLE } from "../../../src/domain/register/values/field-kinds.js";
import { RULES } from "../../../src/domain/rules/index.js";
import { cleanRow, findingsOf, runCheck } from "../../helpers/grid.js";

describe("fields kept only when they cannot be read (a partnership's purpose)", () => {
  it("are read by no rule", () => {
    for (const rule of RULES) {
      const reads = [...rule.fields, ...(rule.kind === "row" ? (rule.dependsOnlyOn ?? []) : [])];
      expect(reads.filter((f) => KEPT_ONLY_WHEN_UNREADABLE.has(f)), rule.code).toEqual([]);
    }
  });

  it("are not held for a readable cell, yet an unreadable one is still reported", () => {
    const report = runCheck([cleanRow({ Ref: "P-001" }), cleanRow({ Ref: "P-002", Purpose: { error: "#REF!" } })]);
    const [ok, broken] = report.partnerships;
    expect(ok!.values.purpose).toBeUndefined();
    expect(broken!.values.purpose).toMatchObject({ kind: "unreadable", text: "#REF!" });
    expect(findingsOf(report, "unreadable-value").map((f) => [f.ref, f.field])).toEqual([["P-002", "purpose"]]);
  });
});
