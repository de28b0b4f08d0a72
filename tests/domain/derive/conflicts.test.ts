import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { CONFLICT_ACTIONS, CONFLICT_KINDS, deriveConflicts, type ConflictRow } from "../../../src/domain/derive/conflicts.js";
import type { CellValue, Grid } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { cleanRow, FULL_HEADERS, registerGrid } from "../../helpers/grid.js";

const TODAY = "2026-06-30";

/** A register of interests sheet: [name, organisation, nature, date declared]. */
function interests(rows: [string, string, string, CellValue][]): Grid {
  return registerGrid(
    ["Name", "Organisation", "Nature of interest", "Date declared"],
    rows.map(([name, org, nature, date]) => ({ Name: name, Organisation: org, "Nature of interest": nature, "Date declared": date })),
    "Register of interests",
  );
}

/** Everyone in cleanRow() has declared recently, and nothing in a partner organisation. */
const RECENT: [string, string, string, CellValue][] = [
  ["Anna Bell", "Allotment Society", "Member", "01/03/2026"],
  ["Ben Carter", "Allotment Society", "Member", "01/03/2026"],
  ["Cllr Dev Patel", "Allotment Society", "Member", "01/03/2026"],
];

function conflictsOf(rows: Record<string, CellValue>[], declarations?: [string, string, string, CellValue][]): ConflictRow[] {
  const grids: Grid[] = [registerGrid(FULL_HEADERS, rows)];
  if (declarations) grids.push(interests(declarations));
  return deriveConflicts(check(grids, defaultProfile(), TODAY));
}

const SECOND = { Ref: "P-002", Partnership: "Youth Services Board", "Partner organisations": "Youth Trust" };

