import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { deriveRisks, type Risk } from "../../../src/domain/derive/risks.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import type { Provenance } from "../../../src/domain/tabs/provenance.js";
import { risksTab } from "../../../src/domain/tabs/risks-tab.js";
import { TAB_MARKER, type TabCell, type TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { cleanRow, FULL_HEADERS, registerGrid } from "../../helpers/grid.js";

const TODAY = "2026-06-30";
const FROM: Provenance = { file: "partnerships.xlsx", sheet: "Register", profile: "default", today: TODAY };

const NO_SCRUTINY = { "Scrutiny arrangements": "" };
const NO_EXIT = { "Exit strategy": "No" };
const NO_EXIT_AND_ENDED = { "Exit strategy": "No", "End date": "01/01/2026" };

function build(rows: Record<string, CellValue>[], profile: Profile = defaultProfile()): { risks: Risk[]; tab: TabSpec } {
  const report = check([registerGrid(FULL_HEADERS, rows)], profile, TODAY);
  const risks = deriveRisks(report, profile.risk);
  return { risks, tab: risksTab(risks, FROM, profile.risk) };
}

/** A register with risks of several likelihoods and impacts. */
const MIXED = [
  cleanRow({ Ref: "P-001", Partnership: "Canal Corridor", Significance: "Low", ...NO_SCRUTINY, "Information sharing agreement": "No" }),
  cleanRow({ Ref: "P-002", Partnership: "Health Board", Significance: "Medium", ...NO_EXIT_AND_ENDED }),
  cleanRow({ Ref: "P-003", Partnership: "Youth Forum", Significance: "Low", ...NO_SCRUTINY }),
  cleanRow({ Ref: "P-004", Partnership: "Leisure Trust", Significance: "High", "Annual contribution": "£2m", "Approved amount": "£3m", ...NO_EXIT }),
  cleanRow({ Ref: "P-005", Partnership: "Arts Network", "Sponsoring officer": "" }),
];

function text(cell: TabCell | undefined): string {
  return cell && "v" in cell ? String(cell.v) : "";
}

function rowStartingWith(tab: TabSpec, first: string): number {
  const i = tab.rows.findIndex((r) => text(r[0]) === first);
  expect(i, `row starting "${first}"`).toBeGreaterThanOrEqual(0);
  return i;
}

/** The heat-map cell for likelihood l and impact i, found by its axis labels. */
function heatCell(tab: TabSpec, l: number, i: number): TabCell {
  const labels = tab.rows.find((r) => r.slice(1, 6).map(text).join("|") === "Impact 1|Impact 2|Impact 3|Impact 4|Impact 5")!;
  expect(labels).toBeDefined();
  const col = labels.findIndex((c) => text(c) === `Impact ${i}`);
  return tab.rows[rowStartingWith(tab, `Likelihood ${l}`)]![col]!;
}

function tableOf(tab: TabSpec) {
  const table = tab.tables?.find((t) => t.name === "PRA_Risks");
  expect(table).toBeDefined();
  return table!;
}

describe("risksTab: heading and provenance", () => {
  it("is the Risks tab, starting with its title and the marker row naming register, profile and check date", () => {
    const { tab } = build(MIXED);
    expect(tab.key).toBe("risks");
    expect(tab.name).toBe("Risks");
    expect(tab.rows[0]).toEqual([{ t: "text", v: "Risks", style: "title" }]);
    const marker = text(tab.rows[1]![0]);
    expect(marker.startsWith(TAB_MARKER)).toBe(true);
    expect(marker).toContain("partnerships.xlsx");
    expect(marker).toContain("Profile: default");
    expect(marker).toContain("30 June 2026");
  });

  it("counts the risks by band on one line", () => {
    const { risks, tab } = build(MIXED);
    expect(risks).toHaveLength(6);
    expect(text(tab.rows[2]![0])).toBe("6 risks: 2 very high, 0 high, 1 medium, 3 low.");
  });
});

describe("risksTab: heat map", () => {
  it("lays out likelihood 5 at the top down to 1, impact 1 to 5 across, labels styled as headings", () => {
    const { tab } = build(MIXED);
    const top = rowStartingWith(tab, "Likelihood 5");
    expect([1, 2, 3, 4, 5].map((k) => text(tab.rows[top + k - 1]![0]))).toEqual([
      "Likelihood 5",
      "Likelihood 4",
      "Likelihood 3",
      "Likelihood 2",
      "Likelihood 1",
    ]);
    const labels = tab.rows[top - 1]!;
    expect(labels.slice(1, 6).map(text)).toEqual(["Impact 1", "Impact 2", "Impact 3", "Impact 4", "Impact 5"]);
    for (const c of [...labels, ...tab.rows.slice(top, top + 5).map((r) => r[0])]) {
      expect(["heading", "muted"]).toContain(c && "style" in c ? c.style : undefined);
    }
  });

  it("counts, in each cell, the risks with that likelihood and impact, summing to the number of risks", () => {
    const { risks, tab } = build(MIXED);
    let total = 0;
    for (let l = 1; l <= 5; l++) {
      for (let i = 1; i <= 5; i++) {
        const cell = heatCell(tab, l, i);
        expect(cell?.t).toBe("number");
        const expected = risks.filter((r) => r.likelihood === l && r.impact === i).length;
        expect(cell && cell.v, `likelihood ${l}, impact ${i}`).toBe(expected);
        total += Number(cell && cell.v);
      }
    }
    expect(total).toBe(risks.length);
    expect(heatCell(tab, 2, 2)).toMatchObject({ v: 3 }); // P-001 e and f, P-003 f
    expect(heatCell(tab, 5, 3)).toMatchObject({ v: 1 }); // P-002 g
  });

  it("colours each cell by the band of likelihood × impact", () => {
    const { tab } = build([]);
    const style = (l: number, i: number) => {
      const c = heatCell(tab, l, i);
      return c && "style" in c ? c.style : undefined;
    };
    expect(style(1, 1)).toBe("bandLow"); // 1
    expect(style(2, 2)).toBe("bandLow"); // 4
    expect(style(1, 5)).toBe("bandMedium"); // 5
    expect(style(3, 3)).toBe("bandMedium"); // 9
    expect(style(5, 2)).toBe("bandHigh"); // 10
    expect(style(2, 5)).toBe("bandHigh"); // 10
    expect(style(3, 5)).toBe("bandVeryHigh"); // 15
    expect(style(5, 5)).toBe("bandVeryHigh"); // 25
  });

  it("colours the cells by the profile's bands", () => {
    const profile = defaultProfile();
    profile.risk.bands = { medium: 2, high: 3, veryHigh: 4 };
    const { tab } = build([], profile);
    const style = (l: number, i: number) => {
      const c = heatCell(tab, l, i);
      return c && "style" in c ? c.style : undefined;
    };
    expect([style(1, 1), style(1, 2), style(1, 3), style(2, 2)]).toEqual(["bandLow", "bandMedium", "bandHigh", "bandVeryHigh"]);
  });

  it("shows zeros with no risks", () => {
    const { tab } = build([cleanRow()]);
    expect(text(tab.rows[2]![0])).toMatch(/^No risks/);
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) expect(heatCell(tab, l, i)).toMatchObject({ t: "number", v: 0 });
  });
});

