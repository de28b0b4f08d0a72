// Builds the example register used by the README and the tests:
//   examples/partnership-register.xlsx  a messy council workbook (cover sheet, register, register of interests)
//   examples/planted-gaps.json          what was planted in it, row by row, for a check on 2026-11-30
//
// Run: npx tsx scripts/make-example-register.ts
//
// Deterministic: every date is built from the fixed check date below (no clock, no randomness),
// the workbook's created/modified dates are fixed, and the zip entries' timestamps are pinned,
// so two runs write the same bytes.
import ExcelJS from "exceljs";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Field as AnyField } from "../src/domain/model.js";
import { pinZipTimestamps } from "./pin-zip-timestamps.js";

/** The register's governance fields; the Standards for England assessment ratings are kept apart below. */
type Field = Exclude<AnyField, `assess${string}`>;
/** The six Standards for England behaviour areas, rated 1-5 at the partnership's annual evaluation. */
type AssessField = Extract<AnyField, `assess${string}`>;

// ---------------------------------------------------------------------------------------------
// Dates, all relative to the check date the example is meant for.

const CHECK_DATE = "2026-11-30";
const CHECK = new Date(`${CHECK_DATE}T00:00:00Z`);
/** When the workbook was "last saved" by the council: 16 days before the check. */
const SAVED = new Date(CHECK.getTime() - 16 * 86_400_000 + 9 * 3_600_000); // 14/11/2026 09:00 UTC

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The given day of the month that is `months` away from the check date's month (negative = earlier). */
function at(months: number, day: number): Date {
  const y = CHECK.getUTCFullYear();
  const m = CHECK.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day, last)));
}

const pad = (n: number) => String(n).padStart(2, "0");
const dmy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const longDate = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const monYY = (d: Date) => `${MONTHS[d.getUTCMonth()]!.slice(0, 3)}-${String(d.getUTCFullYear()).slice(2)}`;
const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Excel (1900 system) serial number of a date. */
const serial = (d: Date) => Math.round(d.getTime() / 86_400_000) + 25_569;

type DateStyle = "cell" | "dmy" | "long" | "mon" | "iso" | "serial";
/** A date written the way someone typed it. "cell" is a real Excel date; "serial" a bare number. */
function D(d: Date, style: DateStyle): Cell {
  switch (style) {
    case "cell":
      return d;
    case "dmy":
      return dmy(d);
    case "long":
      return longDate(d);
    case "mon":
      return monYY(d);
    case "iso":
      return iso(d);
    case "serial":
      return serial(d);
  }
}
const STYLES: DateStyle[] = ["cell", "dmy", "long", "cell", "iso", "mon", "cell", "dmy"];

// ---------------------------------------------------------------------------------------------
// The register's columns: every canonical field under a council's own wording, plus two
// columns the checker should keep and ignore.

type Cell = string | number | boolean | Date | { error: string } | null;
type Extra = "comments" | "updatedBy";
type Key = Field | AssessField | Extra;

const HEADERS: Record<Field, string> = {
  ref: "Ref",
  name: "Partnership",
  purpose: "Purpose / aims",
  tier: "Tier",
  legalForm: "Form of partnership",
  partners: "Partner organisations",
  councilIsLead: "Council is lead body?",
  status: "Status",
  sponsoringOfficer: "Sponsoring officer (HoS)",
  accountableOfficer: "Lead officer (performance monitoring)",
  representatives: "Council representative(s)",
  directorate: "Directorate",
  corporatePriority: "Council priority supported",
  startDate: "Start date",
  endDate: "End date",
  governanceDocument: "Terms of Reference / agreement",
  businessCase: "Business case?",
  outcomeMeasures: "Outcome measures",
  reportingTo: "Performance reported to",
  lastReviewDate: "Date of last annual review",
  riskRegister: "Risk register (Y/N)",
  riskRegisterReviewed: "Risk register last reviewed",
  exitStrategy: "Exit strategy",
  informationSharing: "ISA in place",
  equalityAssessment: "EIA",
  scrutiny: "O&S arrangements",
  legalPower: "Legal power confirmed",
  conductStandards: "Code of conduct agreed",
  conflictsDeclared: "Conflicts of interest declared",
  approvalToParticipate: "Approval to participate",
  annualContribution: "Annual contribution (£)",
  budgetApproved: "Budget approved",
  approvedAmount: "Approved amount (£)",
  liabilities: "Continuing liabilities / assets",
  significance: "Significance",
};
const EXTRA_HEADERS: Record<Extra, string> = { comments: "Comments", updatedBy: "Last updated by" };
/** The annual evaluation's ratings, in the Standards for England protocol's order, added at the right of the register. */
const ASSESS_HEADERS: Record<AssessField, string> = {
  assessOutcomes: "Achieve intended outcomes (1-5)",
  assessPublicInterest: "Public interest (1-5)",
  assessCapacity: "Building partners' capacity (1-5)",
  assessRespect: "Value and respect each other (1-5)",
  assessEthics: "Act ethically (1-5)",
  assessAlignment: "Aligning strategies and networks (1-5)",
};
const ASSESS_FIELDS = Object.keys(ASSESS_HEADERS) as AssessField[];
const isAssess = (k: Key): k is AssessField => k in ASSESS_HEADERS;

/** Column order as the council keeps it (not the canonical order), with widths. */
const COLUMNS: { key: Key; width: number }[] = [
  { key: "ref", width: 8 },
  { key: "name", width: 34 },
  { key: "purpose", width: 40 },
  { key: "tier", width: 13 },
  { key: "legalForm", width: 26 },
  { key: "partners", width: 44 },
  { key: "councilIsLead", width: 10 },
  { key: "status", width: 12 },
  { key: "directorate", width: 18 },
  { key: "sponsoringOfficer", width: 20 },
  { key: "accountableOfficer", width: 20 },
  { key: "representatives", width: 30 },
  { key: "corporatePriority", width: 26 },
  { key: "startDate", width: 13 },
  { key: "endDate", width: 13 },
  { key: "governanceDocument", width: 24 },
  { key: "businessCase", width: 14 },
  { key: "outcomeMeasures", width: 24 },
  { key: "reportingTo", width: 28 },
  { key: "lastReviewDate", width: 14 },
  { key: "riskRegister", width: 10 },
  { key: "riskRegisterReviewed", width: 14 },
  { key: "exitStrategy", width: 18 },
  { key: "informationSharing", width: 14 },
  { key: "equalityAssessment", width: 14 },
  { key: "scrutiny", width: 22 },
  { key: "legalPower", width: 16 },
  { key: "conductStandards", width: 14 },
  { key: "conflictsDeclared", width: 18 },
  { key: "approvalToParticipate", width: 22 },
  { key: "annualContribution", width: 14 },
  { key: "budgetApproved", width: 20 },
  { key: "approvedAmount", width: 14 },
  { key: "liabilities", width: 30 },
  { key: "significance", width: 11 },
  { key: "comments", width: 30 },
  { key: "updatedBy", width: 12 },
  ...ASSESS_FIELDS.map((key) => ({ key, width: 13 })),
];
const headerOf = (k: Key) => (k === "comments" || k === "updatedBy" ? EXTRA_HEADERS[k] : isAssess(k) ? ASSESS_HEADERS[k] : HEADERS[k]);
const colIndex = (k: Key) => COLUMNS.findIndex((c) => c.key === k) + 1; // 1-based

// ---------------------------------------------------------------------------------------------
// Clean values, varied the way different officers fill a register. Every one of these reads as
// "in place" (or, for a few, "not applicable"); none reads as no, pending or unreadable.

const V: Partial<Record<Field, Cell[]>> = {
  councilIsLead: ["Y", "N", "Yes", "No", true, false],
  governanceDocument: ["Terms of Reference", "ToR agreed March 2024", "Partnership agreement signed", "Y", "Yes", "Constitution adopted", "✓", "ToR (refreshed 2026)", "In place"],
  businessCase: ["Y", "Yes", true, "✓", "Cabinet report 2023", "In place", "Yes – evidence base 2024"],
  outcomeMeasures: ["Y", "KPIs in action plan", "Yes", "Outcomes framework (8 indicators)", "✓", "Performance scorecard", "Yes – annual report"],
  riskRegister: ["Y", "Yes", true, "✓", "In place", "yes", "✔"],
  exitStrategy: ["Y", "Yes", "In ToR (s.12)", true, "Agreed", "✓", "Dissolution clause in agreement"],
  informationSharing: ["ISA signed 2025", "Y", "Yes", "In place", true, "✓", "N/A", "Y", "Yes"],
  equalityAssessment: ["Y", "Yes", "EIA completed 2025", "✓", true, "In place"],
  scrutiny: ["Yes", "Place O&S Committee", "Y", "People O&S – annual report", "✓", "Communities O&S Committee", "Annual report to Scrutiny"],
  legalPower: ["Y", "Yes", "Confirmed by Legal", true, "✓", "s.1 Localism Act 2011 – confirmed"],
  conductStandards: ["Yes", "Agreed", "Y", "Protocol signed", true, "✓"],
  conflictsDeclared: ["Yes", "Y", "Declared – see minutes", true, "Standing agenda item", "✓"],
  approvalToParticipate: ["Cabinet 12/03/2026", "Yes", "Leader & CEx approval", "Y", "Delegated decision DD/2026/14", "Agreed"],
  budgetApproved: ["Yes", "Y", "Budget Council 25/02/2026", "MTFS 2026/27", true, "✓"],
  liabilities: ["None", "nil", "None identified", "Shared office lease (£12k) – reverts to council on exit", "None", "Equipment (£4k) shared pro rata on exit"],
  significance: ["High", "Medium", "Low", "Medium", 1, 2, "High", 3],
};
const pick = (f: Field, i: number, shift: number): Cell => {
  const list = V[f]!;
  return list[(i + shift) % list.length]!;
};