describe("deriveConflicts", () => {
  it("finds nothing on a clean register whose people have all declared recently", () => {
    expect(conflictsOf([cleanRow()], RECENT)).toEqual([]);
    expect(conflictsOf([cleanRow()])).toEqual([]);
  });

  it("lists a declared interest in a partner organisation with the person, role, partnership, evidence and action", () => {
    const rows = conflictsOf([cleanRow()], [...RECENT, ["Dev Patel", "Canal and River Trust", "Trustee", "01/03/2026"]]);
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      person: "Dev Patel",
      partnerships: [{ row: 2, ref: "P-001", name: "Canal Corridor Partnership" }],
      roles: ["representative"],
      kind: "declared interest in a partner",
      certainty: "exact",
    });
    expect(row.evidence).toContain("Canal and River Trust");
    expect(row.evidence).toContain("1 March 2026");
    expect(row.action).toBe(CONFLICT_ACTIONS["declared interest in a partner"]);
    expect(row.action).toContain("monitoring officer");
  });

  it("carries 'possible' from the finding when the name only matches on an initial, and says to confirm the person first", () => {
    const rows = conflictsOf(
      [cleanRow()],
      [...RECENT.filter(([n]) => !n.includes("Patel")), ["D Patel", "Canal and River Trust", "Trustee", "01/03/2026"]],
    );
    const interest = rows.find((r) => r.kind === "declared interest in a partner")!;
    expect(interest.certainty).toBe("possible");
    expect(interest.person).toBe("Dev Patel");
    expect(interest.action).toMatch(/^First confirm this is the same person/);
    expect(interest.action).toContain(CONFLICT_ACTIONS["declared interest in a partner"]);
  });

  it("groups the same person, kind and evidence across partnerships into one row naming them all", () => {
    const rows = conflictsOf(
      [
        cleanRow({ "Council representatives": "Cllr Daniel Kerr" }),
        cleanRow({ ...SECOND, "Council representatives": "Daniel Kerr" }),
      ],
      [...RECENT, ["Daniel Kerr", "Allotment Society", "Member", "01/01/2025"]],
    );
    const stale = rows.filter((r) => r.kind === "stale declaration");
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({
      person: "Daniel Kerr",
      roles: ["representative"],
      evidence: "Latest declaration 1 January 2025",
      certainty: "exact",
      partnerships: [
        { row: 2, ref: "P-001", name: "Canal Corridor Partnership" },
        { row: 3, ref: "P-002", name: "Youth Services Board" },
      ],
    });
    expect(stale[0]!.action).toContain("renew their declaration");
  });

  it("keeps one row per person and kind: a trustee on two partnerships with a stale declaration has two rows, not four", () => {
    const rows = conflictsOf(
      [cleanRow({ "Council representatives": "Cllr Daniel Kerr (Trustee)" }), cleanRow({ ...SECOND, "Council representatives": "Daniel Kerr (Trustee)" })],
      [...RECENT, ["Daniel Kerr", "Allotment Society", "Member", "01/01/2025"]],
    );
    const kerr = rows.filter((r) => r.person === "Daniel Kerr");
    expect(kerr.map((r) => r.kind)).toEqual(["fiduciary role", "stale declaration"]);
    const fiduciary = kerr[0]!;
    expect(fiduciary.roles).toEqual(["representative (trustee)"]);
    expect(fiduciary.partnerships.map((p) => p.ref)).toEqual(["P-001", "P-002"]);
    // Written differently on each row: both kept, each naming its partnership.
    expect(fiduciary.evidence).toBe('P-001: Recorded as "Cllr Daniel Kerr (Trustee)"\nP-002: Recorded as "Daniel Kerr (Trustee)"');
    expect(fiduciary.action).toContain("director or trustee");
    const keys = rows.map((r) => `${r.person}|${r.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("puts different declared interests of one person on two partnerships in one row, each line naming its partnership", () => {
    const rows = conflictsOf(
      [cleanRow(), cleanRow({ ...SECOND })],
      [...RECENT, ["Dev Patel", "Canal and River Trust", "Trustee", "01/03/2026"], ["Dev Patel", "Youth Trust", "Volunteer", "01/03/2026"]],
    );
    const interest = rows.filter((r) => r.kind === "declared interest in a partner");
    expect(interest).toHaveLength(1);
    expect(interest[0]!.partnerships.map((p) => p.ref)).toEqual(["P-001", "P-002"]);
    const lines = interest[0]!.evidence.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^P-001: Trustee: Canal and River Trust/);
    expect(lines[1]).toMatch(/^P-002: Volunteer: Youth Trust/);
  });

  it("flags a director or trustee role without needing a register of interests", () => {
    const rows = conflictsOf([cleanRow({ "Council representatives": "Cllr Dev Patel (Director)" })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person: "Dev Patel", kind: "fiduciary role", roles: ["representative (director)"], certainty: "exact" });
    expect(rows[0]!.evidence).toContain("Cllr Dev Patel (Director)");
  });

  it("lists a person who holds two roles on one partnership, e.g. representative and accountable officer", () => {
    const rows = conflictsOf([cleanRow({ "Accountable officer": "Dev Patel" })]);
    expect(rows).toEqual([
      expect.objectContaining({
        person: "Dev Patel",
        kind: "several roles on one partnership",
        roles: ["representative", "accountable officer"],
        evidence: "Named as representative and accountable officer",
        certainty: "exact",
        partnerships: [{ row: 2, ref: "P-001", name: "Canal Corridor Partnership" }],
      }),
    ]);
    expect(rows[0]!.action).toBe(CONFLICT_ACTIONS["several roles on one partnership"]);
  });

  it("does not count one role written with two capacities as several roles", () => {
    expect(conflictsOf([cleanRow({ "Council representatives": "Cllr Dev Patel (Chair); Cllr Dev Patel (Observer)" })])).toEqual([]);
  });

  it("reports two roles held by names that only partly match as a possible several-roles conflict", () => {
    const rows = conflictsOf([cleanRow({ "Sponsoring officer": "J Smith", "Accountable officer": "Jane Smith" })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ person: "Jane Smith", kind: "several roles on one partnership", certainty: "possible" });
    expect(rows[0]!.evidence).toContain('"J Smith"');
    expect(rows[0]!.roles).toEqual(["sponsoring officer", "accountable officer"]);
  });

  it("ignores out-of-scope rows for several roles", () => {
    expect(conflictsOf([cleanRow({ "Form of partnership": "Contract for services", "Accountable officer": "Dev Patel" })])).toEqual([]);
  });

  it("names each representative when conflicts are not recorded, with what the register says", () => {
    const rows = conflictsOf([
      cleanRow({ "Council representatives": "Cllr Dev Patel; Cllr Sara Jones", "Conflicts of interest declared": "No" }),
    ]);
    expect(rows.map((r) => [r.person, r.kind])).toEqual([
      ["Dev Patel", "conflicts not recorded"],
      ["Sara Jones", "conflicts not recorded"],
    ]);
    expect(rows[0]!.evidence).toContain('"No"');
    expect(rows[0]!.roles).toEqual(["representative"]);
    expect(rows[0]!.action).toContain("declare their interests");
  });

  it("lists people with no declaration on file, once across all their partnerships", () => {
    const rows = conflictsOf([cleanRow(), cleanRow({ ...SECOND })], RECENT.filter(([n]) => n !== "Ben Carter"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      person: "Ben Carter",
      kind: "no declaration on file",
      roles: ["accountable officer"],
      evidence: "No entry in the register of interests",
      certainty: "exact",
    });
    expect(rows[0]!.partnerships.map((p) => p.row)).toEqual([2, 3]);
  });

  it("sorts declared interests first, then fiduciary, stale, several roles, not recorded and no declaration; then by person", () => {
    const rows = conflictsOf(
      [
        cleanRow({
          "Council representatives": "Cllr Zoe Young (Trustee); Cllr Dev Patel",
          "Accountable officer": "Anna Bell",
          "Conflicts of interest declared": "",
        }),
      ],
      [
        ["Dev Patel", "County Council", "Employee", "01/03/2026"],
        ["Zoe Young", "Canal and River Trust", "Trustee", "01/01/2025"],
      ],
    );
    expect(rows.map((r) => [r.kind, r.person])).toEqual([
      ["declared interest in a partner", "Dev Patel"],
      ["declared interest in a partner", "Zoe Young"],
      ["fiduciary role", "Zoe Young"],
      ["stale declaration", "Zoe Young"],
      ["several roles on one partnership", "Anna Bell"],
      ["conflicts not recorded", "Dev Patel"],
      ["conflicts not recorded", "Zoe Young"],
      ["no declaration on file", "Anna Bell"],
    ]);
    expect(CONFLICT_KINDS).toEqual([...new Set(rows.map((r) => r.kind))]);
  });

  it("gives every row a plain-English recommended action", () => {
    for (const kind of CONFLICT_KINDS) expect(CONFLICT_ACTIONS[kind].length).toBeGreaterThan(40);
    const rows = conflictsOf(
      [cleanRow({ "Council representatives": "Cllr Dev Patel (Director)", "Accountable officer": "Dev Patel", "Conflicts of interest declared": "No" })],
      [["Dev Patel", "County Council", "Employee", "01/01/2024"]],
    );
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) expect(r.action).toBe(CONFLICT_ACTIONS[r.kind]);
  });
});
