import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../../src/domain/model.js";
import { parseDate } from "../../../../src/domain/register/values/parse-date.js";

describe("parseDate: dates as people type them", () => {
  it.each([
    ["31/03/2025", "2025-03-31"],
    ["31-03-2025", "2025-03-31"],
    ["31.03.2025", "2025-03-31"],
    ["1/4/25", "2025-04-01"],
    ["01/04/2025", "2025-04-01"],
    ["31 March 2025", "2025-03-31"],
    ["31st March 2025", "2025-03-31"],
    ["1st April 2025", "2025-04-01"],
    ["2nd June 2025", "2025-06-02"],
    ["3rd July 2025", "2025-07-03"],
    ["12th of March 2025", "2025-03-12"],
    ["31 Mar 2025", "2025-03-31"],
    ["31-Mar-25", "2025-03-31"],
    ["30 Sept 2025", "2025-09-30"],
    ["31 MARCH 2025", "2025-03-31"],
    ["March 31, 2025", "2025-03-31"],
    ["2025-03-31", "2025-03-31"],
    ["2025-03-31T00:00:00Z", "2025-03-31"],
    ["2025-03-31T23:30:00+01:00", "2025-03-31"],
    ["2025/03/31", "2025-03-31"],
    ["29/02/2024", "2024-02-29"],
    ["  31/03/2025  ", "2025-03-31"],
  ])("%j is %s", (text, iso) => {
    expect(parseDate(text)).toEqual({ kind: "date", date: iso, text: text.trim() });
  });

  // A month and year with no day is read as the first day of that month.
  it.each([
    ["March 2025", "2025-03-01"],
    ["Mar-25", "2025-03-01"],
    ["Mar 25", "2025-03-01"],
    ["March-2025", "2025-03-01"],
    ["Sep 2024", "2024-09-01"],
    ["Nov 2024", "2024-11-01"],
    ["Feb-24", "2024-02-01"],
  ])("month and year %j is the first of the month, %s", (text, iso) => {
    expect(parseDate(text)).toMatchObject({ kind: "date", date: iso });
  });

  it.each([
    ["Reviewed 12/03/2025", "2025-03-12"],
    ["Cabinet 12/03/2026", "2026-03-12"],
    ["Last reviewed at Board on 4 June 2024.", "2024-06-04"],
    ["(approx. Mar-24)", "2024-03-01"],
    ["12/03/2025 (12 March 2025)", "2025-03-12"],
  ])("takes the one date inside %j", (text, iso) => {
    expect(parseDate(text)).toMatchObject({ kind: "date", date: iso, text });
  });
});

describe("parseDate: dates that do not exist are unreadable, never rolled over or swapped", () => {
  it.each([
    ["31/13/2025", "day 31, month 13"],
    ["03/31/2025", "day 3, month 31"],
    ["30/02/2025", "no day 30"],
    ["29/02/2025", "no day 29"],
    ["31/04/2025", "no day 31"],
    ["00/03/2025", "no day 0"],
    ["31 February 2025", "no day 31"],
    ["2025-02-30", "no day 30"],
    ["2025-13-01", "month 13"],
    ["31/03/0025", "year 0025"],
    ["Reviewed 31/13/2025", "month 13"],
  ])("%j is unreadable (%s)", (text, because) => {
    const value = parseDate(text);
    expect(value.kind).toBe("unreadable");
    expect(value).toMatchObject({ text });
    if (value.kind === "unreadable") expect(value.reason).toContain(because);
  });

  it.each([
    ["Q1 2025", "not a date"],
    ["2025", "a year alone"],
    ["2024/25", "not a date"],
    ["next year", "not a date"],
    ["12 March", "no year"],
    ["12/03/2025 and 13/03/2025", "more than one date"],
    ["Started Jan 2020, reviewed 12/03/2025", "more than one date"],
    ["31/03", "not a date"],
    ["45747", "not a date"],
  ])("%j is unreadable (%s)", (text, because) => {
    const value = parseDate(text);
    expect(value).toMatchObject({ kind: "unreadable", text });
    if (value.kind === "unreadable") expect(value.reason).toContain(because);
  });
});

