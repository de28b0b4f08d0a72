import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";

describe("finding the header in rows with holes", () => {
  it("reads cells never written as blanks instead of failing", () => {
    const sparse: CellValue[] = [];
    sparse[5] = "note far to the right";
    const header: CellValue[] = ["Ref", "Partnership"];
    header[3] = "Sponsoring officer";
    header[4] = "Status";
    const row: CellValue[] = ["P-001", "Canal Corridor"];
    row[4] = "Active";
    const grid: Grid = { name: "Register", rows: [sparse, header, row] };
    const report = check([grid], defaultProfile(), "2026-06-30");
    expect(report.register).toMatchObject({ sheet: "Register", headerRow: 2 });
    expect(report.partnerships.map((p) => p.ref)).toEqual(["P-001"]);
  });
});
