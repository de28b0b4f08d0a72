import { describe, expect, it } from "vitest";
import type { CellValue, EvidenceState } from "../../../../src/domain/model.js";
import { parseEvidence } from "../../../../src/domain/register/values/parse-evidence.js";

function expectState(cell: CellValue, state: EvidenceState): void {
  expect(parseEvidence(cell)).toMatchObject({ kind: "evidence", state });
}

describe("parseEvidence: present", () => {
  it.each([
    "yes", "Yes", "YES", "y", "Y", "true", "✓", "✔", "✔️", "☑", "in place", "In place.", "agreed", "signed", "held",
    "approved", "complete", "completed", "done", "Yes - agreed at Cabinet 2023", "Y (see SharePoint)", "under review",
  ])("%j", (text) => {
    expect(parseEvidence(text)).toEqual({ kind: "evidence", state: "present", text: text.trim() });
  });

  it.each(["Terms of Reference agreed 2023", "Cabinet 12/03/2026", "ISA signed", "Partnership agreement v3", "12/03/2025", "Shareholders' agreement", "Due diligence completed 2022", "Nov 2023"])(
    "free text %j is evidence that it is in place",
    (text) => {
      expectState(text, "present");
    },
  );

  it.each<[CellValue]>([[true], [1], [2], [0.5], [new Date(Date.UTC(2025, 2, 31))]])("cell %j", (cell) => {
    expectState(cell, "present");
  });
});

describe("parseEvidence: missing", () => {
  it.each([
    "no", "No", "NO", "n", "N", "false", "FALSE", "x", "X", "✗", "✘", "×", "none", "nil", "not in place", "not agreed",
    "not held", "missing", "0", "no - never produced", "None in place", "No ISA yet", "No.", "-", "—", "Not known", "unknown",
  ])("%j", (text) => {
    expect(parseEvidence(text)).toEqual({ kind: "evidence", state: "missing", text });
  });

  it.each<[CellValue]>([[false], [0]])("cell %j", (cell) => {
    expectState(cell, "missing");
  });

  it("blank is blank, for callers to treat as missing", () => {
    expect(parseEvidence(null)).toEqual({ kind: "blank" });
    expect(parseEvidence("   ")).toEqual({ kind: "blank" });
  });
});

describe("parseEvidence: pending", () => {
  it.each([
    "tbc", "TBC", "tba", "pending", "draft", "Draft", "in draft", "in progress", "being drafted", "awaiting sign-off", "to be agreed",
    "partially", "partial", "not yet", "planned", "due", "?", "Draft ToR circulated", "Awaiting Cabinet approval", "In progress - legal reviewing",
    "TBC.", "Partially in place", "Not yet agreed",
  ])("%j", (text) => {
    expect(parseEvidence(text)).toEqual({ kind: "evidence", state: "pending", text });
  });

  it.each(["No - being drafted", "No, awaiting sign-off", "Not in place - in progress", "None yet, draft with legal", "Yes - draft only", "Yes, awaiting signature"])(
    "%j says not yet, so it is pending",
    (text) => {
      expectState(text, "pending");
    },
  );
});

describe("parseEvidence: not applicable", () => {
  it.each(["N/A", "n/a", "NA", "na", "not applicable", "Not Applicable", "not required", "n.a.", "N/A - informal network", "Not required (no data shared)"])(
    "%j",
    (text) => {
      expect(parseEvidence(text)).toEqual({ kind: "evidence", state: "notApplicable", text });
    },
  );
});

describe("parseEvidence: unreadable", () => {
  it.each(["#REF!", "#N/A", "#NAME?"])("error cell %s", (code) => {
    expect(parseEvidence({ error: code })).toMatchObject({ kind: "unreadable", text: code });
  });

  it.each([
    ["Y/N", "both yes and no"],
    ["Yes/No", "both yes and no"],
    ["...", "no words"],
  ])("%j (%s)", (text, because) => {
    const value = parseEvidence(text);
    expect(value).toMatchObject({ kind: "unreadable", text });
    if (value.kind === "unreadable") expect(value.reason).toContain(because);
  });

  it.each<[CellValue]>([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], [new Date(Number.NaN)]])("cell %j", (cell) => {
    expect(parseEvidence(cell).kind).toBe("unreadable");
  });
});

describe("parseEvidence: words are matched whole, not inside other words", () => {
  it.each([
    ["Notarised deed held", "present"],
    ["Nominated officer holds it", "present"],
    ["National framework agreement", "present"],
    ["Drafted and agreed 2022", "present"],
    ["Xchange agreement", "present"],
    ["Yearly plan agreed", "present"],
  ] as const)("%j is %s", (text, state) => {
    expectState(text, state);
  });
});
