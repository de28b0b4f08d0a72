import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, Value } from "../../../../src/domain/model.js";
import { daysBetween, daysInMonth, formatUkDate, isoFromParts, MONTH_NAMES, partsFromIso } from "../../../../src/domain/register/calendar.js";
import { cellText } from "../../../../src/domain/register/cell-text.js";
import { parseDate } from "../../../../src/domain/register/values/parse-date.js";
import { parseEvidence } from "../../../../src/domain/register/values/parse-evidence.js";
import { parseMoney } from "../../../../src/domain/register/values/parse-money.js";
import { parseStatus } from "../../../../src/domain/register/values/parse-status.js";

/** Fragments people type in these cells, glued together at random to reach the parsers' corners. */
const fragment = fc.constantFrom(
  "31", "03", "2025", "25", "1", "0", "13", "29", "02", "/", "-", ".", ",", " ", "£", "k", "m", "bn", "(", ")",
  "March", "Mar", "Sept", "st", "tbc", "N/A", "no", "yes", "not", "draft", "pa", "per month", "closed", "active", "—", "✓", "x", "T", "Z", ":",
);
const typed = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(""));

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  typed,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 60, 2958465, 2958466, 1e308),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.constant(null),
  fc.record({ error: fc.string() }),
  fc.constantFrom<CellValue>({ error: "#REF!" }, { error: "#N/A" }, {} as unknown as CellValue, undefined as unknown as CellValue),
);

function checkShape(value: Value, input: CellValue, allowed: readonly Value["kind"][]): void {
  expect(allowed).toContain(value.kind);
  if (value.kind === "blank") return;
  expect(value.text).toBe(cellText(input));
  switch (value.kind) {
    case "unreadable":
      expect(typeof value.reason).toBe("string");
      expect(value.reason.length).toBeGreaterThan(0);
      break;
    case "date":
      expect(partsFromIso(value.date)).not.toBeNull();
      break;
    case "money":
      expect(Number.isFinite(value.amount)).toBe(true);
      break;
    case "evidence":
      expect(["present", "missing", "pending", "notApplicable"]).toContain(value.state);
      break;
    case "status":
      expect(["proposed", "active", "underReview", "closing", "closed", "unknown"]).toContain(value.status);
      break;
  }
}

const parsers = [
  ["parseDate", parseDate, ["blank", "date", "pending", "notApplicable", "evidence", "unreadable"]],
  ["parseMoney", parseMoney, ["blank", "money", "pending", "notApplicable", "unreadable"]],
  ["parseEvidence", parseEvidence, ["blank", "evidence", "unreadable"]],
  ["parseStatus", parseStatus, ["blank", "status", "unreadable"]],
] as const;

describe("every parser takes any cell without throwing", () => {
  it.each(parsers)("%s returns only its own kinds of value, with the cell's text", (_name, parse, allowed) => {
    fc.assert(
      fc.property(cell, (input) => {
        checkShape(parse(input), input, allowed);
      }),
      { numRuns: 1000 },
    );
  });

  it.each(parsers)("%s reads any error cell as unreadable, with the error code as text", (_name, parse) => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (code) => {
        expect(parse({ error: code })).toMatchObject({ kind: "unreadable", text: code });
      }),
    );
  });

  it.each(parsers)("%s ignores letter case", (_name, parse) => {
    fc.assert(
      fc.property(typed, (text) => {
        const upper = parse(text.toUpperCase());
        const lower = parse(text.toLowerCase());
        const { text: _a, ...upperRest } = upper as Value & { text?: string };
        const { text: _b, ...lowerRest } = lower as Value & { text?: string };
        expect(upperRest).toEqual(lowerRest);
      }),
    );
  });
});