// ---------------------------------------------------------------------------------------------
// Rows.

type Kind = "clean" | "planted" | "outOfScope" | "closed";
interface Plant {
  rule: string;
  /**
   * The field whose cell the finding points at: the missing approval for unbudgeted-commitment,
   * the partner list for declared-interest-in-partner, and null for the per-person declaration
   * rules (stale-declaration, declaration-not-found), which are about a person, not a cell.
   */
  field: Field | null;
  why: string;
}
interface Core {
  ref: string;
  name: string;
  purpose: string;
  tier: string;
  legalForm: string;
  partners: string;
  status: string;
  directorate: string;
  sponsor: string;
  accountable: string;
  reps: string;
  priority: string;
  reportingTo: string;
  /** Council's contribution and the approved amount, as typed. */
  money: [Cell, Cell];
  /** Years before the check date that it started. */
  startYearsAgo: number;
  /** Months after the check date that it ends, or null for no end date. */
  endInMonths: number | null;
}
interface RowSpec {
  kind: Kind;
  values: Record<Key, Cell>;
  plants: Plant[];
  /** Blank rows to leave after this one. */
  blankAfter?: number;
}

function isZeroMoney(c: Cell): boolean {
  return c === 0 || (typeof c === "string" && /^(nil|£0|0)$/i.test(c.trim()));
}

let cleanIndex = 0;
/**
 * A row with every field properly filled, so no rule fires at the check date: nothing is overdue, and nothing
 * falls due within the 90 days after it (reviews 2–8 months old fall due again 4–10 months after the check).
 */
function base(core: Core, extra: Partial<Record<Extra, Cell>> = {}): Record<Key, Cell> {
  const i = cleanIndex++;
  const [contribution, approved] = core.money;
  const review = at(-(2 + (i % 7)), 3 + ((i * 5) % 25)); // 2–8 months before the check
  const riskReview = at(-(2 + ((i + 3) % 7)), 1 + ((i * 11) % 27));
  const start = at(-12 * core.startYearsAgo - (i % 5), 1);
  const end = core.endInMonths === null ? null : at(core.endInMonths, 31);
  return {
    ref: core.ref,
    name: core.name,
    purpose: core.purpose,
    tier: core.tier,
    legalForm: core.legalForm,
    partners: core.partners,
    councilIsLead: pick("councilIsLead", i, 0),
    status: core.status,
    sponsoringOfficer: core.sponsor,
    accountableOfficer: core.accountable,
    representatives: core.reps,
    directorate: core.directorate,
    corporatePriority: core.priority,
    startDate: D(start, STYLES[(i + 1) % STYLES.length]!),
    endDate: end === null ? null : D(end, STYLES[(i + 4) % STYLES.length]!),
    governanceDocument: pick("governanceDocument", i, 0),
    businessCase: pick("businessCase", i, 1),
    outcomeMeasures: pick("outcomeMeasures", i, 2),
    reportingTo: core.reportingTo,
    lastReviewDate: D(review, STYLES[i % STYLES.length]!),
    riskRegister: pick("riskRegister", i, 3),
    riskRegisterReviewed: D(riskReview, STYLES[(i + 2) % STYLES.length]!),
    exitStrategy: pick("exitStrategy", i, 4),
    informationSharing: pick("informationSharing", i, 0),
    equalityAssessment: pick("equalityAssessment", i, 5),
    scrutiny: pick("scrutiny", i, 1),
    legalPower: pick("legalPower", i, 2),
    conductStandards: pick("conductStandards", i, 3),
    conflictsDeclared: core.reps ? pick("conflictsDeclared", i, 4) : "N/A",
    approvalToParticipate: core.reps ? pick("approvalToParticipate", i, 5) : "N/A",
    annualContribution: contribution,
    budgetApproved: isZeroMoney(contribution) ? "N/A" : pick("budgetApproved", i, 2),
    approvedAmount: approved,
    liabilities: pick("liabilities", i, 1),
    significance: pick("significance", i, 3),
    comments: extra.comments ?? null,
    updatedBy: extra.updatedBy ?? ["KB", "L Okoro", "Gov Team", "KB", "R Hale"][i % 5]!,
    // Filled from RATINGS below, for the partnerships evaluated this year.
    assessOutcomes: null,
    assessPublicInterest: null,
    assessCapacity: null,
    assessRespect: null,
    assessEthics: null,
    assessAlignment: null,
  };
}

const clean = (core: Core, extra?: Partial<Record<Extra, Cell>>, blankAfter?: number): RowSpec => ({
  kind: "clean",
  values: base(core, extra),
  plants: [],
  blankAfter,
});
const planted = (
  kind: Kind,
  core: Core,
  over: Partial<Record<Key, Cell>>,
  plants: Plant[],
  blankAfter?: number,
): RowSpec => ({ kind, values: { ...base(core), ...over }, plants, blankAfter });

// Partner organisations (fictional borough of Harbridge, county of Midshire).
const ORG = {
  ics: "NHS Harbridge Integrated Care Board",
  nhsTrust: "Harbridge and Vale NHS Foundation Trust",
  police: "Midshire Police",
  fire: "Midshire Fire and Rescue Service",
  pcc: "Office of the Police and Crime Commissioner for Midshire",
  probation: "National Probation Service",
  homes: "Harbridge Homes (housing association)",
  vale: "Vale Housing Group",
  uni: "University of Harbridge",
  college: "Harbridge College",
  chamber: "Harbridge Chamber of Commerce",
  crt: "Canal and River Trust",
  cvs: "Harbridge Voluntary Action (CVS)",
  ea: "Environment Agency",
  county: "Midshire County Council",
  northvale: "Northvale District Council",
  southvale: "Southvale District Council",
  dwp: "Department for Work and Pensions (Jobcentre Plus)",
  bid: "Harbridge BID Company",
};
const list = (...orgs: string[]) => orgs.join("; ");

// The cast. Every person named on a clean row has a current declaration in the register of
// interests (see DECLARATIONS) in an organisation that is no partner of theirs.
const P = {
  // Heads of Service (sponsors)
  ellis: "Mark Ellis",
  sharma: "Priya Sharma",
  price: "Helen Price",
  okafor: "David Okafor",
  whitfield: "Claire Whitfield",
  jones: "Gareth Jones",
  marsh: "Fiona Marsh",
  burke: "Stephen Burke",
  hale: "Robert Hale",
  // performance leads (accountable officers)
  carter: "Ben Carter",
  mitchell: "Laura Mitchell",
  smith: "Jane Smith",
  griffiths: "Owen Griffiths",
  brooks: "Nicola Brooks",
  hussain: "Imran Hussain",
};

const PRIORITY = {
  safe: "Safe and strong communities",
  economy: "Priority 2 – Thriving economy",
  health: "Healthy, independent lives",
  green: "Clean and green borough",
  homes: "Good homes for all",
  council: "Efficient and effective council",
  children: "Best start in life",
};

