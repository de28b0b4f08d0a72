import { describe, expect, it } from "vitest";
import type { CellValue, Status } from "../../../../src/domain/model.js";
import { parseStatus } from "../../../../src/domain/register/values/parse-status.js";

const cases: [Status, string[]][] = [
  ["active", ["active", "Active", "ACTIVE", "live", "current", "ongoing", "operational", "open", "in place", "running", "established", "yes", "Active - reviewed annually", "1. Active"]],
  ["proposed", ["proposed", "planned", "in development", "being set up", "new", "new (proposed)", "pipeline", "pending approval", "Proposed 2026"]],
  ["underReview", ["under review", "Under Review", "review", "being reviewed", "on hold", "suspended", "On hold pending funding"]],
  ["closing", ["closing", "winding up", "being wound up", "in exit", "ending", "notice given", "Closing March 2026"]],
  [
    "closed",
    ["closed", "dissolved", "ended", "terminated", "ceased", "expired", "wound up", "inactive", "finished", "complete", "completed", "withdrawn", "no longer active", "closed 2024", "Closed (31/03/2024)", "Ended - replaced by ICB"],
  ],
];

describe("parseStatus: the protocol's stages", () => {
  for (const [status, words] of cases) {
    it.each(words)(`%j is ${status}`, (text) => {
      expect(parseStatus(text)).toEqual({ kind: "status", status, text });
    });
  }
});

describe("parseStatus: words are matched whole, at the start", () => {
  it.each([
    ["Inactive", "closed"],
    ["no longer active", "closed"],
    ["Reviewed 2024", "unknown"],
    ["Openreach contract", "unknown"],
    ["Live-ish", "active"],
    ["Partnership closed in 2024", "unknown"],
  ] as const)("%j is %s", (text, status) => {
    expect(parseStatus(text)).toMatchObject({ kind: "status", status });
  });
});

describe("parseStatus: anything else is unknown, keeping the text", () => {
  it.each<[CellValue, string]>([
    ["Dormant", "Dormant"],
    ["see notes", "see notes"],
    ["???", "???"],
    [5, "5"],
    [true, "TRUE"],
    [new Date(Date.UTC(2025, 2, 31)), "2025-03-31"],
  ])("%j", (cell, text) => {
    expect(parseStatus(cell)).toEqual({ kind: "status", status: "unknown", text });
  });
});

describe("parseStatus: blank and error cells", () => {
  it.each<[CellValue]>([[null], [""], ["   "]])("%j is blank", (cell) => {
    expect(parseStatus(cell)).toEqual({ kind: "blank" });
  });

  it.each(["#REF!", "#N/A"])("error cell %s is the only unreadable status", (code) => {
    expect(parseStatus({ error: code })).toMatchObject({ kind: "unreadable", text: code });
  });
});