/** A real calendar day with its year in [min, max]. */
const dayIn = (min: number, max: number) =>
  fc
    .record({ year: fc.integer({ min, max }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => ({ year, month, day: Math.min(day, daysInMonth(year, month)) }));
const validDay = dayIn(1000, 9999);

const pad = (n: number): string => String(n).padStart(2, "0");

describe("parseDate round-trips every real day", () => {
  const formats: [string, (d: { year: number; month: number; day: number }) => string][] = [
    ["d/m/yyyy", (d) => `${d.day}/${d.month}/${d.year}`],
    ["dd/mm/yyyy", (d) => `${pad(d.day)}/${pad(d.month)}/${d.year}`],
    ["dd-mm-yyyy", (d) => `${pad(d.day)}-${pad(d.month)}-${d.year}`],
    ["dd.mm.yyyy", (d) => `${pad(d.day)}.${pad(d.month)}.${d.year}`],
    ["d Month yyyy", (d) => `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`],
    ["d Mon yyyy", (d) => `${d.day} ${MONTH_NAMES[d.month - 1]?.slice(0, 3)} ${d.year}`],
    ["dd-Mon-yyyy", (d) => `${pad(d.day)}-${MONTH_NAMES[d.month - 1]?.slice(0, 3)}-${d.year}`],
    ["yyyy-mm-dd", (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`],
    ["ISO with time", (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}T12:00:00Z`],
    ["in a note", (d) => `Reviewed at Board on ${pad(d.day)}/${pad(d.month)}/${d.year}.`],
  ];

  it.each(formats)("written as %s", (_name, write) => {
    fc.assert(
      fc.property(validDay, (d) => {
        expect(parseDate(write(d))).toMatchObject({ kind: "date", date: isoFromParts(d.year, d.month, d.day) });
      }),
    );
  });

  it("written as formatUkDate writes it", () => {
    fc.assert(
      fc.property(validDay, (d) => {
        const iso = isoFromParts(d.year, d.month, d.day) as string;
        expect(parseDate(formatUkDate(iso))).toMatchObject({ kind: "date", date: iso });
      }),
    );
  });

  it("with a two-digit year, read as 20yy", () => {
    fc.assert(
      fc.property(dayIn(2000, 2099), (d) => {
        const short = pad(d.year % 100);
        expect(parseDate(`${d.day}/${d.month}/${short}`)).toMatchObject({ kind: "date", date: isoFromParts(d.year, d.month, d.day) });
      }),
    );
  });

  // From 1906 on, a serial can no longer be mistaken for a year alone (1900..2100).
  it("as a UTC-midnight Date and as an Excel serial", () => {
    fc.assert(
      fc.property(dayIn(1906, 9999), (d) => {
        const iso = isoFromParts(d.year, d.month, d.day) as string;
        const date = new Date(0);
        date.setUTCFullYear(d.year, d.month - 1, d.day);
        expect(parseDate(date)).toMatchObject({ kind: "date", date: iso });
        const serial = daysBetween("1899-12-30", iso);
        expect(parseDate(serial)).toMatchObject({ kind: "date", date: iso });
      }),
    );
  });

  it("never rolls an impossible day over into the next month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, over) => {
        const day = daysInMonth(year, month) + over;
        expect(parseDate(`${day}/${pad(month)}/${year}`).kind).toBe("unreadable");
      }),
    );
  });
});

describe("parseMoney round-trips written amounts", () => {
  it('"£" + a whole number written the UK way', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(parseMoney(`£${n.toLocaleString("en-GB")}`)).toEqual({ kind: "money", amount: n || 0, text: `£${n.toLocaleString("en-GB")}` });
      }),
    );
  });

  it("pounds and pence", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e15 }), (pence) => {
        const text = `£${(pence / 100).toLocaleString("en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
        expect(parseMoney(text)).toMatchObject({ kind: "money", amount: pence / 100 });
      }),
    );
  });

  it("in brackets is the same amount owed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (n) => {
        expect(parseMoney(`(£${n.toLocaleString("en-GB")})`)).toMatchObject({ kind: "money", amount: -n });
      }),
    );
  });

  it("with k, m and bn", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.constantFrom(["k", 1e3], ["m", 1e6], ["bn", 1e9]), (n, [suffix, factor]) => {
        expect(parseMoney(`£${n}${suffix}`)).toMatchObject({ kind: "money", amount: n * (factor as number) });
      }),
    );
  });
});
