import { describe, expect, it } from "vitest";
import { check } from "../../../src/domain/check.js";
import { bandOf, deriveRisks, heatMap, WEAKNESS, type Risk } from "../../../src/domain/derive/risks.js";
import type { CellValue } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import type { Profile } from "../../../src/domain/profile/profile.js";
import { DEFAULT_RISK_SETTINGS } from "../../../src/domain/profile/risk-settings.js";
import { cleanRow, FULL_HEADERS, registerGrid } from "../../helpers/grid.js";

const TODAY = "2026-06-30";

function risksOf(rows: Record<string, CellValue>[], profile: Profile = defaultProfile()): Risk[] {
  const report = check([registerGrid(FULL_HEADERS, rows)], profile, TODAY);
  return deriveRisks(report, profile.risk);
}

/** The one risk a one-row register raises in a group. */
function riskIn(group: Risk["group"], overrides: Record<string, CellValue>, profile?: Profile): Risk {
  const found = risksOf([cleanRow(overrides)], profile).filter((r) => r.group === group);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const NO_SCRUTINY = { "Scrutiny arrangements": "" }; // one warning in group f
const NO_EXIT = { "Exit strategy": "No" }; // one error in group g
const NO_EXIT_AND_ENDED = { "Exit strategy": "No", "End date": "01/01/2026" }; // two errors in group g

describe("deriveRisks: grouping under clause 2.4", () => {
  it("raises no risks for a partnership that meets every standard", () => {
    expect(risksOf([cleanRow()])).toEqual([]);
  });

  it("turns a missing exit strategy into a group g risk, 'No exit planning', on that row", () => {
    const risks = risksOf([cleanRow(NO_EXIT)]);
    expect(risks).toHaveLength(1);
    expect(risks[0]).toMatchObject({
      group: "g",
      weakness: "No exit planning",
      row: 2,
      ref: "P-001",
      partnership: "Canal Corridor Partnership",
      findings: ["exit-strategy-missing"],
    });
    expect(WEAKNESS.g).toBe("No exit planning");
  });

  it("makes one risk per group however many findings feed it, listing every rule behind it", () => {
    const risks = risksOf([cleanRow(NO_EXIT_AND_ENDED)]);
    expect(risks).toHaveLength(1);
    expect(risks[0]!.findings).toEqual(["exit-strategy-missing", "end-date-passed"]);
  });

  it("lets one finding feed several groups (liabilities without exit: a and g)", () => {
    const risks = risksOf([cleanRow({ "Exit strategy": "No", "Continuing liabilities": "£40,000 pension deficit" })]);
    expect(risks.map((r) => r.group).sort()).toEqual(["a", "g"]);
    expect(risks.find((r) => r.group === "a")!.findings).toEqual(["liabilities-without-exit"]);
    expect(risks.find((r) => r.group === "g")!.findings).toEqual(["exit-strategy-missing", "liabilities-without-exit"]);
  });

  it("gives each partnership its own risks", () => {
    const risks = risksOf([cleanRow(NO_EXIT), cleanRow({ Ref: "P-002", Partnership: "Health Board", ...NO_SCRUTINY })]);
    expect(risks.map((r) => [r.row, r.ref, r.group])).toEqual([
      [2, "P-001", "g"],
      [3, "P-002", "f"],
    ]);
  });

  it("raises no risk for an out-of-scope row, even with the standards unmet", () => {
    const risks = risksOf([cleanRow({ "Form of partnership": "Contract for services", ...NO_EXIT })]);
    expect(risks).toEqual([]);
  });

  it("follows the profile's mapping of rules to groups", () => {
    const profile = defaultProfile();
    profile.risk.groups.f = [];
    profile.risk.groups.c = [...profile.risk.groups.c, "scrutiny-missing"];
    expect(risksOf([cleanRow(NO_SCRUTINY)], profile).map((r) => r.group)).toEqual(["c"]);
  });

  it("ignores info-only findings unless the profile gives info findings a likelihood weight", () => {
    const base = defaultProfile();
    const profile: Profile = { ...base, rules: { ...base.rules, "scrutiny-missing": { enabled: true, severity: "info" } } };
    expect(risksOf([cleanRow(NO_SCRUTINY)], profile)).toEqual([]);

    profile.risk.likelihood.perInfo = 1;
    const risk = riskIn("f", NO_SCRUTINY, profile);
    expect(risk.likelihood).toBe(2);
  });
});

describe("deriveRisks: likelihood from the findings", () => {
  it("is base 1 + 1 for one warning", () => {
    expect(riskIn("f", NO_SCRUTINY).likelihood).toBe(2);
  });

  it("is 1 + 1 + 1 for two warnings", () => {
    const risk = riskIn("e", { "Information sharing agreement": "No", "Equality impact assessment": "No" });
    expect(risk.findings).toHaveLength(2);
    expect(risk.likelihood).toBe(3);
  });

  it("is 1 + 2 for one error", () => {
    expect(riskIn("g", NO_EXIT).likelihood).toBe(3);
  });

  it("is 1 + 2 + 1 for an error and a warning", () => {
    const risk = riskIn("d", { "Date of last review": "01/01/2025", "Outcome measures": "" });
    expect(risk.findings).toEqual(["annual-review-overdue", "outcome-measures-missing"]);
    expect(risk.likelihood).toBe(4);
  });

  it("is capped at 5", () => {
    const risk = riskIn("c", { "Sponsoring officer": "", "Terms of reference": "No", "Approval to participate": "No" });
    expect(risk.findings).toHaveLength(3); // 1 + 2 + 2 + 1 = 6
    expect(risk.likelihood).toBe(5);
  });

  it("follows the profile's weights, rounded to a whole number and at least 1", () => {
    const profile = defaultProfile();
    profile.risk.likelihood = { base: 0, perError: 1.6, perWarning: 0, perInfo: 0 };
    expect(riskIn("g", NO_EXIT, profile).likelihood).toBe(2); // 1.6 rounds to 2
    expect(riskIn("f", NO_SCRUTINY, profile).likelihood).toBe(1); // 0, raised to 1
  });
});

describe("deriveRisks: impact from significance and contribution", () => {
  const impact = (significance: CellValue, contribution: string, profile?: Profile) =>
    riskIn("g", { ...NO_EXIT, Significance: significance, "Annual contribution": contribution, "Approved amount": "£5,000,000" }, profile).impact;

  it("rises with significance: low 2, medium 3, high 4", () => {
    expect(impact("Low", "£50,000")).toBe(2);
    expect(impact("Medium", "£50,000")).toBe(3);
    expect(impact("High", "£50,000")).toBe(4);
  });

  it("reads significance written as letters or 1-3", () => {
    expect(impact("l", "£50,000")).toBe(2);
    expect(impact("M", "£50,000")).toBe(3);
    expect(impact(3, "£50,000")).toBe(4);
    expect(impact(" HIGH ", "£50,000")).toBe(4);
  });

  it("treats blank or unrecognised significance as unknown (3 by default)", () => {
    expect(impact(null, "£50,000")).toBe(3);
    expect(impact("critical-ish", "£50,000")).toBe(3);
  });

  it("rises with the council's contribution: £50k +0, £250k +1, £2m +2", () => {
    expect(impact("Low", "£50,000")).toBe(2);
    expect(impact("Low", "£250,000")).toBe(3);
    expect(impact("Low", "£2m")).toBe(4);
    expect(impact("Low", "£100,000")).toBe(3); // a step applies from its own amount
  });

  it("is capped at 5", () => {
    expect(impact("High", "£2m")).toBe(5);
  });

  it("follows the profile's contribution steps and significance values", () => {
    const profile = defaultProfile();
    profile.risk.impact.contributionSteps = [{ from: 10_000, add: 2 }];
    expect(impact("Low", "£50,000", profile)).toBe(4);
    profile.risk.impact.significance.low = 1;
    expect(impact("Low", "£5,000", profile)).toBe(1);
  });
});

describe("deriveRisks: score and band", () => {
  it("scores likelihood × impact and bands it with the default bands", () => {
    const cases: [Record<string, CellValue>, Risk["group"], number, Risk["band"]][] = [
      [{ ...NO_SCRUTINY, Significance: "Low" }, "f", 4, "low"], // 2 × 2
      [{ ...NO_SCRUTINY, Significance: "Medium" }, "f", 6, "medium"], // 2 × 3
      [{ ...NO_EXIT, Significance: "Medium" }, "g", 9, "medium"], // 3 × 3
      [{ ...NO_EXIT_AND_ENDED, Significance: "Low" }, "g", 10, "high"], // 5 × 2
      [{ ...NO_EXIT, Significance: "High" }, "g", 12, "high"], // 3 × 4
      [{ ...NO_EXIT_AND_ENDED, Significance: "Medium" }, "g", 15, "veryHigh"], // 5 × 3
      [{ ...NO_EXIT_AND_ENDED, Significance: "High" }, "g", 20, "veryHigh"], // 5 × 4
    ];
    for (const [overrides, group, score, band] of cases) {
      const risk = riskIn(group, overrides);
      expect(risk.score, JSON.stringify(overrides)).toBe(risk.likelihood * risk.impact);
      expect([risk.score, risk.band], JSON.stringify(overrides)).toEqual([score, band]);
    }
  });

  it("puts the band boundaries at 1-4 low, 5-9 medium, 10-14 high, 15-25 very high", () => {
    const bands = DEFAULT_RISK_SETTINGS.bands;
    expect([1, 4, 5, 9, 10, 14, 15, 25].map((s) => bandOf(s, bands))).toEqual([
      "low",
      "low",
      "medium",
      "medium",
      "high",
      "high",
      "veryHigh",
      "veryHigh",
    ]);
  });

  it("follows the profile's bands", () => {
    const profile = defaultProfile();
    profile.risk.bands = { medium: 3, high: 4, veryHigh: 9 };
    expect(riskIn("f", { ...NO_SCRUTINY, Significance: "Low" }, profile).band).toBe("high"); // 4
    expect(riskIn("g", { ...NO_EXIT, Significance: "Medium" }, profile).band).toBe("veryHigh"); // 9
  });
});

describe("deriveRisks: owner, action and review date", () => {
  it("names the sponsoring officer as owner, without titles, joining several names", () => {
    expect(riskIn("g", NO_EXIT).owner).toBe("Anna Bell");
    expect(riskIn("g", { ...NO_EXIT, "Sponsoring officer": "Cllr Anna Bell (Chair); Dr Carl Dean" }).owner).toBe("Anna Bell, Carl Dean");
  });

  it("has no owner when no sponsoring officer is recorded", () => {
    const risk = riskIn("c", { "Sponsoring officer": "" });
    expect(risk.owner).toBeNull();
    expect(risk.findings).toEqual(["sponsoring-officer-missing"]);
  });

  it("suggests the action for the weakness and what to fix", () => {
    const action = riskIn("g", NO_EXIT_AND_ENDED).action;
    expect(action).toMatch(/^Agree exit and dissolution provisions, including how continuing liabilities and assets are settled\./);
    expect(action).toContain("agree an exit strategy");
    expect(action).toContain("use the exit provisions or extend the end date");
  });

  it("sets review-by from the check date and the band's review days", () => {
    expect(riskIn("f", { ...NO_SCRUTINY, Significance: "Low" }).reviewBy).toBe("2027-06-30"); // low: 365 days
    expect(riskIn("g", { ...NO_EXIT, Significance: "Medium" }).reviewBy).toBe("2026-12-27"); // medium: 180
    expect(riskIn("g", { ...NO_EXIT_AND_ENDED, Significance: "Low" }).reviewBy).toBe("2026-09-28"); // high: 90
    expect(riskIn("g", { ...NO_EXIT_AND_ENDED, Significance: "Medium" }).reviewBy).toBe("2026-07-30"); // very high: 30
  });

  it("follows the profile's review days", () => {
    const profile = defaultProfile();
    profile.risk.reviewDays.medium = 7;
    expect(riskIn("g", { ...NO_EXIT, Significance: "Medium" }, profile).reviewBy).toBe("2026-07-07");
  });
});

describe("deriveRisks: order", () => {
  it("sorts by score (highest first), then row, then group", () => {
    const risks = risksOf([
      cleanRow({ Ref: "P-001", Partnership: "Low one", Significance: "Low", ...NO_SCRUTINY, "Information sharing agreement": "No" }),
      cleanRow({ Ref: "P-002", Partnership: "Worst", Significance: "Medium", ...NO_EXIT_AND_ENDED }),
      cleanRow({ Ref: "P-003", Partnership: "Also low", Significance: "Low", ...NO_SCRUTINY }),
      cleanRow({ Ref: "P-004", Partnership: "Middle", Significance: "Medium", ...NO_EXIT }),
    ]);
    expect(risks.map((r) => [r.ref, r.group, r.score])).toEqual([
      ["P-002", "g", 15],
      ["P-004", "g", 9],
      ["P-001", "e", 4],
      ["P-001", "f", 4],
      ["P-003", "f", 4],
    ]);
  });
});

describe("heatMap", () => {
  it("counts risks by [likelihood - 1][impact - 1]", () => {
    const risks = risksOf([
      cleanRow({ Ref: "P-001", Partnership: "A", Significance: "Low", ...NO_SCRUTINY }),
      cleanRow({ Ref: "P-002", Partnership: "B", Significance: "Low", ...NO_SCRUTINY }),
      cleanRow({ Ref: "P-003", Partnership: "C", Significance: "High", ...NO_EXIT_AND_ENDED }),
    ]);
    const map = heatMap(risks);
    expect(map).toHaveLength(5);
    expect(map.every((row) => row.length === 5)).toBe(true);
    expect(map[1]![1]).toBe(2); // likelihood 2, impact 2
    expect(map[4]![3]).toBe(1); // likelihood 5, impact 4
    expect(map.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("is all zeros with no risks", () => {
    expect(heatMap([])).toEqual(Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]));
  });
});
