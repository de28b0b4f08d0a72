import { afterEach, describe, expect, it } from "vitest";
import {
  addDays,
  addMonths,
  compareIso,
  daysBetween,
  daysInMonth,
  formatUkDate,
  isoFromExcelSerial,
  isoFromParts,
  isoFromUtcDate,
  monthsBefore,
  partsFromIso,
} from "../../../src/domain/register/calendar.js";

describe("isoFromParts", () => {
  it.each([
    [2025, 3, 31, "2025-03-31"],
    [2025, 1, 1, "2025-01-01"],
    [2024, 2, 29, "2024-02-29"],
    [2000, 2, 29, "2000-02-29"],
    [9999, 12, 31, "9999-12-31"],
  ])("%i-%i-%i is %s", (y, m, d, iso) => {
    expect(isoFromParts(y, m, d)).toBe(iso);
  });

  it.each([
    [2025, 2, 29, "not a leap year"],
    [1900, 2, 29, "century not divisible by 400"],
    [2025, 4, 31, "April has 30 days"],
    [2025, 13, 1, "no month 13"],
    [2025, 0, 10, "no month 0"],
    [2025, 1, 0, "no day 0"],
    [999, 1, 1, "year before 1000"],
    [10000, 1, 1, "five-digit year"],
    [2025.5, 1, 1, "fractional year"],
  ])("%i-%i-%i is not a day (%s)", (y, m, d) => {
    expect(isoFromParts(y, m, d)).toBeNull();
  });
});

describe("partsFromIso and daysInMonth", () => {
  it("splits a well-formed date", () => {
    expect(partsFromIso("2025-03-31")).toEqual({ year: 2025, month: 3, day: 31 });
  });
  it.each(["2025-3-31", "2025-02-30", "31/03/2025", "", "2025-03-31T00:00:00Z"])("rejects %j", (text) => {
    expect(partsFromIso(text)).toBeNull();
  });
  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2025, 4, 30],
    [2025, 12, 31],
    [2025, 13, 0],
  ])("%i month %i has %i days", (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe("addMonths", () => {
  it.each([
    ["2025-01-31", 1, "2025-02-28"],
    ["2024-01-31", 1, "2024-02-29"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2025-03-31", -1, "2025-02-28"],
    ["2025-03-15", 12, "2026-03-15"],
    ["2025-03-15", -15, "2023-12-15"],
    ["2025-12-31", 1, "2026-01-31"],
    ["2025-05-31", 0, "2025-05-31"],
  ])("%s + %i months is %s", (iso, n, expected) => {
    expect(addMonths(iso, n)).toBe(expected);
  });

  it("refuses a malformed date rather than guessing", () => {
    expect(() => addMonths("31/03/2025", 1)).toThrow(RangeError);
  });
  it("refuses a result outside the four-digit years", () => {
    expect(() => addMonths("9999-12-01", 1)).toThrow(RangeError);
  });
});

describe("monthsBefore", () => {
  it.each([
    ["2025-03-31", 12, "2024-03-31"],
    ["2025-03-31", 1, "2025-02-28"],
    ["2024-02-29", 12, "2023-02-28"],
    ["2025-06-15", 18, "2023-12-15"],
  ])("%s minus %i months is %s", (today, n, expected) => {
    expect(monthsBefore(today, n)).toBe(expected);
  });
});

describe("compareIso", () => {
  it.each([
    ["2025-03-30", "2025-03-31", -1],
    ["2025-03-31", "2025-03-31", 0],
    ["2026-01-01", "2025-12-31", 1],
    ["1999-12-31", "2000-01-01", -1],
  ])("%s vs %s is %i", (a, b, sign) => {
    expect(Math.sign(compareIso(a, b))).toBe(sign);
  });
  it("sorts dates into calendar order", () => {
    expect(["2025-03-01", "2024-12-31", "2025-01-15"].sort(compareIso)).toEqual(["2024-12-31", "2025-01-15", "2025-03-01"]);
  });
});

describe("daysBetween and addDays", () => {
  it.each([
    ["2025-03-30", "2025-03-31", 1, "across the UK clocks going forward"],
    ["2025-10-26", "2025-10-27", 1, "across the UK clocks going back"],
    ["2024-01-01", "2025-01-01", 366, "a leap year"],
    ["2025-01-01", "2026-01-01", 365, "a common year"],
    ["2025-03-31", "2025-03-01", -30, "backwards"],
    ["2025-03-31", "2025-03-31", 0, "the same day"],
  ])("%s to %s is %i days (%s)", (a, b, n) => {
    expect(daysBetween(a, b)).toBe(n);
  });

  it.each([
    ["2025-02-28", 1, "2025-03-01"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2025-03-29", 2, "2025-03-31"],
  ])("%s + %i days is %s", (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it("refuses a malformed date", () => {
    expect(() => daysBetween("2025-02-30", "2025-03-01")).toThrow(RangeError);
  });
});

describe("formatUkDate", () => {
  it.each([
    ["2025-03-31", "31 March 2025"],
    ["2025-01-01", "1 January 2025"],
    ["2024-02-29", "29 February 2024"],
    ["2025-12-09", "9 December 2025"],
  ])("%s reads %s", (iso, text) => {
    expect(formatUkDate(iso)).toBe(text);
  });
  it("passes through text that is not a date, so a message never fails", () => {
    expect(formatUkDate("not a date")).toBe("not a date");
  });
});

describe("isoFromExcelSerial (1900 date system)", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [45747, "2025-03-31"],
    [45747.75, "2025-03-31"],
    [45351, "2024-02-29"],
    [2958465, "9999-12-31"],
  ])("serial %d is %s", (serial, iso) => {
    expect(isoFromExcelSerial(serial)).toBe(iso);
  });

  it.each([0, -1, 60, 2958466, Number.NaN, Number.POSITIVE_INFINITY])("serial %d is no day", (serial) => {
    expect(isoFromExcelSerial(serial)).toBeNull();
  });
});

describe("isoFromUtcDate", () => {
  it("takes the UTC calendar day", () => {
    expect(isoFromUtcDate(new Date(Date.UTC(2025, 2, 31)))).toBe("2025-03-31");
    expect(isoFromUtcDate(new Date(Date.UTC(2025, 2, 31, 23, 59)))).toBe("2025-03-31");
  });
  it("gives null for an invalid date", () => {
    expect(isoFromUtcDate(new Date(Number.NaN))).toBeNull();
  });
});

describe("zone independence", () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(["UTC", "Europe/London", "America/Los_Angeles", "Pacific/Kiritimati", "Australia/Adelaide"])(
    "gives the same answers with the machine in %s",
    (zone) => {
      process.env.TZ = zone;
      expect(isoFromUtcDate(new Date(Date.UTC(2025, 2, 30)))).toBe("2025-03-30");
      expect(isoFromExcelSerial(45746)).toBe("2025-03-30");
      expect(addMonths("2025-03-30", 7)).toBe("2025-10-30");
      expect(daysBetween("2025-03-29", "2025-10-27")).toBe(212);
      expect(addDays("2025-10-25", 2)).toBe("2025-10-27");
    },
  );
});