const ROWS: RowSpec[] = [
  clean({
    ref: "P-001", name: "Safer Borough Partnership", purpose: "Statutory community safety partnership: reduce crime, anti-social behaviour and reoffending",
    tier: "Strategic", legalForm: "Statutory partnership (Crime and Disorder Act 1998)", partners: list(ORG.police, ORG.fire, ORG.ics, ORG.probation, ORG.pcc),
    status: "Active", directorate: "Communities", sponsor: P.ellis, accountable: P.carter, reps: "Cllr Tom O'Neill; Sarah Lee (observer)",
    priority: PRIORITY.safe, reportingTo: "Communities O&S Committee – annually; Cabinet", money: [25000, 25000], startYearsAgo: 16, endInMonths: null,
  }),
  clean({
    ref: "P-002", name: "Health and Wellbeing Board", purpose: "Joint strategic needs assessment and joint health and wellbeing strategy",
    tier: "Strategic", legalForm: "Committee of the council (statutory board)", partners: list(ORG.ics, ORG.nhsTrust, "Healthwatch Harbridge", ORG.police),
    status: "Live", directorate: "Adult Social Care & Health", sponsor: P.sharma, accountable: P.mitchell, reps: "Cllr Amanda Fox (Chair); Dr Anita Rao",
    priority: PRIORITY.health, reportingTo: "Council – annual report; Health Scrutiny Committee", money: ["nil", "£0"], startYearsAgo: 13, endInMonths: null,
  }),
  planted(
    "planted",
    {
      ref: "P-003", name: "Canal Corridor Regeneration Partnership", purpose: "Regenerate the canal corridor: towpath, moorings, 400 new homes and heritage wharf buildings",
      tier: "Strategic", legalForm: "Partnership agreement", partners: list(ORG.crt, ORG.homes, ORG.uni, ORG.ea),
      status: "Active", directorate: "Place", sponsor: P.price, accountable: P.hussain, reps: "Cllr Margaret Dunn",
      priority: PRIORITY.economy, reportingTo: "Place O&S Committee, 6-monthly", money: ["£40,000", 40000], startYearsAgo: 4, endInMonths: 40,
    },
    {},
    [
      { rule: "declared-interest-in-partner", field: "partners", why: "Cllr Margaret Dunn declared an interest in \"Canal & River Trust Ltd\" (register of interests), a partner here written \"Canal and River Trust\"" },
      { rule: "declaration-due-soon", field: null, why: `Cllr Margaret Dunn last declared on ${dmy(at(-10, 14))}: her renewal falls due on ${dmy(at(2, 14))}, within 90 days of the check date` },
    ],
  ),
  planted(
    "planted",
    {
      ref: "P-004", name: "Harbridge and Vale Local Enterprise Partnership", purpose: "Business-led growth, skills and inward investment across Harbridge and the Vale",
      tier: "Strategic", legalForm: "Company limited by guarantee", partners: list(ORG.chamber, ORG.uni, ORG.county, ORG.northvale),
      status: "Ongoing", directorate: "Place", sponsor: P.okafor, accountable: P.hussain, reps: "Cllr A Khan (Director); Cllr Paul Denton",
      priority: PRIORITY.economy, reportingTo: "Cabinet – quarterly", money: [60000, 60000], startYearsAgo: 10, endInMonths: null,
    },
    { riskRegisterReviewed: dmy(at(-17, 14)), endDate: at(2, 31), comments: `LEP functions transfer to the county on ${dmy(at(2, 31))}` },
    [
      { rule: "fiduciary-role", field: "representatives", why: "\"Cllr A Khan (Director)\" is a director of the company" },
      { rule: "declaration-not-found", field: null, why: "Cllr Paul Denton has no entry in the register of interests (Cllr A Khan matches \"Councillor Aisha Khan\" only by initial: a possible match, so a second declaration-not-found for her is also acceptable)" },
      { rule: "risk-register-review-overdue", field: "riskRegisterReviewed", why: `risk register last reviewed ${dmy(at(-17, 14))}, more than 12 months before the check date` },
      { rule: "end-date-approaching", field: "endDate", why: `status Ongoing and the end date ${dmy(at(2, 31))} is within 90 days of the check date` },
    ],
  ),
  clean({
    ref: "P-005", name: "Adult Learning Consortium", purpose: "Plan and deliver community adult learning and basic skills courses",
    tier: "Operational", legalForm: "Contractual partnership agreement", partners: list(ORG.college, ORG.uni, "Workers' Educational Association", ORG.cvs),
    status: "Current", directorate: "Place", sponsor: P.okafor, accountable: P.griffiths, reps: "Cllr Rajesh Patel",
    priority: PRIORITY.economy, reportingTo: "Consortium board, termly; Cabinet Member annually", money: ["£12,500", "12,500"], startYearsAgo: 7, endInMonths: 16,
  }),
  clean({
    ref: "P-006", name: "Destination Management Partnership", purpose: "Promote Harbridge as a visitor destination; coordinate events and marketing",
    tier: "Operational", legalForm: "Company limited by guarantee", partners: list("Visit Midshire", ORG.chamber, ORG.bid),
    status: "Active", directorate: "Communities", sponsor: P.whitfield, accountable: P.brooks, reps: "Cllr Peter Walsh (observer)",
    priority: PRIORITY.economy, reportingTo: "Partnership Board, quarterly", money: ["£5,000 pa", "£5,000"], startYearsAgo: 5, endInMonths: 28,
  }),
  planted(
    "planted",
    {
      ref: "P-007", name: "Youth Offending Service Board", purpose: "Statutory oversight of the youth justice plan and prevention of offending by young people",
      tier: "Strategic", legalForm: "Statutory board", partners: list(ORG.police, ORG.probation, ORG.ics, ORG.county),
      status: "Active", directorate: "Children's Services", sponsor: "", accountable: "", reps: "Cllr Janet Fielding",
      priority: PRIORITY.children, reportingTo: "", money: [120000, 125000], startYearsAgo: 20, endInMonths: null,
    },
    { sponsoringOfficer: null, accountableOfficer: null, outcomeMeasures: "pending", reportingTo: null, comments: "HoS post vacant since restructure – interim arrangements tbc" },
    [
      { rule: "sponsoring-officer-missing", field: "sponsoringOfficer", why: "sponsoring officer left blank" },
      { rule: "accountable-officer-missing", field: "accountableOfficer", why: "lead officer for performance monitoring left blank" },
      { rule: "outcome-measures-missing", field: "outcomeMeasures", why: "outcome measures \"pending\" (not yet in place)" },
      { rule: "performance-reporting-missing", field: "reportingTo", why: "no body performance is reported to" },
    ],
  ),
  clean({
    ref: "P-008", name: "Children and Young People's Partnership", purpose: "Joint children and young people's plan; early help",
    tier: "Strategic", legalForm: "Informal arrangement", partners: list(ORG.ics, ORG.police, ORG.college, ORG.cvs),
    status: "Active", directorate: "Children's Services", sponsor: P.jones, accountable: P.smith, reps: "Cllr Janet Fielding",
    priority: PRIORITY.children, reportingTo: "People O&S Committee – 6 monthly", money: ["£0", "nil"], startYearsAgo: 9, endInMonths: null,
  }),
  clean({
    ref: "P-009", name: "Safeguarding Adults Board", purpose: "Statutory board: assure safeguarding arrangements for adults at risk",
    tier: "Strategic", legalForm: "Statutory board (Care Act 2014)", partners: list(ORG.ics, ORG.police, ORG.nhsTrust, "Age UK Harbridge"),
    status: "Active", directorate: "Adult Social Care & Health", sponsor: P.sharma, accountable: P.hussain, reps: "Cllr Susan Hughes",
    priority: PRIORITY.health, reportingTo: "Health Scrutiny Committee (annual report)", money: [48000, 50000], startYearsAgo: 11, endInMonths: null,
  }),
  planted(
    "outOfScope",
    {
      ref: "P-010", name: "Leisure Centres Management Contract", purpose: "Operation of the borough's three leisure centres",
      tier: "Operational", legalForm: "Contract for services", partners: "Everyone Active (SLM Ltd)",
      status: "Active", directorate: "Communities", sponsor: "", accountable: P.brooks, reps: "",
      priority: PRIORITY.health, reportingTo: "Contract monitoring meetings", money: [850000, null], startYearsAgo: 6, endInMonths: 30,
    },
    { sponsoringOfficer: null, representatives: null, riskRegister: null, riskRegisterReviewed: null, exitStrategy: null, lastReviewDate: null, budgetApproved: null, approvedAmount: null, governanceDocument: "Contract", conflictsDeclared: null, approvalToParticipate: null },
    [{ rule: "out-of-scope", field: "legalForm", why: "a contract for services (2.2): listed only; its blank sponsor, risk register, exit strategy, review and unbudgeted £850k must raise nothing" }],
  ),
  clean({
    ref: "P-011", name: "Homelessness and Rough Sleeping Partnership", purpose: "Deliver the homelessness and rough sleeping strategy; winter provision",
    tier: "Operational", legalForm: "Informal arrangement", partners: list(ORG.homes, ORG.vale, ORG.cvs, ORG.dwp),
    status: "Active", directorate: "Place", sponsor: P.marsh, accountable: P.mitchell, reps: "Cllr Mohammed Ali",
    priority: PRIORITY.homes, reportingTo: "Housing Board – quarterly", money: ["12500.00", "£15,000"], startYearsAgo: 4, endInMonths: 20,
  }, { comments: "Informal officer-level arrangement – no ToR required (Legal advice 2025)" }),
  clean({
    ref: "P-012", name: "Joint Waste Committee", purpose: "Joint collection and disposal of household waste across the three districts and the county",
    tier: "Strategic", legalForm: "Joint committee", partners: list(ORG.county, ORG.northvale, ORG.southvale),
    status: "Active", directorate: "Place", sponsor: P.burke, accountable: P.carter, reps: "Cllr Chris Bell; Cllr Amanda Fox (substitute)",
    priority: PRIORITY.green, reportingTo: "Joint Committee, quarterly; Place O&S", money: [1450000, 1500000], startYearsAgo: 8, endInMonths: 52,
  }),
  planted(
    "planted",
    {
      ref: "P-013", name: "Harbridge Culture Trust", purpose: "Run the museum, theatre and arts development service",
      tier: "Operational", legalForm: "Charity", partners: list("Arts Council England", "Friends of Harbridge Museum", ORG.uni),
      status: "Active", directorate: "Communities", sponsor: P.whitfield, accountable: P.brooks, reps: "J Smith - trustee; Kevin Moss (officer)",
      priority: PRIORITY.economy, reportingTo: "Cabinet Member for Culture – 6 monthly", money: [95000, 95000], startYearsAgo: 6, endInMonths: 64,
    },
    { lastReviewDate: iso(at(-16, 15)), riskRegisterReviewed: at(-10, 8) },
    [
      { rule: "fiduciary-role", field: "representatives", why: "\"J Smith - trustee\" is a trustee of the charity" },
      { rule: "declaration-not-found", field: null, why: "Kevin Moss has no entry in the register of interests (J Smith matches \"SMITH, Jane\" only by initial: a possible match, so a second declaration-not-found for J Smith is also acceptable)" },
      { rule: "annual-review-overdue", field: "lastReviewDate", why: `last annual review ${iso(at(-16, 15))}, more than 12 months before the check date` },
      { rule: "risk-register-review-due-soon", field: "riskRegisterReviewed", why: `risk register last reviewed ${dmy(at(-10, 8))}: the next review falls due on ${dmy(at(2, 8))}, within 90 days of the check date` },
    ],
  ),
  clean({
    ref: "P-014", name: "Local Nature Partnership", purpose: "Local nature recovery strategy and biodiversity net gain",
    tier: "Strategic", legalForm: "Informal arrangement", partners: list("Natural England", "Wildlife Trust for Midshire", ORG.ea, ORG.uni),
    status: "Active", directorate: "Place", sponsor: P.burke, accountable: P.brooks, reps: "Cllr Chris Bell",
    priority: PRIORITY.green, reportingTo: "Place O&S Committee – annually", money: [3000, 3000], startYearsAgo: 3, endInMonths: null,
  }),
  clean({
    ref: "P-015", name: "Building Control Partnership", purpose: "Shared building control service hosted by the council",
    tier: "Operational", legalForm: "Delegation of functions (s.101 LGA 1972)", partners: list(ORG.northvale, ORG.southvale),
    status: "Active", directorate: "Place", sponsor: P.price, accountable: P.hussain, reps: "Cllr Peter Walsh",
    priority: PRIORITY.council, reportingTo: "Joint officer board; Audit & Governance Committee annually", money: ["£62,000", "£65,000"], startYearsAgo: 5, endInMonths: 28,
  }, {}, 1),
  planted(
    "planted",
    {
      ref: "P-016", name: "Digital Inclusion Partnership", purpose: "Device lending and digital skills sessions in libraries",
      tier: "Operational", legalForm: "", partners: list(ORG.cvs, "Age UK Harbridge", ORG.college),
      status: "Active", directorate: "Resources", sponsor: P.hale, accountable: P.griffiths, reps: "",
      priority: "", reportingTo: "Digital Board, quarterly", money: ["£3,000", 3000], startYearsAgo: 2, endInMonths: null,
    },
    { legalForm: null, representatives: null, corporatePriority: null, endDate: longDate(at(-8, 31)) },
    [
      { rule: "representative-missing", field: "representatives", why: "no council representative named" },
      { rule: "legal-form-missing", field: "legalForm", why: "form of partnership left blank" },
      { rule: "priority-link-missing", field: "corporatePriority", why: "no council priority recorded" },
      { rule: "end-date-passed", field: "endDate", why: `status Active but end date ${longDate(at(-8, 31))} is before the check date` },
    ],
  ),
  clean({
    ref: "P-017", name: "Revenues and Benefits Shared Service", purpose: "Shared council tax, business rates and benefits service",
    tier: "Operational", legalForm: "Joint committee", partners: ORG.northvale,
    status: "Active", directorate: "Resources", sponsor: P.hale, accountable: P.griffiths, reps: "Cllr Janet Fielding; Cllr Rajesh Patel",
    priority: PRIORITY.council, reportingTo: "Joint Committee – quarterly", money: [310000, 310000], startYearsAgo: 9, endInMonths: 40,
  }),
  planted(
    "planted",
    {
      ref: "P-018", name: "Heritage Action Zone Partnership", purpose: "Repair and reuse of historic high-street buildings",
      tier: "Neighbourhood", legalForm: "Partnership agreement", partners: list("Historic England", "Harbridge Civic Trust", ORG.bid),
      status: "Active", directorate: "Place", sponsor: P.price, accountable: P.smith, reps: "Cllr Geoff Barnes",
      priority: PRIORITY.economy, reportingTo: "Programme board – monthly", money: ["£20,000", null], startYearsAgo: 2, endInMonths: 16,
    },
    { governanceDocument: null, businessCase: "x", budgetApproved: "No", approvedAmount: null },
    [
      { rule: "governance-document-missing", field: "governanceDocument", why: "Terms of Reference / agreement left blank" },
      { rule: "business-case-missing", field: "businessCase", why: "business case \"x\" (no)" },
      { rule: "stale-declaration", field: null, why: `Cllr Geoff Barnes last declared on ${dmy(at(-17, 2))}, more than 12 months before the check date` },
      { rule: "unbudgeted-commitment", field: "budgetApproved", why: "£20,000 contribution with budget approved \"No\"" },
    ],
  ),
  clean({
    ref: "P-019", name: "Harbridge Regeneration Company Ltd", purpose: "Council-owned company delivering town-centre housing and workspace",
    tier: "Strategic", legalForm: "Local authority trading company", partners: ORG.vale,
    status: "Active", directorate: "Place", sponsor: P.price, accountable: P.smith, reps: "Cllr Mohammed Ali (shareholder representative)",
    priority: PRIORITY.homes, reportingTo: "Shareholder Committee – quarterly", money: ["£150,000", 200000], startYearsAgo: 3, endInMonths: null,
  }),
  planted(
    "outOfScope",
    {
      ref: "P-020", name: "Town Centre BID Liaison Group", purpose: "Consult BID levy payers on council services in the town centre",
      tier: "Neighbourhood", legalForm: "Consultation group", partners: list(ORG.bid, ORG.chamber),
      status: "Ongoing", directorate: "Place", sponsor: P.okafor, accountable: "", reps: "Cllr Brian Noakes",
      priority: PRIORITY.economy, reportingTo: "", money: ["nil", null], startYearsAgo: 5, endInMonths: null,
    },
    { accountableOfficer: null, reportingTo: null, governanceDocument: null, conflictsDeclared: null, endDate: dmy(at(-20, 31)), riskRegister: "N", riskRegisterReviewed: null, budgetApproved: null, approvedAmount: null },
    [{ rule: "out-of-scope", field: "legalForm", why: "a consultation group (2.2): listed only; no lead officer, ToR, risk register or reporting, a passed end date and an undeclared councillor must raise nothing" }],
  ),
  planted(
    "planted",
    {
      ref: "P-021", name: "Climate Emergency Partnership (Net Zero Harbridge)", purpose: "Borough-wide carbon reduction plan with anchor institutions",
      tier: "Strategic", legalForm: "Informal arrangement", partners: list(ORG.uni, ORG.nhsTrust, ORG.chamber, ORG.ea),
      status: "Active", directorate: "Place", sponsor: P.burke, accountable: P.brooks, reps: "Cllr Chris Bell (Chair)",
      priority: PRIORITY.green, reportingTo: "Cabinet – annual progress report", money: [10000, 10000], startYearsAgo: 2, endInMonths: 48,
    },
    { governanceDocument: "tbc", informationSharing: false, equalityAssessment: "draft", scrutiny: null, lastReviewDate: dmy(at(-11, 12)) },
    [
      { rule: "governance-document-missing", field: "governanceDocument", why: "Terms of Reference \"tbc\" (not yet in place)" },
      { rule: "information-sharing-missing", field: "informationSharing", why: "ISA in place is FALSE" },
      { rule: "equality-assessment-missing", field: "equalityAssessment", why: "EIA \"draft\" (not yet in place)" },
      { rule: "scrutiny-missing", field: "scrutiny", why: "O&S arrangements left blank" },
      { rule: "review-due-soon", field: "lastReviewDate", why: `last annual review ${dmy(at(-11, 12))}: the next falls due on ${dmy(at(1, 12))}, within 90 days of the check date` },
    ],
  ),
  clean({
    ref: "P-022", name: "Community Energy Harbridge CIC", purpose: "Community-owned rooftop solar on schools and community buildings",
    tier: "Neighbourhood", legalForm: "Community interest company", partners: list(ORG.cvs, ORG.uni, "Midshire Credit Union"),
    status: "Active", directorate: "Place", sponsor: P.burke, accountable: P.carter, reps: "Cllr Chris Bell (observer)",
    priority: PRIORITY.green, reportingTo: "CIC board – quarterly; Place O&S annually", money: ["£0", "£0"], startYearsAgo: 2, endInMonths: null,
  }),
  clean({
    ref: "P-023", name: "Dementia Action Alliance", purpose: "Make Harbridge a dementia-friendly borough",
    tier: "Neighbourhood", legalForm: "Informal arrangement", partners: list("Alzheimer's Society", "Age UK Harbridge", ORG.nhsTrust),
    status: "Active", directorate: "Adult Social Care & Health", sponsor: P.sharma, accountable: P.mitchell, reps: "Cllr Susan Hughes",
    priority: PRIORITY.health, reportingTo: "Health and Wellbeing Board – annually", money: [2500, 2500], startYearsAgo: 6, endInMonths: null,
  }),
  planted(
    "closed",
    {
      ref: "P-024", name: "Sure Start Children's Centres Partnership", purpose: "Children's centre services (replaced by Family Hubs)",
      tier: "Operational", legalForm: "Partnership agreement", partners: list(ORG.ics, ORG.cvs, ORG.county),
      status: "Closed", directorate: "Children's Services", sponsor: "", accountable: "", reps: "Cllr Janet Fielding; Cllr Susan Hughes",
      priority: PRIORITY.children, reportingTo: "People O&S Committee", money: ["£15,000", null], startYearsAgo: 15, endInMonths: null,
    },
    {
      sponsoringOfficer: null, accountableOfficer: null, endDate: at(-32, 31), lastReviewDate: dmy(at(-40, 12)), riskRegister: "N", riskRegisterReviewed: null,
      exitStrategy: null, informationSharing: null, legalPower: null, conflictsDeclared: null, budgetApproved: "No", approvedAmount: null, liabilities: null,
      comments: "Final contribution to wind-up costs 2026/27",
    },
    [
      { rule: "closed-partnership", field: "status", why: "status Closed: only finance and conflict rules apply; its blank officers, old review, passed end date, missing risk register and exit strategy must raise nothing" },
      { rule: "unbudgeted-commitment", field: "budgetApproved", why: "£15,000 wind-up contribution with budget approved \"No\"" },
      { rule: "conflicts-not-recorded", field: "conflictsDeclared", why: "two councillors named, conflicts of interest declared left blank" },
    ],
  ),
  clean({
    ref: "P-025", name: "Sport and Physical Activity Alliance", purpose: "Increase physical activity among inactive residents",
    tier: "Operational", legalForm: "Partnership agreement", partners: list("Sport England", "Active Midshire", ORG.college),
    status: "Active", directorate: "Communities", sponsor: P.whitfield, accountable: P.brooks, reps: "Cllr Amanda Fox",
    priority: PRIORITY.health, reportingTo: "Alliance board – quarterly", money: ["£7,500", 7500], startYearsAgo: 4, endInMonths: 16,
  }),
  planted(
    "planted",
    {
      ref: "P-026", name: "Affordable Housing Delivery Partnership", purpose: "Pipeline of affordable homes on council-owned sites",
      tier: "Strategic", legalForm: "Contractual (development agreement)", partners: list(ORG.homes, ORG.vale, "Homes England"),
      status: "Proposed", directorate: "Place", sponsor: P.marsh, accountable: P.mitchell, reps: "Cllr Mohammed Ali",
      priority: PRIORITY.homes, reportingTo: "Housing Board – quarterly (from 2027)", money: ["£5-10k", "£10,000"], startYearsAgo: 0, endInMonths: 64,
    },
    { startDate: dmy(at(4, 1)), lastReviewDate: null, governanceDocument: "Heads of terms agreed", budgetApproved: "Y" },
    [
      { rule: "annual-review-missing", field: "lastReviewDate", why: "no date of last annual review (proposed, in scope and not closed)" },
      { rule: "unreadable-value", field: "annualContribution", why: "\"£5-10k\" is a range, not an amount" },
    ],
  ),
  clean({
    ref: "P-027", name: "Music Education Hub", purpose: "Instrumental tuition and music education for schools",
    tier: "Operational", legalForm: "Partnership agreement (grant-funded)", partners: list("Arts Council England", ORG.county, ORG.college),
    status: "Active", directorate: "Children's Services", sponsor: P.whitfield, accountable: P.griffiths, reps: "Cllr Janet Fielding",
    priority: PRIORITY.children, reportingTo: "Hub board – termly", money: ["12.5k", 12500], startYearsAgo: 8, endInMonths: 4,
  }),
  clean({
    ref: "P-028", name: "Financial Inclusion Partnership", purpose: "Debt advice, affordable credit and benefit take-up",
    tier: "Neighbourhood", legalForm: "Informal arrangement", partners: list("Citizens Advice Harbridge", "Midshire Credit Union", ORG.dwp, ORG.homes),
    status: "Active", directorate: "Resources", sponsor: P.hale, accountable: P.carter, reps: "Cllr Mohammed Ali",
    priority: PRIORITY.safe, reportingTo: "Anti-poverty steering group – quarterly", money: [18000, "£20,000"], startYearsAgo: 3, endInMonths: null,
  }),
  planted(
    "planted",
    {
      ref: "P-029", name: "Flood Risk Management Partnership", purpose: "Flood alleviation schemes and property-level resilience",
      tier: "Operational", legalForm: "Partnership agreement", partners: list(ORG.ea, "Midshire County Council (Lead Local Flood Authority)", "Vale Water plc"),
      status: "Active", directorate: "Place", sponsor: P.burke, accountable: P.carter, reps: "Cllr Chris Bell",
      priority: PRIORITY.green, reportingTo: "Place O&S Committee, 6-monthly", money: [22000, 25000], startYearsAgo: 5, endInMonths: 40,
    },
    { riskRegister: "N", riskRegisterReviewed: null, exitStrategy: "No", liabilities: "Flood defence assets (£320k) revert to the council on exit" },
    [
      { rule: "risk-register-missing", field: "riskRegister", why: "risk register \"N\"" },
      { rule: "exit-strategy-missing", field: "exitStrategy", why: "exit strategy \"No\"" },
      { rule: "liabilities-without-exit", field: "liabilities", why: "£320k of flood defence assets recorded and no exit strategy" },
    ],
  ),
  planted(
    "outOfScope",
    {
      ref: "P-030", name: "Harbridge Almshouse Charity – council nominee", purpose: "Council appoints one trustee to the almshouse charity",
      tier: "Neighbourhood", legalForm: "Outside body appointment", partners: "Harbridge Almshouse Charity",
      status: "Current", directorate: "Resources", sponsor: "", accountable: "", reps: "Cllr Susan Hughes - trustee",
      priority: "", reportingTo: "", money: [null, null], startYearsAgo: 12, endInMonths: null,
    },
    {
      sponsoringOfficer: null, accountableOfficer: null, corporatePriority: null, reportingTo: null, legalPower: null, approvalToParticipate: null, conflictsDeclared: "No",
      exitStrategy: null, riskRegister: null, riskRegisterReviewed: null, budgetApproved: null, liabilities: null,
    },
    [{ rule: "out-of-scope", field: "legalForm", why: "an outside-body appointment (2.2): listed only; the trustee capacity, blank officers, \"No\" conflicts and missing approval must raise nothing" }],
    1,
  ),
  clean({
    ref: "P-031", name: "Supporting Families Programme Board", purpose: "Whole-family early help for families with multiple needs",
    tier: "Strategic", legalForm: "Informal arrangement", partners: list(ORG.police, ORG.dwp, ORG.ics),
    status: "Under review", directorate: "Children's Services", sponsor: P.jones, accountable: P.smith, reps: "Cllr Tom O'Neill",
    priority: PRIORITY.children, reportingTo: "Children and Young People's Partnership – quarterly", money: ["£0", "£0"], startYearsAgo: 10, endInMonths: 28,
  }),
  planted(
    "planted",
    {
      ref: "P-032", name: "Armed Forces Covenant Partnership", purpose: "Deliver the armed forces covenant pledges for veterans and service families",
      tier: "Neighbourhood", legalForm: "Informal arrangement", partners: list("Royal British Legion", "SSAFA", ORG.police, ORG.ics),
      status: "Active", directorate: "Communities", sponsor: P.marsh, accountable: P.mitchell, reps: "Cllr Daniel Kerr (Armed Forces Champion)",
      priority: PRIORITY.safe, reportingTo: "Communities O&S Committee – annually", money: ["nil", "£0"], startYearsAgo: 9, endInMonths: null,
    },
    { legalPower: "tbc", conductStandards: "pending", lastReviewDate: "31/13/2025" },
    [
      { rule: "legal-power-unconfirmed", field: "legalPower", why: "legal power \"tbc\"" },
      { rule: "conduct-standards-missing", field: "conductStandards", why: "code of conduct \"pending\"" },
      { rule: "unreadable-value", field: "lastReviewDate", why: "\"31/13/2025\" is not a date (month 13); the annual-review rules skip the row" },
      { rule: "stale-declaration", field: null, why: `Cllr Daniel Kerr last declared on ${dmy(at(-30, 23))}, more than 12 months before the check date` },
    ],
  ),
  clean({
    ref: "P-033", name: "Growth Hub", purpose: "Business support and advice for small firms",
    tier: "Operational", legalForm: "Contractual partnership agreement", partners: list(ORG.chamber, ORG.uni, "Harbridge and Vale LEP"),
    status: "Active", directorate: "Place", sponsor: P.okafor, accountable: P.hussain, reps: "Cllr Peter Walsh",
    priority: PRIORITY.economy, reportingTo: "Growth Hub steering group – quarterly", money: [30000, 30000], startYearsAgo: 7, endInMonths: 16,
  }),
  planted(
    "planted",
    {
      ref: "P-034", name: "Better Care Fund Partnership", purpose: "Pooled health and social care budget for hospital discharge and community care",
      tier: "Strategic", legalForm: "Section 75 pooled budget agreement", partners: list(ORG.ics, ORG.nhsTrust),
      status: "Active", directorate: "Adult Social Care & Health", sponsor: P.sharma, accountable: P.smith, reps: "Cllr Amanda Fox; Dr Anita Rao",
      priority: PRIORITY.health, reportingTo: "Health and Wellbeing Board – quarterly", money: ["£1.2m", "£1,000,000"], startYearsAgo: 10, endInMonths: 4,
    },
    { budgetApproved: "Budget Council 25/02/2026", riskRegisterReviewed: { error: "#REF!" }, lastReviewDate: null },
    [
      { rule: "commitment-exceeds-approval", field: "annualContribution", why: "contribution £1.2m is more than the approved £1,000,000" },
      { rule: "unreadable-value", field: "riskRegisterReviewed", why: "#REF! error cell (broken link); the risk-register-review rule skips the row" },
      { rule: "annual-review-missing", field: "lastReviewDate", why: "no date of last annual review" },
    ],
  ),
  clean({
    ref: "P-035", name: "Safer Roads Partnership", purpose: "Road safety education and casualty reduction",
    tier: "Operational", legalForm: "Memorandum of understanding", partners: list(ORG.police, ORG.fire, "Midshire County Council (highways)"),
    status: "Active", directorate: "Communities", sponsor: P.ellis, accountable: P.carter, reps: "Cllr Rajesh Patel",
    priority: PRIORITY.safe, reportingTo: "Safer Borough Partnership – quarterly", money: ["£4,000", "£4,000"], startYearsAgo: 6, endInMonths: null,
  }),
  planted(
    "closed",
    {
      ref: "P-036", name: "Harbridge Town Centre Partnership Ltd", purpose: "Town centre management company (functions transferred to the BID)",
      tier: "Neighbourhood", legalForm: "Company limited by guarantee", partners: list(ORG.chamber, "Harbridge Traders' Federation"),
      status: "Dissolved", directorate: "Place", sponsor: P.okafor, accountable: "", reps: "Cllr Daniel Kerr",
      priority: PRIORITY.economy, reportingTo: "", money: ["nil", null], startYearsAgo: 14, endInMonths: null,
    },
    {
      accountableOfficer: null, reportingTo: null, endDate: dmy(at(-20, 31)), lastReviewDate: longDate(at(-38, 9)), riskRegister: null, riskRegisterReviewed: null,
      exitStrategy: null, governanceDocument: null, budgetApproved: null, approvedAmount: null, conflictsDeclared: "Yes",
      liabilities: "Share of LGPS pension deficit (c. £85k)", comments: "Company dissolved – pension liability still with council",
    },
    [
      { rule: "closed-partnership", field: "status", why: "status Dissolved: only finance and conflict rules apply; its missing ToR, old review, missing risk register and exit strategy must raise nothing" },
      { rule: "liabilities-without-exit", field: "liabilities", why: "pension deficit share recorded and no exit strategy (a finance rule, so it still applies)" },
      { rule: "stale-declaration", field: null, why: `Cllr Daniel Kerr last declared on ${dmy(at(-30, 23))} (a conflict rule, so it still applies)` },
    ],
  ),
  planted(
    "planted",
    {
      ref: "P-014", name: "Harbridge Town Deal Board", purpose: "Oversee the £21m Town Deal investment plan",
      tier: "Strategic", legalForm: "Informal arrangement", partners: list(ORG.chamber, ORG.uni, ORG.college, ORG.bid),
      status: "Live", directorate: "Place", sponsor: P.okafor, accountable: P.hussain, reps: "Cllr Peter Walsh; Cllr Rajesh Patel",
      priority: PRIORITY.economy, reportingTo: "Town Deal Board – quarterly; Cabinet", money: [45000, 50000], startYearsAgo: 5, endInMonths: null,
    },
    { endDate: iso(at(-8, 31)), approvalToParticipate: null, conflictsDeclared: "No", comments: "Ref copied from row above – to be renumbered" },
    [
      { rule: "duplicate-partnership", field: "ref", why: "ref P-014 is already used by Local Nature Partnership (an earlier row)" },
      { rule: "end-date-passed", field: "endDate", why: `status Live but end date ${iso(at(-8, 31))} is before the check date` },
      { rule: "approval-missing", field: "approvalToParticipate", why: "approval to participate left blank" },
      { rule: "conflicts-not-recorded", field: "conflictsDeclared", why: "two councillors named, conflicts of interest declared \"No\"" },
    ],
  ),
  clean({
    ref: "P-038", name: "East Harbridge Neighbourhood Partnership", purpose: "Neighbourhood problem-solving and community projects on the east estates",
    tier: "Neighbourhood", legalForm: "Informal arrangement", partners: list("Midshire Police (Neighbourhood Policing Team)", ORG.homes, "Eastbrook Residents' Association"),
    status: "Active", directorate: "Communities", sponsor: P.ellis, accountable: P.mitchell, reps: "Cllr Tom O'Neill\nCllr Susan Hughes",
    priority: PRIORITY.safe, reportingTo: "Safer Borough Partnership – 6 monthly", money: ["£2,000", 2000], startYearsAgo: 4, endInMonths: null,
  }),
  planted(
    "outOfScope",
    {
      ref: "P-039", name: "Grouped Schools PFI Contract", purpose: "Design, build, finance and operate four school buildings",
      tier: "Operational", legalForm: "PFI scheme", partners: list("Harbridge Schools (SPV) Ltd", ORG.county),
      status: "Active", directorate: "Resources", sponsor: P.hale, accountable: "", reps: "Cllr Daniel Kerr",
      priority: PRIORITY.children, reportingTo: "", money: ["£2.4m", "£2,000,000"], startYearsAgo: 20, endInMonths: 52,
    },
    { accountableOfficer: null, reportingTo: null, riskRegister: null, riskRegisterReviewed: null, exitStrategy: null, liabilities: "Unitary charge to 2031; buildings revert to the council", budgetApproved: "Yes" },
    [{ rule: "out-of-scope", field: "legalForm", why: "a PFI scheme (2.2): listed only; £2.4m over a £2m approval, liabilities without exit, a stale declaration and no risk register must raise nothing" }],
  ),
  clean({
    ref: "P-040", name: "Domestic Abuse Partnership Board", purpose: "Statutory board: domestic abuse strategy and safe accommodation",
    tier: "Strategic", legalForm: "Statutory board (Domestic Abuse Act 2021)", partners: list(ORG.police, ORG.pcc, "Harbridge Domestic Abuse Service", ORG.homes),
    status: "Active", directorate: "Communities", sponsor: P.jones, accountable: P.hussain, reps: "Cllr Janet Fielding (Chair)",
    priority: PRIORITY.safe, reportingTo: "Safer Borough Partnership; Communities O&S annually", money: [35000, 35000], startYearsAgo: 4, endInMonths: null,
  }),
  clean({
    ref: "P-041", name: "Employment and Skills Board", purpose: "Local skills improvement plan and employment support",
    tier: "Strategic", legalForm: "Informal arrangement", partners: list(ORG.dwp, ORG.college, ORG.uni, ORG.chamber),
    status: "Active", directorate: "Place", sponsor: P.okafor, accountable: P.griffiths, reps: "Cllr Peter Walsh, Cllr Mohammed Ali",
    priority: PRIORITY.economy, reportingTo: "Cabinet – 6 monthly", money: ["£10,000", "£10,000"], startYearsAgo: 3, endInMonths: 28,
  }),
  planted(
    "planted",
    {
      ref: "P-042", name: "Safer Borough  partnership ", purpose: "Statutory community safety partnership (old entry)",
      tier: "Strategic", legalForm: "Statutory partnership (Crime and Disorder Act 1998)", partners: list(ORG.police, ORG.fire, ORG.ics, ORG.probation),
      status: "Active", directorate: "Communities", sponsor: P.ellis, accountable: P.carter, reps: "Cllr Tom O'Neill",
      priority: PRIORITY.safe, reportingTo: "Communities O&S Committee – annually", money: [25000, 25000], startYearsAgo: 16, endInMonths: null,
    },
    { lastReviewDate: serial(at(-20, 28)), riskRegisterReviewed: monYY(at(-20, 1)), comments: "Duplicate? check with CSP coordinator" },
    [
      { rule: "duplicate-partnership", field: "name", why: "\"Safer Borough  partnership \" is the same name as P-001 Safer Borough Partnership after normalising case and spacing" },
      { rule: "annual-review-overdue", field: "lastReviewDate", why: `last review ${serial(at(-20, 28))} (Excel serial for ${dmy(at(-20, 28))}), more than 12 months before the check date` },
      { rule: "risk-register-review-overdue", field: "riskRegisterReviewed", why: `risk register last reviewed \"${monYY(at(-20, 1))}\", more than 12 months before the check date` },
    ],
  ),
  clean({
    ref: "P-043", name: "Active Travel Partnership", purpose: "Walking and cycling infrastructure plan",
    tier: "Operational", legalForm: "Informal arrangement", partners: list(ORG.county, "Sustrans", "Harbridge Cycle Campaign"),
    status: "Active", directorate: "Place", sponsor: P.burke, accountable: P.brooks, reps: "Cllr Chris Bell",
    priority: PRIORITY.green, reportingTo: "Place O&S Committee – annually", money: [6000, 6000], startYearsAgo: 2, endInMonths: 40,
  }),
];

