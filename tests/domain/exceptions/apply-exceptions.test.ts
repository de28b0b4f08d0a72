import { describe, expect, it } from "vitest";
import { applyExceptions } from "../../../src/domain/exceptions/apply-exceptions.js";
import { deriveRisks } from "../../../src/domain/derive/risks.js";
import { deriveScorecards } from "../../../src/domain/derive/scorecards.js";
import { toJsonReport } from "../../../src/domain/json-report.js";
import type { CellValue, Finding } from "../../../src/domain/model.js";
import { defaultProfile } from "../../../src/domain/profile/default-profile.js";
import { summarise } from "../../../src/domain/summary.js";
import { runCheck } from "../../helpers/grid.js";
import { exceptionsGrid, ROWS } from "./exceptions-grid.js";

const checkWith = (rows: CellValue[][], today?: string) => runCheck(ROWS, { extraGrids: [exceptionsGrid(rows)], ...(today ? { today } : {}) });
const statusOf = (findings: readonly Finding[], rule: string) => findings.find((f) => f.rule === rule)?.status;

describe("applying accepted exceptions", () => {
  it("marks every finding open when the workbook has no exceptions sheet", () => {
    const report = runCheck(ROWS);
    expect(report.findings.map((f) => [f.rule, f.status])).toEqual([
      ["exit-strategy-missing", "open"],
      ["sponsoring-officer-missing", "open"],
      ["risk-register-missing", "open"],
    ]);
    expect(report.exceptions).toBeNull();
    expect(report.findings.every((f) => f.exception === undefined)).toBe(true);
  });

  it("accepts the finding of the rule on the partnership the Ref names, ignoring case and spaces, with the reason, by and until", () => {
    const report = checkWith([["exit-strategy-missing", " p-001 ", null, "Exit strategy not needed: one-year pilot", "J Smith", "31/03/2027"]]);
    const f = report.findings.find((x) => x.rule === "exit-strategy-missing")!;
    expect(f).toMatchObject({ row: 2, ref: "P-001", status: "accepted" });
    expect(f.exception).toEqual({ reason: "Exit strategy not needed: one-year pilot", by: "J Smith", until: "2027-03-31", row: 2 });
    // The others stay open.
    expect(statusOf(report.findings, "sponsoring-officer-missing")).toBe("open");
    expect(statusOf(report.findings, "risk-register-missing")).toBe("open");
  });

  it("accepts by the partnership's name when the row gives no Ref, ignoring case, spacing, punctuation and &/and", () => {
    const report = checkWith([["risk-register-missing", null, "health  and wellbeing board.", "Merging into the ICB", "A Khan", "31/12/2026"]]);
    expect(statusOf(report.findings, "risk-register-missing")).toBe("accepted");
  });

  it("goes by the Ref where both have one: a matching name with another Ref accepts nothing", () => {
    const report = checkWith([["exit-strategy-missing", "P-009", "Canal Corridor Partnership", "Pilot", "J Smith", "31/03/2027"]]);
    expect(statusOf(report.findings, "exit-strategy-missing")).toBe("open");
    expect(report.findings.map((f) => f.rule)).toContain("exception-unused");
  });

  it("accepts only that rule on that partnership", () => {
    const report = checkWith([["sponsoring-officer-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"]]);
    expect(report.findings.filter((f) => f.status === "accepted")).toEqual([]);
  });

  it("never accepts a finding on the exceptions sheet itself", () => {
    const report = checkWith([
      ["unreadable-value", "P-001", null, "Typing slip", "J Smith", "31/03/2027"],
      ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/13/2027"],
    ]);
    const onSheet = report.findings.filter((f) => f.sheet === "Accepted exceptions");
    expect(onSheet.map((f) => [f.rule, f.row, f.status])).toEqual([
      ["exception-unused", 2, "open"],
      ["unreadable-value", 3, "open"],
    ]);
  });

  it("applies on its Until date itself, and not the day after", () => {
    const row = ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/07/2026"];
    expect(statusOf(checkWith([row], "2026-07-31").findings, "exit-strategy-missing")).toBe("accepted");
    const after = checkWith([row], "2026-08-01");
    expect(statusOf(after.findings, "exit-strategy-missing")).toBe("open");
    expect(after.findings.map((f) => f.rule)).toContain("exception-expired");
  });

  it("keeps applying an exception with no Until date", () => {
    expect(statusOf(checkWith([["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", null]], "2030-01-01").findings, "exit-strategy-missing")).toBe("accepted");
  });

  it("lists the exceptions sheet's own findings after the register's", () => {
    const report = checkWith([
      ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"],
      ["scrutiny-missing", "P-002", null, "Under review", "J Smith", "31/03/2027"],
    ]);
    expect(report.findings.map((f) => [f.sheet, f.row, f.rule])).toEqual([
      ["Register", 2, "exit-strategy-missing"],
      ["Register", 3, "sponsoring-officer-missing"],
      ["Register", 4, "risk-register-missing"],
      ["Accepted exceptions", 3, "exception-unused"],
    ]);
  });

  it("is pure: the findings given are not changed", () => {
    const findings: Finding[] = [
      { rule: "exit-strategy-missing", severity: "error", row: 2, column: "U", field: "exitStrategy", ref: "P-001", partnership: "X", message: "m", clause: "2.14", sheet: "Register" },
    ];
    const before = structuredClone(findings);
    const read = { sheet: "Accepted exceptions", headerRow: 1, columns: { rule: "A", ref: "B", partnership: "C", reason: "D", by: "E", until: "F" }, rows: 1, problems: [],
      entries: [{ row: 2, rule: "exit-strategy-missing", ref: "P-001", partnership: null, reason: "Pilot", by: "J Smith", until: "2027-03-31" }] };
    const out = applyExceptions(findings, read, "Register", "2026-06-30", { isOn: () => true, severityOf: () => "warning" });
    expect(findings).toEqual(before);
    expect(out.findings[0]).toMatchObject({ status: "accepted", exception: { reason: "Pilot", by: "J Smith", until: "2027-03-31", row: 2 } });
    expect(out.exceptions).toEqual({ sheet: "Accepted exceptions", headerRow: 1, rows: 1, expired: 0, unused: 0 });
  });
});

