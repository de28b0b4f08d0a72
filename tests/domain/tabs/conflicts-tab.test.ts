import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { deriveConflicts } from "../../../src/domain/derive/conflicts.js";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { conflictsTab } from "../../../src/domain/tabs/conflicts-tab.js";
import type { Provenance } from "../../../src/domain/tabs/provenance.js";
import { TAB_MARKER, type TabCell, type TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { cleanRow, FULL_HEADERS, registerGrid } from "../../helpers/grid.js";

const TODAY = "2026-06-30";
const FROM: Provenance = { file: "register.xlsx", sheet: "Register", profile: "default", today: TODAY };
const HEADERS = ["Person", "Partnership(s)", "Refs", "Roles", "Kind", "Evidence", "Certainty", "Recommended action"];

function tabFor(rows: Record<string, CellValue>[], declarations: [string, string, string, CellValue][] = []): TabSpec {
  const grids: Grid[] = [registerGrid(FULL_HEADERS, rows)];
  if (declarations.length > 0) {
    grids.push(
      registerGrid(
        ["Name", "Organisation", "Nature of interest", "Date declared"],
        declarations.map(([n, o, k, d]) => ({ Name: n, Organisation: o, "Nature of interest": k, "Date declared": d })),
        "Register of interests",
      ),
    );
  }
  return conflictsTab(deriveConflicts(check(grids, defaultProfile(), TODAY)), FROM);
}

function textOf(cell: TabCell | undefined): string {
  if (!cell || cell.t !== "text") throw new Error(`expected a text cell, got ${JSON.stringify(cell)}`);
  return cell.v;
}

/** The data rows under the table's header, as the user sees them. */
function body(tab: TabSpec): TabCell[][] {
  const t = tab.tables![0]!;
  return tab.rows.slice(t.headerRow + 1, t.lastRow + 1);
}

const DECLARATIONS: [string, string, string, CellValue][] = [
  ["Anna Bell", "Allotment Society", "Member", "01/03/2026"],
  ["Ben Carter", "Allotment Society", "Member", "01/03/2026"],
  ["Daniel Kerr", "Allotment Society", "Member", "01/01/2025"],
  ["D Patel", "Canal and River Trust", "Trustee", "01/03/2026"],
];

const TWO_PARTNERSHIPS = [
  cleanRow({ "Council representatives": "Cllr Dev Patel; Cllr Daniel Kerr" }),
  cleanRow({ Ref: "P-002", Partnership: "Youth Services Board", "Partner organisations": "Youth Trust", "Council representatives": "Daniel Kerr" }),
];

describe("conflictsTab", () => {
  it("starts with the title and the marker row naming register, profile and date", () => {
    const tab = tabFor([cleanRow()]);
    expect(tab.key).toBe("conflicts");
    expect(tab.name).toBe("Conflicts");
    expect(textOf(tab.rows[0]![0])).toBe("Conflicts");
    const marker = textOf(tab.rows[1]![0]);
    expect(marker.startsWith(TAB_MARKER)).toBe(true);
    expect(marker).toContain("register.xlsx");
    expect(marker).toContain("Profile: default");
    expect(marker).toContain("30 June 2026");
  });

  it("writes a heading row, one row a conflict, and a table whose range fits exactly, frozen under the heading", () => {
    const tab = tabFor(TWO_PARTNERSHIPS, DECLARATIONS);
    const table = tab.tables![0]!;
    expect(tab.tables).toHaveLength(1);
    expect(table.name).toBe("PRA_Conflicts");
    expect(table.columns).toBe(8);
    expect(tab.rows[table.headerRow]!.map(textOf)).toEqual(HEADERS);
    expect(tab.rows[table.headerRow]!.every((c) => c?.t === "text" && c.style === "heading")).toBe(true);
    expect(table.lastRow).toBe(tab.rows.length - 1);
    expect(tab.freezeRows).toBe(table.headerRow + 1);
    expect(tab.widths).toHaveLength(8);
    const rows = body(tab);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).toHaveLength(8);
      expect(r.every((c) => c?.t === "text")).toBe(true);
    }
  });

  it("shows a stale declaration on two partnerships as one row naming both, with refs, roles, evidence and action", () => {
    const tab = tabFor(TWO_PARTNERSHIPS, DECLARATIONS);
    const kerr = body(tab).filter((r) => textOf(r[0]) === "Daniel Kerr");
    expect(kerr).toHaveLength(1);
    const [person, partnerships, refs, roles, kind, evidence, certainty, action] = kerr[0]!.map(textOf);
    expect(person).toBe("Daniel Kerr");
    expect(partnerships).toBe("Canal Corridor Partnership; Youth Services Board");
    expect(refs).toBe("P-001, P-002");
    expect(roles).toBe("representative");
    expect(kind).toBe("Stale declaration");
    expect(evidence).toBe("Latest declaration 1 January 2025");
    expect(certainty).toBe("Exact");
    expect(action).toContain("renew their declaration");
    expect(kerr[0]![5]).toMatchObject({ wrap: true });
    expect(kerr[0]![7]).toMatchObject({ wrap: true });
  });

  it("marks a match on an initial 'Possible' in the warning style", () => {
    const tab = tabFor(TWO_PARTNERSHIPS, DECLARATIONS);
    const patel = body(tab).find((r) => textOf(r[0]) === "Dev Patel")!;
    expect(textOf(patel[4])).toBe("Declared interest in a partner");
    expect(patel[6]).toEqual({ t: "text", v: "Possible", style: "warning" });
    const exact = body(tab).find((r) => textOf(r[6]) === "Exact")!;
    expect(exact[6]).toEqual({ t: "text", v: "Exact" });
  });

  it("counts conflicts, people and partnerships in one line above the table", () => {
    const tab = tabFor(TWO_PARTNERSHIPS, DECLARATIONS);
    const line = textOf(tab.rows[2]![0]);
    expect(line).toBe(
      "2 potential conflicts of interest involving 2 people across 2 partnerships; 1 rests on a name that only partly matches.",
    );
  });

  it("says so when there are none, and the table is just its heading", () => {
    const tab = tabFor([cleanRow()]);
    expect(textOf(tab.rows[2]![0])).toBe("No potential conflicts of interest found.");
    const table = tab.tables![0]!;
    expect(table.lastRow).toBe(table.headerRow);
    expect(tab.rows).toHaveLength(table.headerRow + 1);
  });

  it("keeps a partnership name that looks like a formula as a text cell", () => {
    const tab = tabFor([cleanRow({ Partnership: "=SUM(A1)", "Council representatives": "Cllr Dev Patel (Director)" })]);
    const row = body(tab)[0]!;
    expect(row[1]).toEqual({ t: "text", v: "=SUM(A1)", wrap: true });
  });
});