// Hand-picked touches on clean rows: the governance document that does not apply ("N/A", must
// not fire) and a couple of bare Excel serial numbers in date columns.
function cleanRow(ref: string, name: string): RowSpec {
  const r = ROWS.find((x) => x.kind === "clean" && x.values.ref === ref && x.values.name === name);
  if (!r) throw new Error(`no clean row ${ref}`);
  return r;
}
cleanRow("P-011", "Homelessness and Rough Sleeping Partnership").values.governanceDocument = "N/A";
cleanRow("P-009", "Safeguarding Adults Board").values.lastReviewDate = serial(at(-5, 30));
cleanRow("P-023", "Dementia Action Alliance").values.riskRegisterReviewed = serial(at(-3, 17));
cleanRow("P-008", "Children and Young People's Partnership").values.governanceDocument = "ToR agreed March 2024";
cleanRow("P-019", "Harbridge Regeneration Company Ltd").values.governanceDocument = "Articles & shareholders' agreement";

// Standards for England behaviour ratings from this year's annual evaluation of key partnerships
// (Dudley strategy), in ASSESS_HEADERS order. Roughly half the partnerships in scope were evaluated,
// rated as officers write them: a number, "4/5", a word. "NA" marks a partnership whose evaluation
// is booked but not done ("Not assessed" in every area); partnerships not listed are left blank,
// as are the out-of-scope and closed rows. Every rating here is readable, so none raises a finding.
const NA: Cell[] = ["Not assessed", "Not assessed", "Not assessed", "Not assessed", "Not assessed", "Not assessed"];
const RATINGS: Record<string, Cell[]> = {
  "Safer Borough Partnership": [4, 4, 3, 4, 5, 4],
  "Health and Wellbeing Board": [4, 5, "Good", 4, 5, 4],
  "Canal Corridor Regeneration Partnership": [4, 4, 3, 3, 2, 3],
  "Harbridge and Vale Local Enterprise Partnership": [3, 2, 3, 3, 2, 4],
  "Destination Management Partnership": NA,
  "Youth Offending Service Board": [2, 3, 2, "Adequate", 3, 2],
  "Children and Young People's Partnership": [5, 5, 4, 5, 5, 5],
  "Joint Waste Committee": ["4/5", "4/5", "3/5", "4/5", "5/5", "4/5"],
  "Harbridge Culture Trust": [3, 3, 4, 3, 2, 3],
  "Local Nature Partnership": [4, 5, 4, null, 4, null],
  "Digital Inclusion Partnership": NA,
  "Heritage Action Zone Partnership": ["Requires improvement", "Adequate", "Good", "Adequate", "Adequate", "Requires improvement"],
  "Climate Emergency Partnership (Net Zero Harbridge)": [3, 4, 4, 4, 4, 3],
  "Sport and Physical Activity Alliance": NA,
  "Affordable Housing Delivery Partnership": NA,
  "Music Education Hub": [5, 4, 5, 4, 5, 4],
  "Financial Inclusion Partnership": ["Good", "Excellent", "Good", "Good", "Excellent", "Good"],
  "Flood Risk Management Partnership": [3, 4, 2, 3, 4, 3],
  "Supporting Families Programme Board": [4, 3, null, null, null, null],
  "Better Care Fund Partnership": [2, 3, 3, 2, 3, 2],
  "Harbridge Town Deal Board": [3, 3, 3, 2, 1, 3],
  "Domestic Abuse Partnership Board": [5, 5, 4, 5, 5, 4],
  "Employment and Skills Board": ["3 out of 5", "4 out of 5", "3 out of 5", "4 out of 5", "4 out of 5", "3 out of 5"],
  "Active Travel Partnership": [4, 4, 4, 5, 4, 4],
};
for (const [name, ratings] of Object.entries(RATINGS)) {
  const row = ROWS.filter((r) => r.values.name === name);
  if (row.length !== 1) throw new Error(`RATINGS: expected one row named ${name}, found ${row.length}`);
  if (row[0]!.kind === "outOfScope" || row[0]!.kind === "closed") throw new Error(`RATINGS: ${name} is not scored, so is not rated`);
  ASSESS_FIELDS.forEach((f, i) => {
    row[0]!.values[f] = ratings[i] ?? null;
  });
}

