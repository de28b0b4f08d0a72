// Requirement sets, settings, selecting a cell, and the plain-English problems.
import { describe, expect, it } from "vitest";
import { createExcelSession, type ExcelRun, type OfficeHost } from "../../src/office/excel-session.js";
import { toWorkbookProblem } from "../../src/office/problems.js";
import { detectCapabilities, hasMinimum, MIN_EXCEL_API, OPTIONAL_FEATURES } from "../../src/office/requirements.js";
import { CHOICES_KEY, PROFILES_KEY } from "../../src/office/settings.js";
import { WorkbookProblem } from "../../src/office/workbook-session.js";
import { FakeOfficeError, FakeWorkbook } from "./fake-excel.js";
import { registerWorkbook } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const open = sessionsPerTest();

const capped = (max: string) => (name: string, version?: string) => {
  const [a, b] = (version ?? "1.1").split(".").map(Number);
  const [x, y] = max.split(".").map(Number);
  return name === "ExcelApi" && (a! < x! || (a === x && b! <= y!));
};

describe("requirement sets", () => {
  it("needs ExcelApi 1.7 (Office 2019 volume licence) and detects everything newer", () => {
    expect(MIN_EXCEL_API).toBe("1.7");
    expect(OPTIONAL_FEATURES.every((f) => f.set === "ExcelApi" && Number(f.version.split(".")[1]) > 7)).toBe(true);
    expect(hasMinimum(capped("1.7"))).toBe(true);
    expect(hasMinimum(capped("1.6"))).toBe(false);
    expect(Object.values(detectCapabilities(capped("1.7"))).some(Boolean)).toBe(false);
    expect(detectCapabilities(capped("1.8"))).toEqual({
      calculationMode: true,
      readOnlyFlag: true,
      dataValidation: true,
      screenUpdating: false,
      pageLayout: false,
      autoFilter: false,
      visibleCells: false,
    });
    expect(Object.values(detectCapabilities(capped("1.10"))).every(Boolean)).toBe(true);
  });

  it("treats an isSetSupported that throws as 'not supported'", () => {
    expect(
      detectCapabilities(() => {
        throw new Error("no requirements API");
      }).calculationMode,
    ).toBe(false);
  });
});

describe("settings in the workbook", () => {
  it("remembers the user's choices for the next session on the same workbook", async () => {
    const wb = registerWorkbook(3);
    const choices = { sheet: "Register", profile: "Dudley", columns: { "Lead officer": "accountableOfficer" as const, Notes: null } };
    await open(wb).saveChoices(choices);
    expect(JSON.parse(wb.savedSettings.get(CHOICES_KEY)!)).toEqual(choices);
    expect(open(wb).loadChoices()).toEqual(choices);
  });

  it("starts with no choices, and drops stored mappings to fields it does not know", () => {
    const wb = registerWorkbook(3);
    expect(open(wb).loadChoices()).toEqual({});
    wb.savedSettings.set(CHOICES_KEY, JSON.stringify({ sheet: 7, columns: { A: "ref", B: "noSuchField", C: null } }));
    expect(open(wb).loadChoices()).toEqual({ columns: { A: "ref", C: null } });
  });

  it("lists the profiles stored in the workbook", () => {
    const wb = registerWorkbook(3);
    wb.savedSettings.set(PROFILES_KEY, JSON.stringify([{ name: "Dudley", json: { name: "Dudley", rules: {} } }, { bad: true }]));
    expect(open(wb).storedProfiles()).toEqual([{ name: "Dudley", json: { name: "Dudley", rules: {} } }]);
  });

  it("says plainly when the settings cannot be saved", async () => {
    const wb = registerWorkbook(3);
    wb.failSettingsSave = true;
    const error = (await open(wb)
      .saveChoices({ sheet: "Register" })
      .catch((e: unknown) => e)) as WorkbookProblem;
    expect(error).toBeInstanceOf(WorkbookProblem);
    expect(error.message).toMatch(/could not save.*will not be remembered/);
  });
});

describe("selecting a finding's cell", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const wb = registerWorkbook(3);
    wb.addSheet("Other");
    await open(wb).select("Register", "C3");
    expect(wb.activeSheet).toBe("Register");
    expect(wb.selection).toBe("Register!C3");
    expect(wb.syncLog).toHaveLength(1);
  });

  it("says the sheet is gone when it was renamed or deleted", async () => {
    const wb = registerWorkbook(3);
    const error = (await open(wb)
      .select("Partnerships", "C3")
      .catch((e: unknown) => e)) as WorkbookProblem;
    expect(error.message).toBe('There is no sheet called "Partnerships" in this workbook any more: check the sheet\'s name, or run the check again.');
  });
});

describe("problems in plain English", () => {
  const ctx = { action: "write the report tabs" };
  it.each([
    ["AccessDenied", "protected", /protected, read-only or shared/],
    ["InsufficientPermissions", "readOnly", /ask its owner for edit access/],
    ["InvalidOperation", "refused", /turn off sharing and protection/],
    ["ItemAlreadyExists", "refused", /rename or remove anything whose name starts with "PRA"/],
    ["RequestPayloadSizeLimitExceeded", "tooLarge", /Excel for Windows or Mac/],
    ["ResponsePayloadSizeLimitExceeded", "tooLarge", /Excel for Windows or Mac/],
    ["Conflict", "busy", /wait a moment/],
    ["ActivityLimitReached", "busy", /wait a minute/],
    ["UnsupportedOperation", "unsupported", /update Office/],
    ["GeneralException", "unknown", /\(GeneralException\): try again/],
  ] as const)("%s becomes one sentence saying what to do (%s)", (code, kind, text) => {
    const p = toWorkbookProblem(new FakeOfficeError(code, "raw"), ctx);
    expect(p.kind).toBe(kind);
    expect(p.message).toMatch(text);
    expect(p.message).toContain("write the report tabs");
    expect(p.message.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
  });
});

describe("the session takes Excel.run and Office.context as they are", () => {
  it("type-checks with the real globals' types (this is what the pane writes)", () => {
    const make = (): unknown => createExcelSession(Excel.run, Office.context);
    const asRun: (r: typeof Excel.run) => ExcelRun = (r) => r;
    const asHost: (c: typeof Office.context) => OfficeHost = (c) => c;
    expect([make, asRun, asHost].every((f) => typeof f === "function")).toBe(true);
  });
});