describe("parseDate: words for not-yet, not-applicable and never", () => {
  it.each(["tbc", "TBC", "tba", "pending", "to be confirmed", "awaiting", "in progress", "draft", "due", "?", "TBC.", "TBC (March 2025)", "Awaiting Cabinet date"])(
    "%j is pending",
    (text) => {
      expect(parseDate(text)).toEqual({ kind: "pending", text });
    },
  );

  it.each(["N/A", "n/a", "NA", "not applicable", "Not Applicable", "n.a."])("%j is not applicable", (text) => {
    expect(parseDate(text)).toEqual({ kind: "notApplicable", text });
  });

  it.each(["none", "never", "no", "n", "not reviewed", "-", "—", "None", "Never reviewed", "Not reviewed since 2019", "No review since 01/01/2020"])(
    "%j is evidence that it never happened",
    (text) => {
      expect(parseDate(text)).toEqual({ kind: "evidence", state: "missing", text });
    },
  );
});

describe("parseDate: cells that are not text", () => {
  it.each([
    [45747, "2025-03-31"],
    [25569, "1970-01-01"],
    [1, "1900-01-01"],
    [61, "1900-03-01"],
    [45747.5, "2025-03-31"],
    [2958465, "9999-12-31"],
  ])("Excel serial %d is %s", (serial, iso) => {
    expect(parseDate(serial)).toEqual({ kind: "date", date: iso, text: String(serial) });
  });

  it.each([
    [2025, "a year alone"],
    [1900, "a year alone"],
    [2100, "a year alone"],
    [0, "not a date"],
    [-5, "not a date"],
    [2958466, "not a date"],
    [60, "29 February 1900"],
    [Number.NaN, "not a number"],
    [Number.POSITIVE_INFINITY, "not a number"],
  ])("number %d is unreadable (%s)", (n, because) => {
    const value = parseDate(n);
    expect(value.kind).toBe("unreadable");
    if (value.kind === "unreadable") expect(value.reason).toContain(because);
  });

  it("reads a Date by its UTC day, as adapters hand dates over", () => {
    expect(parseDate(new Date(Date.UTC(2025, 2, 31)))).toEqual({ kind: "date", date: "2025-03-31", text: "2025-03-31" });
    expect(parseDate(new Date(Date.UTC(2024, 1, 29, 23, 59)))).toMatchObject({ kind: "date", date: "2024-02-29" });
  });

  it("an invalid Date is unreadable", () => {
    expect(parseDate(new Date(Number.NaN))).toMatchObject({ kind: "unreadable" });
  });

  it.each([true, false])("a yes/no cell (%s) is unreadable", (b) => {
    expect(parseDate(b)).toMatchObject({ kind: "unreadable", text: b ? "TRUE" : "FALSE" });
  });

  it.each(["#REF!", "#N/A", "#VALUE!"])("error cell %s is unreadable with its code as text", (code) => {
    const value = parseDate({ error: code });
    expect(value).toMatchObject({ kind: "unreadable", text: code });
    if (value.kind === "unreadable") expect(value.reason.length).toBeGreaterThan(0);
  });

  it.each<[CellValue]>([[null], [""], ["   "], ["\t\n"]])("%j is blank", (cell) => {
    expect(parseDate(cell)).toEqual({ kind: "blank" });
  });
});

describe("parseDate: hostile input", () => {
  it("reads a long note quickly and finds its one date", () => {
    const note = `${"Discussed at many meetings. ".repeat(20_000)}Reviewed 12/03/2025.`;
    const started = Date.now();
    expect(parseDate(note)).toMatchObject({ kind: "date", date: "2025-03-12" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it.each(["\u0000\u0001", "31/03/2025\u0000", "🗓️ 31/03/2025", "３１/０３/２０２５", "1".repeat(10_000)])("does not throw on %j", (text) => {
    expect(() => parseDate(text)).not.toThrow();
  });

  it("survives an odd object that is not a cell", () => {
    expect(parseDate({} as unknown as CellValue).kind).toBe("unreadable");
    expect(parseDate(undefined as unknown as CellValue)).toEqual({ kind: "blank" });
  });
});
