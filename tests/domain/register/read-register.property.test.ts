import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { FULL_HEADERS } from "../../helpers/grid.js";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("tbc", "N/A", "£1.2m", "31/13/2025", "Yes", "No", "Closed", "Contract for services", "Total", "Cllr A Khan (Director)"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#N/A" }, { error: "#DIV/0!" }),
);

const headerRow = fc.shuffledSubarray(FULL_HEADERS, { minLength: 0 }).map((h) => h as CellValue[]);

const grid: fc.Arbitrary<Grid> = fc
  .tuple(
    fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 4 }),
    fc.oneof(headerRow, fc.array(cell, { maxLength: 12 })),
    fc.array(fc.array(cell, { maxLength: 36 }), { maxLength: 25 }),
    fc.string({ minLength: 1, maxLength: 31 }),
  )
  .map(([title, header, rows, name]) => ({ name, rows: [...title, header, ...rows] }));

describe("the register reader and the rules on arbitrary sheets", () => {
  it("never throw, and every finding names a known severity and a row inside the sheet", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (grids) => {
        const report = check(grids, defaultProfile(), "2026-06-30");
        for (const f of report.findings) {
          expect(["error", "warning", "info"]).toContain(f.severity);
          if (f.row !== null) expect(f.row).toBeGreaterThan(report.register!.headerRow);
          expect(f.message.length).toBeGreaterThan(0);
        }
        expect(report.partnerships.length).toBeLessThanOrEqual(Math.max(...grids.map((g) => g.rows.length)));
      }),
      { numRuns: 300 },
    );
  });
});
