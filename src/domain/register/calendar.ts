// Calendar arithmetic on IsoDate ("YYYY-MM-DD") strings.
//
// Every calculation goes through UTC milliseconds, so the answer never
// depends on the machine's time zone or daylight saving. (date-fns works on
// local-time Date objects, which is exactly what we must avoid here, so this
// file does its own small arithmetic.)

import { memoise } from "../memo.js";
import type { IsoDate } from "../model.js";

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** Years an IsoDate can hold: four digits, and nothing a register would mean before 1000. */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

const DAY_MS = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DayParts {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (month 1..12); 0 for a month that does not exist. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a real calendar day in the years an IsoDate can hold. */
export function isRealDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** "2025-03-31" from 2025, 3, 31; null when that day does not exist (never rolls over). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!isRealDay(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The parts of a well-formed IsoDate of a real day; null otherwise. A register repeats the same few thousand
 * dates on every row and every date rule asks again, so readings are remembered (the parts are shared: never
 * change them).
 */
export const partsFromIso: (iso: IsoDate) => Readonly<DayParts> | null = memoise((iso: IsoDate): DayParts | null => {
  const match = ISO_PATTERN.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isRealDay(year, month, day) ? Object.freeze({ year, month, day }) : null;
});

export function isIsoDate(value: string): boolean {
  return partsFromIso(value) !== null;
}

/** The UTC calendar day of a Date (adapters hand dates over as UTC midnight); null if invalid or out of range. */
export function isoFromUtcDate(date: Date): IsoDate | null {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return null;
  return isoFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Highest serial Excel accepts: 31 December 9999. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/**
 * The day of an Excel serial in the 1900 date system (1 = 1 January 1900,
 * 25569 = 1 January 1970); any fraction (time of day) is dropped. Excel counts
 * a 29 February 1900 that never existed as serial 60, so that serial has no
 * day and gives null, and serials before it are one day earlier than the
 * plain count. Null outside 1..2958465.
 */
export function isoFromExcelSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL || whole === 60) return null;
  // Serial 0 would be 1899-12-31 before the phantom day, 1899-12-30 after it.
  const epoch = whole < 60 ? utcMs(1899, 12, 31) : utcMs(1899, 12, 30);
  return isoFromMs(epoch + whole * DAY_MS);
}

/**
 * The Excel serial of an IsoDate, as a workbook stores the date: days since 1899-12-30, or since 1904-01-01 in
 * the 1904 date system. Undefined for text that is not a calendar date. The inverse of isoFromExcelSerial from
 * 1 March 1900 on.
 */
export function excelSerialOf(iso: IsoDate, date1904 = false): number | undefined {
  const parts = partsFromIso(iso);
  if (!parts) return undefined;
  const serial = Math.round((utcMs(parts.year, parts.month, parts.day) - utcMs(1899, 12, 30)) / DAY_MS);
  return date1904 ? serial - 1462 : serial;
}

/** Negative when a is earlier than b, 0 when the same day, positive when later. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (positive when b is later). Throws RangeError on a malformed date. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((msOf(b) - msOf(a)) / DAY_MS);
}

/** The day n days after iso (n may be negative). Throws RangeError on a malformed date or an out-of-range result. */
export function addDays(iso: IsoDate, n: number): IsoDate {
  const result = isoFromMs(msOf(iso) + Math.trunc(n) * DAY_MS);
  if (result === null) throw new RangeError(`${n} days from ${iso} is outside the calendar`);
  return result;
}

/**
 * The same day n months later (n may be negative), clamped to the end of a
 * shorter month: 31 January + 1 month = 28 (or 29) February.
 * Throws RangeError on a malformed date or an out-of-range result.
 */
export function addMonths(iso: IsoDate, n: number): IsoDate {
  const months = Math.trunc(n);
  let byDate = monthsLater.get(months);
  if (!byDate) monthsLater.set(months, (byDate = memoise((d: IsoDate) => addMonthsUncached(d, months))));
  return byDate(iso);
}

/** addMonths per number of months: the rules add the same few periods to the same dates on every row. */
const monthsLater = new Map<number, (iso: IsoDate) => IsoDate>();

function addMonthsUncached(iso: IsoDate, n: number): IsoDate {
  const parts = requireParts(iso);
  const index = parts.year * 12 + (parts.month - 1) + Math.trunc(n);
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  const result = isoFromParts(year, month, day);
  if (result === null) throw new RangeError(`${n} months from ${iso} is outside the calendar`);
  return result;
}

/** The day n months before today, clamped like addMonths: the start of a "within n months" window. */
export function monthsBefore(today: IsoDate, n: number): IsoDate {
  return addMonths(today, -n);
}

/** "31 March 2025". A string that is not an IsoDate is returned as it is, so messages never fail. */
export function formatUkDate(iso: IsoDate): string {
  const parts = partsFromIso(iso);
  if (!parts) return iso;
  return `${parts.day} ${MONTH_NAMES[parts.month - 1]} ${parts.year}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function utcMs(year: number, month: number, day: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0..99 as 1900..1999.
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

function isoFromMs(ms: number): IsoDate | null {
  if (!Number.isFinite(ms)) return null;
  return isoFromUtcDate(new Date(ms));
}

function requireParts(iso: IsoDate): Readonly<DayParts> {
  const parts = partsFromIso(iso);
  if (!parts) throw new RangeError(`not a calendar date: ${JSON.stringify(iso)}`);
  return parts;
}

const msOfDay = memoise((iso: IsoDate): number => {
  const parts = requireParts(iso);
  return utcMs(parts.year, parts.month, parts.day);
});

function msOf(iso: IsoDate): number {
  return msOfDay(iso);
}