describe("what an accepted finding counts for", () => {
  const report = checkWith([
    ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"],
    ["sponsoring-officer-missing", "P-002", null, "Post being recruited", "J Smith", "31/03/2027"],
  ]);

  it("stays in the report, but the summary counts only open findings by severity and rule, and the accepted apart", () => {
    expect(report.findings).toHaveLength(3);
    const s = summarise(report);
    expect(s.bySeverity).toEqual({ error: 1, warning: 0, info: 0 });
    expect(s.byRule).toEqual({ "risk-register-missing": 1 });
    expect(s.accepted).toBe(2);
    expect(s.partnershipsWithErrors).toBe(1);
    expect(s.worst.map((w) => w.ref)).toEqual(["P-003"]);
  });

  it("costs nothing in the scorecards: the partnership whose only error is accepted scores as a clean one", () => {
    const cards = deriveScorecards(report, defaultProfile().scoring);
    const byRef = new Map(cards.map((c) => [c.ref, c]));
    // The same register with those two errors put right.
    const putRight = runCheck([{ ...ROWS[0]!, "Exit strategy": "Yes" }, { ...ROWS[1]!, "Sponsoring officer": "Anna Bell" }, ROWS[2]!]);
    const clean = new Map(deriveScorecards(putRight, defaultProfile().scoring).map((c) => [c.ref, c]));
    for (const ref of ["P-001", "P-002"]) {
      expect(byRef.get(ref)!.counts).toEqual({ error: 0, warning: 0, info: 0 });
      expect([byRef.get(ref)!.overall, byRef.get(ref)!.rag]).toEqual([clean.get(ref)!.overall, clean.get(ref)!.rag]);
    }
    expect(byRef.get("P-003")!.counts.error).toBe(1);
  });

  it("raises no risk", () => {
    const risks = deriveRisks(report, defaultProfile().risk);
    expect(risks.map((r) => r.ref)).toEqual(["P-003"]);
  });

  it("is never counted against the register row that shares its exceptions-sheet row number", () => {
    // The exceptions sheet's row 4 is unused; register row 4 is P-003.
    const r = checkWith([
      ["exit-strategy-missing", "P-001", null, "Pilot", "J Smith", "31/03/2027"],
      ["sponsoring-officer-missing", "P-002", null, "Recruiting", "J Smith", "31/03/2027"],
      ["scrutiny-missing", "P-003", null, "n/a", "J Smith", "01/01/2026"],
    ]);
    expect(r.findings.find((f) => f.rule === "exception-expired")).toMatchObject({ sheet: "Accepted exceptions", row: 4 });
    const card = deriveScorecards(r, defaultProfile().scoring).find((c) => c.ref === "P-003")!;
    expect(card.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(summarise(r).worst).toEqual([{ row: 4, ref: "P-003", partnership: "Health & Wellbeing Board", errors: 1, warnings: 0, info: 0 }]);
  });

  it("carries status on every finding of the JSON report, and the exception on accepted ones", () => {
    const json = toJsonReport(report, { version: "test", file: "register.xlsx" });
    expect(json.findings.map((f) => f.status)).toEqual(["accepted", "accepted", "open"]);
    expect(json.findings[0]!.exception).toEqual({ reason: "Pilot", by: "J Smith", until: "2027-03-31", row: 2 });
    expect(json.findings[2]!.exception).toBeUndefined();
    expect(json.summary.accepted).toBe(2);
    expect(json.exceptions).toEqual({ sheet: "Accepted exceptions", headerRow: 1, rows: 2, expired: 0, unused: 0 });
  });

  it("gives status open to findings of a report built without it, in the JSON", () => {
    const bare = { ...report, findings: report.findings.map(({ status: _s, exception: _e, ...f }) => f) };
    expect(toJsonReport(bare, { version: "test", file: null }).findings.every((f) => f.status === "open")).toBe(true);
  });
});
