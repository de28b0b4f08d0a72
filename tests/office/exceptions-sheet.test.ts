// Recording an accepted exception through Office.js, against the recording fake: the sheet made when missing, a row
// appended under the user's own header otherwise, text kept as text, refusals in plain English, few syncs.
import { describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import { EXCEPTIONS_HEADERS } from "../../src/domain/exceptions/read-exceptions.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { hostUserName, noHeaderMessage } from "../../src/office/exceptions-sheet.js";
import { excelSerial } from "../../src/office/render-tab.js";
import { WorkbookProblem, type ExceptionRow } from "../../src/office/workbook-session.js";
import { FakeWorkbook, type FakeWorkbookOptions } from "./fake-excel.js";
import { registerRows, TODAY } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const open = sessionsPerTest();
const SHEET = "Accepted exceptions";

const ENTRY: ExceptionRow = {
  rule: "exit-strategy-missing",
  ref: "P-00001",
  partnership: '=HYPERLINK("http://x","y")',
  reason: "Ends in March 2027: exit is covered by the contract's end.",
  by: "J Smith, Head of Policy",
  until: "2027-02-28",
};

function workbook(options: FakeWorkbookOptions = {}): FakeWorkbook {
  const wb = new FakeWorkbook(options);
  wb.addSheet("Register", registerRows(12));
  return wb;
}

async function problemOf(p: Promise<unknown>): Promise<WorkbookProblem> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(WorkbookProblem);
  return e as WorkbookProblem;
}

describe("a workbook with no Accepted exceptions sheet", () => {
  it("gets the sheet, a bold header row exactly Rule | Ref | Partnership | Reason | Accepted by | Until, and the row, in 2 syncs", async () => {
    const wb = workbook();
    const register = wb.snapshot("Register");
    wb.resetLog();
    const written = await open(wb).appendException(ENTRY);
    expect(written).toEqual({ sheet: SHEET, row: 2, created: true });
    expect(wb.sheetNames()).toEqual(["Register", SHEET]);
    expect(wb.read(SHEET, "A1:F1")).toEqual([[...EXCEPTIONS_HEADERS]]);
    expect(EXCEPTIONS_HEADERS).toEqual(["Rule", "Ref", "Partnership", "Reason", "Accepted by", "Until"]);
    for (const a of ["A1", "C1", "F1"]) expect(wb.cell(SHEET, a).style["font.bold"], a).toBe(true);
    expect(wb.cell(SHEET, "A2").style["font.bold"]).toBeUndefined();
    expect(wb.read(SHEET, "A2:E2")).toEqual([[ENTRY.rule, ENTRY.ref, ENTRY.partnership, ENTRY.reason, ENTRY.by]]);
    expect(wb.sheet(SHEET).freezeRows).toBe(1);
    // The user's sheet: no generated-tab marker anywhere in column A.
    expect(wb.read(SHEET, "A1:A3").flat().some((v) => String(v ?? "").startsWith(TAB_MARKER))).toBe(false);
    expect(wb.snapshot("Register")).toBe(register);
    expect(wb.runs).toBe(1);
    expect(wb.syncLog).toHaveLength(2);
    expect(wb.syncLog.every((s) => !s.error)).toBe(true);
  });

  it("writes Until as a real date shown dd/mm/yyyy, and every text as text (never a formula)", async () => {
    const wb = workbook();
    const tricky: ExceptionRow = { ...ENTRY, ref: "+44 1234", reason: "=SUM(A1:A9)", by: "@j.smith", partnership: "-5 days" };
    await open(wb).appendException(tricky);
    const until = wb.cell(SHEET, "F2");
    expect(until.value).toBe(excelSerial("2027-02-28"));
    expect(typeof until.value).toBe("number");
    expect(until.numberFormat).toBe("dd/mm/yyyy");
    expect(until.formula).toBeNull();
    for (const [a, v] of [["B2", "+44 1234"], ["C2", "-5 days"], ["D2", "=SUM(A1:A9)"], ["E2", "@j.smith"], ["A1", "Rule"]] as const) {
      const cell = wb.cell(SHEET, a);
      expect(cell.value, a).toBe(v);
      expect(cell.formula, a).toBeNull();
      expect(cell.numberFormat, a).toBe("@");
    }
    expect(wb.sheet(SHEET).formulas.size).toBe(0);
  });

  it("is read back by the check: the finding it names is accepted, with the reason, who and until", async () => {
    const wb = workbook();
    const session = open(wb);
    const before = check(await session.readGrids(), defaultProfile(), TODAY);
    const target = before.findings.find((f) => f.rule === "exit-strategy-missing" && f.ref === "P-00002")!;
    expect(target.status).toBe("open");
    await session.appendException({ ...ENTRY, ref: target.ref, partnership: target.partnership });
    const after = check(await session.readGrids(), defaultProfile(), TODAY);
    const accepted = after.findings.find((f) => f.rule === "exit-strategy-missing" && f.ref === "P-00002")!;
    expect(accepted.status).toBe("accepted");
    expect(accepted.exception).toEqual({ reason: ENTRY.reason, by: ENTRY.by, until: "2027-02-28", row: 2 });
    expect(after.exceptions).toMatchObject({ sheet: SHEET, headerRow: 1, rows: 1, expired: 0, unused: 0 });
    expect(after.register?.sheet).toBe("Register");
  });

  it("a protected workbook structure: refused up front, saying what to do, and nothing added", async () => {
    const wb = workbook({ structureProtected: true });
    const p = await problemOf(open(wb).appendException(ENTRY));
    expect(p.kind).toBe("protected");
    expect(p.message).toBe(
      "The workbook's structure is protected, so the add-in cannot add the Accepted exceptions sheet: unprotect it (Review › Protect Workbook) and try again.",
    );
    expect(wb.sheetNames()).toEqual(["Register"]);
  });

  it("a read-only workbook: refused up front, saying what to do", async () => {
    const wb = workbook({ readOnly: true });
    const p = await problemOf(open(wb).appendException(ENTRY));
    expect(p.kind).toBe("readOnly");
    expect(p.message).toMatch(/^This workbook is open read-only, so the add-in cannot record the accepted exception: open an editable copy/);
    expect(wb.sheetNames()).toEqual(["Register"]);
  });

  it("a write Excel refuses part-way leaves no half-made sheet behind", async () => {
    const wb = workbook();
    wb.failWhen = (op) => (op.member === "values" && op.sheet === SHEET ? "InvalidOperation" : null);
    const p = await problemOf(open(wb).appendException(ENTRY));
    expect(p.message).toMatch(/^Excel refused to let the add-in record the accepted exception/);
    expect(p.message).not.toMatch(/InvalidOperation|Refused by the test/);
    expect(wb.sheetNames()).toEqual(["Register"]);
  });

  it("works on Excel 2019 (ExcelApi 1.7), where the workbook cannot say it is read-only", async () => {
    const wb = workbook({ excelApi: "1.7" });
    expect(await open(wb).appendException(ENTRY)).toEqual({ sheet: SHEET, row: 2, created: true });
    expect(wb.read(SHEET, "A2:B2")).toEqual([[ENTRY.rule, ENTRY.ref]]);
  });
});