// ---------------------------------------------------------------------------------------------
// Register of interests. Every person named on a clean row has a declaration dated within the
// 12 months before the check date, in an organisation that is none of their partnerships' partners,
// and not due for renewal within the 90 days after it (declaration-due-soon).

interface Decl {
  name: string;
  org: string;
  nature: string;
  date: Cell;
}
const fresh = (months: number, day: number, style: DateStyle = "cell") => D(at(-months, day), style);
const DECLARATIONS: Decl[] = [
  { name: "Price, Helen", org: "RTPI", nature: "Member of professional body", date: fresh(7, 15) },
  { name: "Mark Ellis", org: "Eastfield Rugby Club", nature: "Committee member (unpaid)", date: fresh(6, 2) },
  { name: "Priya Sharma", org: "Faculty of Public Health", nature: "Member", date: fresh(8, 10, "dmy") },
  { name: "David Okafor", org: "Institute of Economic Development", nature: "Member", date: fresh(8, 18) },
  { name: "Claire Whitfield", org: "Eastfield Choir", nature: "Treasurer (unpaid)", date: fresh(5, 20) },
  { name: "Gareth Jones", org: "St Anne's Primary School", nature: "School governor", date: fresh(8, 20) },
  { name: "Fiona Marsh", org: "Eastfield Allotments", nature: "Secretary (unpaid)", date: fresh(4, 8, "long") },
  { name: "Stephen Burke", org: "Eastfield Golf Club", nature: "Member", date: fresh(7, 29) },
  { name: "Robert Hale", org: "CIPFA", nature: "Member of professional body", date: fresh(8, 27) },
  { name: "Robert Hale", org: "Rotary Club of Eastfield", nature: "Member (superseded by later return)", date: D(at(-43, 1), "cell") },
  { name: "SMITH, Jane", org: "Ramblers", nature: "Volunteer walk leader", date: fresh(8, 3) },
  { name: "Ben Carter", org: "Unison", nature: "Trade union member", date: fresh(7, 1) },
  { name: "Laura Mitchell", org: "Eastfield Netball Club", nature: "Volunteer coach", date: fresh(6, 19, "dmy") },
  { name: "Imran Hussain", org: "Chartered Management Institute", nature: "Member", date: fresh(8, 9) },
  { name: "Nicola Brooks", org: "Girlguiding", nature: "Unit leader (volunteer)", date: fresh(5, 11) },
  { name: "Owen Griffiths", org: "parkrun", nature: "Volunteer", date: fresh(3, 4) },
  { name: "Councillor Tom O'Neill", org: "Labour Party", nature: "Political party membership", date: fresh(6, 20) },
  { name: "Sarah Lee", org: "Eastfield Tennis Club", nature: "Member", date: fresh(8, 25) },
  { name: "Cllr Amanda Fox", org: "Liberal Democrats", nature: "Political party membership", date: fresh(6, 20) },
  { name: "Anita Rao", org: "BMA", nature: "Member of professional body", date: fresh(8, 15) },
  { name: "Patel, Rajesh", org: "Eastfield Cricket Club", nature: "Club chair (unpaid)", date: fresh(5, 2, "dmy") },
  { name: "Cllr Peter Walsh", org: "Conservative Party", nature: "Political party membership", date: fresh(6, 20) },
  { name: "Cllr Peter Walsh", org: "Rotary Club of Eastfield", nature: "Member", date: D(at(-31, 1), "cell") },
  { name: "Councillor Janet Fielding", org: "Labour Party", nature: "Political party membership", date: fresh(6, 20) },
  { name: "Cllr Susan Hughes", org: "Labour Party", nature: "Political party membership", date: fresh(6, 20) },
  { name: "Mohammed Ali", org: "Eastfield Islamic Centre", nature: "Member of management committee", date: fresh(6, 27, "long") },
  { name: "Cllr Chris Bell", org: "Green Party", nature: "Political party membership", date: fresh(6, 20) },
  { name: "Cllr Margaret Dunn", org: "Canal & River Trust Ltd", nature: "Member of regional advisory board (unpaid)", date: fresh(10, 14) },
  { name: "Cllr Margaret Dunn", org: "Conservative Party", nature: "Political party membership", date: fresh(10, 14, "dmy") },
  { name: "Councillor Aisha Khan", org: "Eastfield Women's Network", nature: "Chair (unpaid)", date: fresh(6, 20) },
  { name: "Cllr Geoff Barnes", org: "Conservative Party", nature: "Political party membership", date: D(at(-17, 2), "dmy") },
  { name: "Cllr Daniel Kerr", org: "Eastfield Bowls Club", nature: "Member", date: D(at(-30, 23), "cell") },
];