describe("risksTab: the risk table", () => {
  const HEADERS = ["Ref", "Partnership", "Weakness (clause 2.4)", "Likelihood", "Impact", "Score", "Band", "Owner", "Suggested action", "Review by", "Findings"];

  it("is a PRA_Risks table over its header and exactly the risk rows, below the heat map, with no frozen rows", () => {
    const { risks, tab } = build(MIXED);
    const table = tableOf(tab);
    expect(table.columns).toBe(11);
    expect(tab.rows[table.headerRow]).toEqual(HEADERS.map((v) => ({ t: "text", v, style: "heading" })));
    expect(table.lastRow - table.headerRow).toBe(risks.length);
    expect(table.lastRow).toBe(tab.rows.length - 1);
    expect(table.headerRow).toBeGreaterThan(rowStartingWith(tab, "Likelihood 1"));
    expect(tab.rows[table.headerRow - 1]).toEqual([]);
    expect(tab.freezeRows ?? 0).toBe(0);
    expect(tab.widths).toHaveLength(11);
  });

  it("is just its header row with no risks", () => {
    const { tab } = build([cleanRow()]);
    const table = tableOf(tab);
    expect(table.lastRow).toBe(table.headerRow);
    expect(tab.rows).toHaveLength(table.headerRow + 1);
  });

  it("writes one row a risk, worst first, numbers as numbers, the band styled and the review date as a date", () => {
    const { tab } = build(MIXED);
    const first = tab.rows[tableOf(tab).headerRow + 1]!;
    expect(first).toHaveLength(11);
    expect(first.slice(0, 8)).toEqual([
      { t: "text", v: "P-002" },
      { t: "text", v: "Health Board" },
      { t: "text", v: "g) No exit planning" },
      { t: "number", v: 5 },
      { t: "number", v: 3 },
      { t: "number", v: 15 },
      { t: "text", v: "Very high", style: "bandVeryHigh" },
      { t: "text", v: "Anna Bell" },
    ]);
    expect(text(first[8])).toMatch(/^Agree exit and dissolution provisions/);
    expect(first[9]).toEqual({ t: "date", v: "2026-07-30" });
    expect(first[10]).toEqual({ t: "text", v: "exit-strategy-missing, end-date-passed" });
    // P-004 ties on 15 and comes after, being lower in the register
    expect(tab.rows[tableOf(tab).headerRow + 2]!.slice(0, 6).map(text)).toEqual(["P-004", "Leisure Trust", "g) No exit planning", "3", "5", "15"]);
  });

  it("labels every band in plain English with its band style", () => {
    const { tab } = build(MIXED);
    const table = tableOf(tab);
    const bands = tab.rows.slice(table.headerRow + 1).map((r) => r[6]);
    expect(bands.map(text)).toEqual(["Very high", "Very high", "Medium", "Low", "Low", "Low"]);
    expect(bands.map((c) => (c && "style" in c ? c.style : undefined))).toEqual([
      "bandVeryHigh",
      "bandVeryHigh",
      "bandMedium",
      "bandLow",
      "bandLow",
      "bandLow",
    ]);
  });

  it("asks for an owner where there is no sponsoring officer", () => {
    const { tab } = build(MIXED);
    const table = tableOf(tab);
    const row = tab.rows.slice(table.headerRow + 1).find((r) => text(r[0]) === "P-005")!;
    expect(text(row[2])).toBe("c) Weak alignment with the council");
    expect(text(row[7])).toBe("No sponsoring officer: assign one");
  });

  it("keeps text from the register as plain text cells, even when it looks like a formula", () => {
    const { tab } = build([cleanRow({ Ref: "@SUM(A1)", Partnership: "=1+1", "Sponsoring officer": "+Anna Bell", ...NO_EXIT })]);
    const row = tab.rows[tableOf(tab).headerRow + 1]!;
    expect(row[0]).toEqual({ t: "text", v: "@SUM(A1)" });
    expect(row[1]).toEqual({ t: "text", v: "=1+1" });
    expect(row[7]?.t).toBe("text");
  });
});