describe("a workbook that has the sheet", () => {
  it("appends after the last row in use, in 3 syncs, leaving the rows above exactly as they were", async () => {
    const wb = workbook();
    wb.addSheet(SHEET, [
      [...EXCEPTIONS_HEADERS],
      ["annual-review-overdue", "P-00004", "Partnership 4", "Reviewed in committee", "A Khan", 46387],
      [],
      ["business-case-missing", "P-00008", "Partnership 8", "Pre-dates the protocol", "A Khan", ""],
    ]);
    const rowsBefore = JSON.stringify(wb.read(SHEET, "A1:F4"));
    wb.resetLog();
    const written = await open(wb).appendException(ENTRY);
    expect(written).toEqual({ sheet: SHEET, row: 5, created: false });
    expect(JSON.stringify(wb.read(SHEET, "A1:F4"))).toBe(rowsBefore);
    expect(wb.read(SHEET, "A5:F5")).toEqual([[ENTRY.rule, ENTRY.ref, ENTRY.partnership, ENTRY.reason, ENTRY.by, excelSerial(ENTRY.until)]]);
    expect(wb.cell(SHEET, "F5").numberFormat).toBe("dd/mm/yyyy");
    expect(wb.cell(SHEET, "C5").formula).toBeNull();
    expect(wb.sheetNames()).toEqual(["Register", SHEET]);
    expect(wb.syncLog).toHaveLength(3);
    expect(wb.runs).toBe(1);
  });

  it("follows the user's own header: a title above it, columns moved, other columns kept, a name in any case", async () => {
    const wb = workbook();
    const name = "ACCEPTED EXCEPTIONS";
    wb.addSheet(name, [
      ["Exceptions agreed by the Partnerships Board"],
      [],
      ["Partnership", "Notes", "Rule code", "Until", "Reason", "Accepted by", "Ref"],
      ["Partnership 4", "see minutes", "annual-review-overdue", 46387, "Reviewed in committee", "A Khan", "P-00004"],
    ]);
    const written = await open(wb).appendException(ENTRY);
    expect(written).toEqual({ sheet: name, row: 5, created: false });
    expect(wb.read(name, "A5:G5")).toEqual([[ENTRY.partnership, null, ENTRY.rule, excelSerial(ENTRY.until), ENTRY.reason, ENTRY.by, ENTRY.ref]]);
    expect(wb.cell(name, "A5").formula).toBeNull();
    expect(wb.cell(name, "D5").numberFormat).toBe("dd/mm/yyyy");
    // The user's Notes column is not written to.
    expect(wb.cell(name, "B5").numberFormat).toBe("General");
    expect(wb.sheetNames()).toEqual(["Register", name]);
  });

  it("adds a column the header lacks to the right of everything in use, headed as the reader expects", async () => {
    const wb = workbook();
    wb.addSheet(SHEET, [
      ["Rule", "Partnership", "Reason", "", "Comment"],
      ["annual-review-overdue", "Partnership 4", "Reviewed in committee", "", "ok"],
    ]);
    expect(await open(wb).appendException(ENTRY)).toEqual({ sheet: SHEET, row: 3, created: false });
    expect(wb.read(SHEET, "A1:H1")).toEqual([["Rule", "Partnership", "Reason", null, "Comment", "Ref", "Accepted by", "Until"]]);
    expect(wb.cell(SHEET, "F1").style["font.bold"]).toBe(true);
    expect(wb.read(SHEET, "A3:H3")).toEqual([[ENTRY.rule, ENTRY.partnership, ENTRY.reason, null, null, ENTRY.ref, ENTRY.by, excelSerial(ENTRY.until)]]);
  });

  it("an empty sheet of that name gets the header row and the row", async () => {
    const wb = workbook();
    wb.addSheet(SHEET, []);
    expect(await open(wb).appendException(ENTRY)).toEqual({ sheet: SHEET, row: 2, created: false });
    expect(wb.read(SHEET, "A1:F1")).toEqual([[...EXCEPTIONS_HEADERS]]);
    expect(wb.read(SHEET, "A2:B2")).toEqual([[ENTRY.rule, ENTRY.ref]]);
  });

  it("a sheet of that name with no header it can read: refused, saying what to do, and left alone", async () => {
    const wb = workbook();
    wb.addSheet(SHEET, [["Things we agreed"], ["The board accepted the late review of P-4."]]);
    const before = wb.snapshot(SHEET);
    const p = await problemOf(open(wb).appendException(ENTRY));
    expect(p.kind).toBe("refused");
    expect(p.message).toBe(noHeaderMessage(SHEET));
    expect(p.message).toContain("Rule | Ref | Partnership | Reason | Accepted by | Until");
    expect(wb.snapshot(SHEET)).toBe(before);
  });

  it("a protected sheet: refused up front with the plain-English message, and left alone", async () => {
    const wb = workbook();
    wb.addSheet(SHEET, [[...EXCEPTIONS_HEADERS]], { protected: true });
    const before = wb.snapshot(SHEET);
    wb.resetLog();
    const p = await problemOf(open(wb).appendException(ENTRY));
    expect(p.kind).toBe("protected");
    expect(p.message).toBe(
      'The sheet "Accepted exceptions" is protected, so the add-in cannot record the accepted exception: unprotect it (Review › Unprotect Sheet) and try again.',
    );
    expect(wb.snapshot(SHEET)).toBe(before);
    expect(wb.syncLog).toHaveLength(1);
  });

  it("a protected workbook structure does not stop a row on an existing sheet", async () => {
    const wb = workbook({ structureProtected: true });
    wb.addSheet(SHEET, [[...EXCEPTIONS_HEADERS]]);
    expect(await open(wb).appendException(ENTRY)).toEqual({ sheet: SHEET, row: 2, created: false });
  });
});

describe("who is accepting", () => {
  it("is the host's signed-in user where Office says it, else blank", () => {
    expect(hostUserName({ mailbox: { userProfile: { displayName: " Jane Smith " } } })).toBe("Jane Smith");
    expect(hostUserName({ document: {}, requirements: {} })).toBeNull();
    expect(hostUserName({ mailbox: { userProfile: { displayName: "" } } })).toBeNull();
    expect(hostUserName(undefined)).toBeNull();
    expect(hostUserName(null)).toBeNull();
  });
});