// ---------------------------------------------------------------------------------------------
// Writing the workbook.

const HEADER_ROW = 4;
const FIRST_DATA_ROW = HEADER_ROW + 1;
const REGISTER_SHEET = "Partnerships 2026-27";

function colLetter(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const DATE_FIELDS = new Set<Key>(["startDate", "endDate", "lastReviewDate", "riskRegisterReviewed"]);
const MONEY_FIELDS = new Set<Key>(["annualContribution", "approvedAmount"]);
const THIN = { style: "thin" as const, color: { argb: "FFBFBFBF" } };

function writeAbout(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("About");
  ws.getColumn(1).width = 14;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 24;
  ws.getColumn(4).width = 60;
  ws.getCell("A1").value = "Harbridge Borough Council";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A2").value = "Register of Partnerships – guidance for officers";
  ws.getCell("A2").font = { bold: true, size: 12 };
  const prose = [
    "This workbook holds the Council's register of partnerships, kept under the Partnership Protocol (Constitution, Part 7).",
    "Every partnership the Council takes part in should be listed on the 'Partnerships 2026-27' sheet, with its sponsoring officer, lead officer and representatives.",
    "Sponsoring officers must review their entries at least once a year and whenever the partnership's arrangements change.",
    "Members' and officers' declarations are copied to the 'Register of interests' sheet from the Monitoring Officer's records.",
    "Please do not insert columns into the register without speaking to Corporate Governance first.",
  ];
  prose.forEach((line, i) => {
    ws.getCell(4 + i, 1).value = line;
  });
  ws.getCell("A10").value = "Contact: Corporate Governance Team, governance@harbridge-borough.example, 01632 960 123";
  ws.getCell("A10").font = { italic: true };
  ws.getCell("A12").value = "Version history";
  ws.getCell("A12").font = { bold: true };
  const versions: Cell[][] = [
    ["Version", "Date", "Author", "Changes"],
    ["1.0", at(-31, 2), "K Bryant", "First register under the revised protocol"],
    ["1.1", at(-23, 15), "K Bryant", "Added risk register and exit strategy columns"],
    ["2.0", at(-8, 1), "L Okoro", "New year's register; added register of interests sheet"],
    ["2.1", SAVED, "L Okoro", "Annual refresh; closed partnerships marked; behaviour ratings from the annual evaluation added"],
  ];
  versions.forEach((v, i) => {
    const row = ws.getRow(13 + i);
    v.forEach((c, j) => {
      const cell = row.getCell(j + 1);
      cell.value = c instanceof Date ? new Date(Date.UTC(c.getUTCFullYear(), c.getUTCMonth(), c.getUTCDate())) : (c as ExcelJS.CellValue);
      if (c instanceof Date) cell.numFmt = "dd/mm/yyyy";
      if (i === 0) cell.font = { bold: true };
    });
  });
}

interface Placed {
  spec: RowSpec;
  row: number;
}

function writeRegister(wb: ExcelJS.Workbook): { placed: Placed[]; totalRow: number; blankRows: number[] } {
  const ws = wb.addWorksheet(REGISTER_SHEET, {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW, topLeftCell: "C5", activeCell: "C5" }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const ncols = COLUMNS.length;
  COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });

  ws.getCell(1, 1).value = "Borough Council – Register of Partnerships 2026/27";
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, ncols);
  ws.getCell(2, 1).value = `Maintained by Corporate Governance. Last updated ${dmy(SAVED)}.`;
  ws.getCell(2, 1).font = { italic: true };
  ws.mergeCells(2, 1, 2, ncols);

  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerOf(c.key);
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: "top" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: isAssess(c.key) ? "FFE2EFDA" : "FFD9E1F2" } };
    cell.border = { bottom: { style: "medium" } };
  });
  header.height = 45;
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: ncols } };

  const placed: Placed[] = [];
  const blankRows: number[] = [];
  let r = FIRST_DATA_ROW;
  for (const spec of ROWS) {
    const row = ws.getRow(r);
    COLUMNS.forEach((c, i) => {
      const v = spec.values[c.key];
      if (v === null || v === undefined || v === "") return;
      const cell = row.getCell(i + 1);
      cell.value = v as ExcelJS.CellValue;
      cell.alignment = isAssess(c.key) ? { horizontal: "center", vertical: "top", wrapText: true } : { wrapText: true, vertical: "top" };
      cell.border = { bottom: THIN };
      if (v instanceof Date) cell.numFmt = "dd/mm/yyyy";
      else if (typeof v === "number" && MONEY_FIELDS.has(c.key)) cell.numFmt = "£#,##0";
    });
    placed.push({ spec, row: r });
    r++;
    for (let b = 0; b < (spec.blankAfter ?? 0); b++) blankRows.push(r++);
  }
  const lastDataRow = r - 1;

  // Totals row: a SUM over the contribution column, with the value Excel would cache
  // (SUM ignores the amounts typed as text).
  const totalRow = r;
  const contribCol = colIndex("annualContribution");
  const letter = colLetter(contribCol);
  const sum = placed.reduce((s, p) => {
    const v = p.spec.values.annualContribution;
    return typeof v === "number" ? s + v : s;
  }, 0);
  const tr = ws.getRow(totalRow);
  tr.getCell(1).value = "Total";
  tr.getCell(contribCol).value = { formula: `SUM(${letter}${FIRST_DATA_ROW}:${letter}${lastDataRow})`, result: sum };
  tr.getCell(contribCol).numFmt = "£#,##0";
  tr.font = { bold: true };
  tr.getCell(1).border = { top: { style: "thin" }, bottom: { style: "double" } };
  tr.getCell(contribCol).border = { top: { style: "thin" }, bottom: { style: "double" } };

  ws.getCell(totalRow + 2, 1).value = "Notes: figures are annual unless stated.";
  ws.getCell(totalRow + 3, 1).value = "* Contribution figures subject to budget setting.";
  ws.getCell(totalRow + 2, 1).font = { italic: true };
  ws.getCell(totalRow + 3, 1).font = { italic: true };
  return { placed, totalRow, blankRows };
}

