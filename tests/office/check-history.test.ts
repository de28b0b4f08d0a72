// The Check history tab through Office.js: written with the other tabs, then read back (alone of our tabs) so the
// next check says what changed since the last one.
import { describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import { changesLine } from "../../src/domain/history/changes.js";
import { HISTORY_TITLE } from "../../src/domain/history/history-sheet.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { formatUkDate } from "../../src/domain/register/calendar.js";
import { reportTabs } from "../../src/domain/tabs/report-tabs.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { FakeWorkbook } from "./fake-excel.js";
import { HEADERS, registerRows, TODAY } from "./registers.js";
import { sessionsPerTest } from "./sessions.js";

const open = sessionsPerTest();
const TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];

describe("the Check history tab in the open workbook", () => {
  it("is the one tab of ours read back, so the next check reports what is new and what was resolved", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", registerRows(30));
    const session = open(wb);
    const profile = defaultProfile();

    const first = check(await session.readGrids(), profile, TODAY);
    expect(first.changes ?? null).toBeNull();
    const specs = reportTabs(first, profile, { file: null, sheet: "Register", profile: profile.name, today: TODAY });
    expect(specs.map((s) => s.name)).toEqual(TABS);
    expect(await session.writeTabs(specs)).toEqual(TABS);
    expect(wb.cell(HISTORY_TITLE, "A1").value).toBe(HISTORY_TITLE);
    expect(String(wb.cell(HISTORY_TITLE, "A2").value)).toMatch(new RegExp(`^${TAB_MARKER}`));

    // Put one gap right in the register: P-00006 now has an exit strategy.
    const exit = HEADERS.indexOf("Exit strategy");
    const row = registerRows(30).findIndex((r) => r[0] === "P-00006");
    const fixed = first.findings.filter((f) => f.ref === "P-00006" && f.rule === "exit-strategy-missing");
    expect(fixed).toHaveLength(1);
    wb.sheet("Register").values[row]![exit] = "Yes";

    const grids = await session.readGrids();
    expect(grids.map((g) => g.name)).toEqual(["Register", HISTORY_TITLE]);
    const second = check(grids, profile, TODAY);
    expect(second.register?.sheet).toBe("Register");
    expect(second.history).toHaveLength(1);
    expect(second.changes).toMatchObject({ since: TODAY, new: [], unchanged: expect.any(Number) as number });
    expect(second.changes!.resolved.map((k) => [k.rule, k.ref])).toEqual([["exit-strategy-missing", "P-00006"]]);
    expect(changesLine(second.changes!, formatUkDate)).toBe(`0 new, 1 resolved since ${formatUkDate(TODAY)}`);

    // Written again, the history keeps both checks (the same date replaces the earlier row) and is not duplicated.
    expect(await session.writeTabs(reportTabs(second, profile, { file: null, sheet: "Register", profile: profile.name, today: TODAY }))).toEqual(TABS);
    expect(wb.sheetNames()).toEqual(["Register", ...TABS]);
    const third = check(await session.readGrids(), profile, TODAY);
    expect(third.history).toHaveLength(1);
    expect(changesLine(third.changes!, formatUkDate)).toBe(`0 new, 0 resolved since ${formatUkDate(TODAY)}`);
  });

  it("is never offered as the register sheet", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Register", registerRows(5));
    const session = open(wb);
    const profile = defaultProfile();
    const report = check(await session.readGrids(), profile, TODAY);
    await session.writeTabs(reportTabs(report, profile, { file: null, sheet: "Register", profile: profile.name, today: TODAY }));
    const sheets = await session.sheets();
    expect(sheets.filter((s) => !s.ours).map((s) => s.name)).toEqual(["Register"]);
    expect(sheets.find((s) => s.name === HISTORY_TITLE)?.ours).toBe(true);
  });
});
