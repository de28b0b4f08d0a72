import { describe, expect, it } from "vitest";
import { compareChecks, eachOpenFindingKey, openFindingKeys } from "../../../src/domain/history/changes.js";
import { fingerprint } from "../../../src/domain/history/fingerprint.js";
import { withEntry } from "../../../src/domain/history/history-entry.js";
import { readHistory } from "../../../src/domain/history/history-sheet.js";
import type { CellValue, Finding, Grid, HistoryEntry, Report } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { reportTabs } from "../../../src/domain/tabs/report-tabs.js";
import type { TabSpec } from "../../../src/domain/tabs/tab-spec.js";
import { cleanRow, runCheck, TODAY } from "../../helpers/grid.js";

/** A generated tab as the next check reads it back from the workbook. */
function asGrid(spec: TabSpec): Grid {
  return { name: spec.name, rows: spec.rows.map((cells) => cells.map((c): CellValue => (c === null ? null : c.t === "date" ? new Date(`${c.v}T00:00:00Z`) : c.v))) };
}

function tabsOf(report: Report): TabSpec[] {
  return reportTabs(report, defaultProfile(), { file: "register.xlsx", sheet: "Register", profile: "default", today: report.today });
}

const historyOf = (report: Report) => asGrid(tabsOf(report).find((t) => t.key === "history")!);

const finding = (over: Partial<Finding>): Finding => ({
  rule: "exit-strategy-missing",
  severity: "error",
  row: 2,
  column: "U",
  field: "exitStrategy",
  ref: "P-001",
  partnership: "Canal Corridor Partnership",
  message: "",
  clause: "4.1",
  sheet: "Register",
  ...over,
});

describe("finding fingerprints", () => {
  it("stay the same when the row moves or the ref is written differently", () => {
    expect(fingerprint(finding({ row: 2 }))).toBe(fingerprint(finding({ row: 40, ref: " p-001 " })));
  });

  it("tell apart rules, partnerships and fields", () => {
    const base = fingerprint(finding({}));
    expect(fingerprint(finding({ rule: "business-case-missing" }))).not.toBe(base);
    expect(fingerprint(finding({ ref: "P-002" }))).not.toBe(base);
    expect(fingerprint(finding({ field: "businessCase" }))).not.toBe(base);
  });

  it("fall back to the partnership's name when it has no ref", () => {
    expect(fingerprint(finding({ ref: null, row: 9 }))).toBe(fingerprint(finding({ ref: null, row: 3, partnership: "canal corridor  partnership" })));
  });
});

describe("comparing with the previous check", () => {
  it("lists new and resolved findings and counts the unchanged, leaving accepted ones out", () => {
    const a = finding({});
    const b = finding({ rule: "business-case-missing", field: "businessCase" });
    const c = finding({ ref: "P-002", partnership: "Youth Hub" });
    const previous = { today: "2026-03-31", findings: [a, b].map((f) => ({ fingerprint: fingerprint(f), rule: f.rule, ref: f.ref, partnership: f.partnership })) };
    const changes = compareChecks(previous, [a, c, { ...b, status: "accepted" }]);
    expect(changes.since).toBe("2026-03-31");
    expect(changes.new.map((k) => k.ref)).toEqual(["P-002"]);
    expect(changes.resolved.map((k) => k.rule)).toEqual(["business-case-missing"]);
    expect(changes.unchanged).toBe(1);
  });
});

describe("the Check history tab, read back by the next check", () => {
  const gap = cleanRow({ Ref: "P-002", Partnership: "Youth Hub", "Exit strategy": "No" });

  it("has no changes on the first check", () => {
    const report = runCheck([cleanRow(), gap]);
    expect(report.changes).toBeNull();
    expect(report.history).toEqual([]);
  });

  it("says what was resolved and what is new at the next check", () => {
    const first = runCheck([cleanRow(), gap]);
    const second = runCheck([cleanRow({ "Business case": "No" }), { ...gap, "Exit strategy": "Yes" }], { extraGrids: [historyOf(first)], today: "2026-07-31" });
    expect(second.changes!.since).toBe(TODAY);
    expect(second.changes!.resolved).toEqual([expect.objectContaining({ rule: "exit-strategy-missing", ref: "P-002", partnership: "Youth Hub" })]);
    expect(second.changes!.new).toContainEqual(expect.objectContaining({ rule: "business-case-missing", ref: "P-001" }));
    expect(second.history!.map((h) => h.today)).toEqual([TODAY]);
  });

  it("keeps every recorded check with its counts, this one last", () => {
    const first = runCheck([cleanRow(), gap]);
    const second = runCheck([cleanRow(), gap], { extraGrids: [historyOf(first)], today: "2026-07-31" });
    const third = runCheck([cleanRow(), gap], { extraGrids: [historyOf(second)], today: "2026-08-31" });
    expect(third.history!.map((h) => h.today)).toEqual([TODAY, "2026-07-31"]);
    const errors = first.findings.filter((f) => f.severity === "error").length;
    expect(third.history![0]).toMatchObject({ profile: "default", partnerships: 2, errors });
    expect(third.history![0]!.red + third.history![0]!.amber + third.history![0]!.green).toBe(2);
    expect(third.changes).toMatchObject({ since: "2026-07-31", new: [], resolved: [] });
  });

  it("is never taken for the register, though it lists refs and partnerships", () => {
    const first = runCheck([cleanRow(), gap]);
    const history = historyOf(first);
    const report = runCheck([cleanRow()], { extraGrids: [history] });
    expect(report.register!.sheet).toBe("Register");
  });

  it("skips rows an auditor has typed over instead of stopping the check", () => {
    const grid = historyOf(runCheck([cleanRow(), gap]));
    const at = grid.rows.findIndex((r) => r[0] === "Check date") + 1;
    grid.rows.splice(at, 0, ["not a date", "x"]);
    expect(readHistory([grid]).checks).toHaveLength(1);
  });
});

describe("recording a check", () => {
  const entry = (today: string): HistoryEntry => ({ today, profile: "default", partnerships: 1, errors: 0, warnings: 0, info: 0, accepted: 0, red: 0, amber: 0, green: 1 });

  it("replaces a check recorded earlier the same day, and keeps the latest ones", () => {
    expect(withEntry([entry("2026-01-01"), entry("2026-02-01")], entry("2026-02-01"), 10).map((e) => e.today)).toEqual(["2026-01-01", "2026-02-01"]);
    expect(withEntry([entry("2026-01-01"), entry("2026-02-01")], entry("2026-03-01"), 2).map((e) => e.today)).toEqual(["2026-02-01", "2026-03-01"]);
  });
});

describe("the open findings listed on the Check history tab", () => {
  it("lists each fingerprint once, in report order, leaving out accepted findings, however the list is read", () => {
    const findings = [
      finding({ row: 2 }),
      finding({ row: 3, ref: "P-002", rule: "scrutiny-missing", field: "scrutiny" }),
      finding({ row: 9, ref: " p-001 " }), // the same finding on a duplicate row: listed once
      finding({ row: 4, ref: "P-003", status: "accepted" }),
    ];
    const keys = eachOpenFindingKey(findings);
    expect(keys.count).toBe(2);
    const listed = [...keys.keys];
    expect(listed).toEqual([...openFindingKeys(findings).values()]);
    expect(listed.map((k) => k.ref)).toEqual(["P-001", "P-002"]);
    expect([...keys.keys]).toEqual(listed);
  });
});