function writeInterests(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Register of interests", { views: [{ state: "frozen", ySplit: 1 }] });
  const widths = [28, 36, 40, 14];
  ["Name", "Organisation", "Nature of interest", "Date declared"].forEach((h, i) => {
    const cell = ws.getCell(1, i + 1);
    cell.value = h;
    cell.font = { bold: true };
    ws.getColumn(i + 1).width = widths[i]!;
  });
  DECLARATIONS.forEach((d, i) => {
    const row = ws.getRow(2 + i);
    row.getCell(1).value = d.name;
    row.getCell(2).value = d.org;
    row.getCell(3).value = d.nature;
    row.getCell(4).value = d.date as ExcelJS.CellValue;
    if (d.date instanceof Date) row.getCell(4).numFmt = "dd/mm/yyyy";
  });
}


async function main(): Promise<void> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const outDir = path.resolve(here, "..", "examples");
  mkdirSync(outDir, { recursive: true });

  const wb = new ExcelJS.Workbook();
  wb.creator = "Corporate Governance";
  wb.lastModifiedBy = "L Okoro";
  wb.company = "Harbridge Borough Council";
  wb.title = "Register of Partnerships 2026/27";
  wb.created = new Date(Date.UTC(2024, 3, 2, 9, 0, 0));
  wb.modified = SAVED;

  writeAbout(wb);
  const { placed, totalRow, blankRows } = writeRegister(wb);
  writeInterests(wb);

  const buf = pinZipTimestamps(Buffer.from(await wb.xlsx.writeBuffer()), SAVED);
  const xlsxPath = path.join(outDir, "partnership-register.xlsx");
  writeFileSync(xlsxPath, buf);

  const text = (c: Cell) => (typeof c === "string" ? c : String(c ?? ""));
  const manifest = {
    checkDate: CHECK_DATE,
    registerSheet: REGISTER_SHEET,
    headerRow: HEADER_ROW,
    partnerships: placed.length,
    blankRows,
    totalRow,
    interestsSheet: "Register of interests",
    columns: COLUMNS.map((c, i) => ({ column: colLetter(i + 1), header: headerOf(c.key), field: c.key === "comments" || c.key === "updatedBy" ? null : c.key })),
    /** The Standards for England behaviour ratings as written, per partnership rated this year ("Not assessed" and blank cells are not ratings). */
    ratings: placed
      .filter((p) => ASSESS_FIELDS.some((f) => p.spec.values[f] !== null && p.spec.values[f] !== "Not assessed"))
      .map((p) => ({ ref: text(p.spec.values.ref), name: text(p.spec.values.name), row: p.row, ratings: ASSESS_FIELDS.map((f) => p.spec.values[f]) })),
    clean: placed.filter((p) => p.spec.kind === "clean").map((p) => ({ ref: text(p.spec.values.ref), name: text(p.spec.values.name), row: p.row })),
    planted: placed.flatMap((p) =>
      p.spec.plants.map((pl) => ({ ref: text(p.spec.values.ref), name: text(p.spec.values.name), row: p.row, rule: pl.rule, field: pl.field, why: pl.why })),
    ),
  };
  const plantedRows = placed.filter((p) => p.spec.kind !== "clean");
  for (const p of plantedRows) if (p.spec.plants.length === 0) throw new Error(`row ${p.row} is marked planted but plants nothing`);
  writeFileSync(path.join(outDir, "planted-gaps.json"), JSON.stringify(manifest, null, 2) + "\n");

  const rules = new Set(manifest.planted.map((p) => p.rule));
  console.log(
    `wrote ${path.relative(process.cwd(), xlsxPath)}: ${placed.length} partnerships (${manifest.clean.length} clean, ${plantedRows.length} planted), ` +
      `${manifest.planted.length} expected findings over ${rules.size} rules; ${DECLARATIONS.length} declarations`,
  );
}

await main();
