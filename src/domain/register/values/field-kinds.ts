import { memoise } from "../../memo.js";
import type { CellValue, Field, FieldKind, Value } from "../../model.js";
import { parsePeople } from "../../interests/parse-people.js";
import { splitOrganisations } from "../../interests/organisation-name.js";
import { cellText, isCellError } from "../cell-text.js";
import { parseDate } from "./parse-date.js";
import { parseEvidence } from "./parse-evidence.js";
import { parseMoney } from "./parse-money.js";
import { parseRating } from "./parse-rating.js";
import { parseStatus } from "./parse-status.js";

/** How each canonical field's cells are read (REQUIREMENTS.md §1, "typical values"). */
export const FIELD_KINDS: Readonly<Record<Field, FieldKind>> = {
  ref: "text",
  name: "text",
  purpose: "text",
  tier: "text",
  legalForm: "text",
  partners: "list",
  councilIsLead: "evidence",
  status: "status",
  sponsoringOfficer: "people",
  accountableOfficer: "people",
  representatives: "people",
  directorate: "text",
  corporatePriority: "text",
  startDate: "date",
  endDate: "date",
  governanceDocument: "evidence",
  businessCase: "evidence",
  outcomeMeasures: "evidence",
  reportingTo: "text",
  lastReviewDate: "date",
  riskRegister: "evidence",
  riskRegisterReviewed: "date",
  exitStrategy: "evidence",
  informationSharing: "evidence",
  equalityAssessment: "evidence",
  scrutiny: "evidence",
  legalPower: "evidence",
  conductStandards: "evidence",
  conflictsDeclared: "evidence",
  approvalToParticipate: "evidence",
  annualContribution: "money",
  budgetApproved: "evidence",
  approvedAmount: "money",
  liabilities: "evidence",
  significance: "text",
  assessOutcomes: "rating",
  assessPublicInterest: "rating",
  assessCapacity: "rating",
  assessRespect: "rating",
  assessEthics: "rating",
  assessAlignment: "rating",
};

/**
 * Fields that no check, risk or tab reads, whose text is long and different on every row (a partnership's purpose):
 * a row keeps their value only when it cannot be read, so that `unreadable-value` still reports it. On a register of
 * a million rows this is the difference of hundreds of megabytes.
 */
export const KEPT_ONLY_WHEN_UNREADABLE: ReadonlySet<Field> = new Set<Field>(["purpose"]);

/**
 * Reads one cell as the field expects; never throws. Text cells repeat ("Yes", "Active", the same officers), so
 * their readings are remembered per kind of field; the Values returned are shared and must not be changed.
 */
export function parseField(field: Field, cell: CellValue): Value {
  return fieldReader(field)(cell);
}

/** parseField for one field, for reading a column cell after cell (the same function for the same field). */
export function fieldReader(field: Field): (cell: CellValue) => Value {
  let reader = readers.get(field);
  if (!reader) readers.set(field, (reader = makeReader(field)));
  return reader;
}

const UNIQUE_FIELDS: ReadonlySet<Field> = new Set<Field>(["ref", "name"]);

const readers = new Map<Field, (cell: CellValue) => Value>();

function makeReader(field: Field): (cell: CellValue) => Value {
  // A reference or a name is different on every row (or it is a duplicate): remembering them only churns the cache.
  const text = UNIQUE_FIELDS.has(field) ? parseText : textReaders[field === "liabilities" ? "liabilities" : FIELD_KINDS[field]];
  const isDate = FIELD_KINDS[field] === "date";
  return (cell) => {
    if (cell === null) return BLANK;
    if (typeof cell === "string") return text(cell);
    if (typeof cell === "number") return numberCell(field, cell);
    if (isDate && cell instanceof Date) return dateCell(cell);
    return parseUncached(field, cell);
  };
}

/** Number cells (ratings, amounts), remembered per field: the same few values recur down a column. */
const numbersByField = new Map<Field, Map<number, Value>>();
function numberCell(field: Field, cell: number): Value {
  let known = numbersByField.get(field);
  if (!known) numbersByField.set(field, (known = new Map()));
  let v = known.get(cell);
  if (v === undefined) {
    v = parseUncached(field, cell);
    if (known.size >= 20_000) known.clear();
    known.set(cell, v);
  }
  return v;
}

/** Every empty cell reads as this one value: a register has more empty cells than any other kind. */
const BLANK: Value = Object.freeze({ kind: "blank" });

/** Date cells, remembered by the day they hold: a register has a few thousand distinct dates over many rows. */
const datesByMs = new Map<number, Value>();
function dateCell(cell: Date): Value {
  const ms = cell.getTime();
  let v = datesByMs.get(ms);
  if (v === undefined) {
    v = parseDate(cell);
    if (datesByMs.size >= 20_000) datesByMs.clear();
    datesByMs.set(ms, v);
  }
  return v;
}

const textReaders: Record<FieldKind | "liabilities", (s: string) => Value> = {
  liabilities: memoise((s) => parseLiabilities(s)),
  text: longTextUncached(memoise((s) => parseText(s))),
  date: memoise((s) => parseDate(s)),
  money: memoise((s) => parseMoney(s)),
  evidence: memoise((s) => parseEvidence(s)),
  people: memoise((s) => parsePeopleField(s)),
  status: memoise((s) => parseStatus(s)),
  list: memoise((s) => parseList(s)),
  rating: memoise((s) => parseRating(s)),
};

/** Long free text (a purpose, a note) is rarely repeated: remembering it costs more than reading it again. */
function longTextUncached(cached: (s: string) => Value): (s: string) => Value {
  return (s) => (s.length > 40 ? parseText(s) : cached(s));
}

function parseUncached(field: Field, cell: CellValue): Value {
  if (field === "liabilities") return parseLiabilities(cell);
  switch (FIELD_KINDS[field]) {
    case "date":
      return parseDate(cell);
    case "money":
      return parseMoney(cell);
    case "evidence":
      return parseEvidence(cell);
    case "status":
      return parseStatus(cell);
    case "people":
      return parsePeopleField(cell);
    case "list":
      return parseList(cell);
    case "text":
      return parseText(cell);
    case "rating":
      return parseRating(cell);
  }
}

function parseText(cell: CellValue): Value {
  const text = cellText(cell);
  if (text === "") return { kind: "blank" };
  if (isCellError(cell)) return { kind: "unreadable", text, reason: "the cell shows a spreadsheet error" };
  return { kind: "text", text };
}

function parseList(cell: CellValue): Value {
  const text = cellText(cell);
  if (text === "") return { kind: "blank" };
  if (isCellError(cell)) return { kind: "unreadable", text, reason: "the cell shows a spreadsheet error" };
  return { kind: "list", items: splitOrganisations(cell), text };
}

/** "No", "x" or "n/a" in a people column names nobody, whatever the name parser makes of it. */
function parsePeopleField(cell: CellValue): Value {
  const v = parsePeople(cell);
  if (v.kind !== "people" || v.people.length === 0) return v;
  const answer = parseEvidence(cell);
  return answer.kind === "evidence" && answer.state !== "present" ? { ...v, people: [] } : v;
}

/** Liabilities are written as words or as an amount; "nil" or £0 means there are none. */
function parseLiabilities(cell: CellValue): Value {
  const money = parseMoney(cell);
  if (money.kind === "money") {
    return money.amount === 0 ? { kind: "evidence", state: "missing", text: money.text } : money;
  }
  return parseEvidence(cell);
}
