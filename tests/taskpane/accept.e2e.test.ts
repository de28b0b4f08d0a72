// Accepting a finding, the changes line and the Evaluation sheet, end to end in headless Chromium on the production
// build with the fake Excel host (see pane-harness.ts). Screenshots: docs/taskpane-accept.png (the form, filled in),
// docs/taskpane-changes.png (the results after the check ran again: counts, accepted, the changes line) and
// docs/taskpane-accepted.png (the finding under Accepted).
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import { EVALUATION_SHEET } from "../../src/domain/evaluation/read-evaluation.js";
import { EXCEPTIONS_HEADERS } from "../../src/domain/exceptions/read-exceptions.js";
import type { Grid } from "../../src/domain/model.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import { summarise } from "../../src/domain/summary.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { sheetExistsMessage } from "../../src/office/evaluation-sheet.js";
import { excelSerial } from "../../src/office/render-tab.js";
import { fake, paneSuite, runCheck, setDate, shot, shownCounts } from "./pane-harness.js";
import type { SampleSheet } from "./sample-workbook.js";

const TODAY = "2026-11-30";
const UNTIL = "2027-02-28"; // three months after the check date, at the end of the shorter month
const SHEET = "Accepted exceptions";
const PARTNERSHIP = "Youth Offending Service Board";
const RULE = "sponsoring-officer-missing";
const REASON = "=Interim: the Board appoints its new sponsor at its January meeting.";
const BY = "J Smith, Head of Community Safety";

const suite = paneSuite();

function openCounts(g: Grid[]): Record<string, number> {
  return summarise(check(g, defaultProfile(), TODAY)).bySeverity;
}

/** Opens the partnership's group and returns the finding's row (its button and its Accept… button). */
async function findingItem(page: Page, partnership: string, rule: string) {
  const group = page.getByTestId("finding-group").filter({ hasText: partnership });
  const item = group.getByTestId("finding-item").filter({ has: page.locator(`[data-rule="${rule}"]`) });
  if (!(await item.isVisible())) await group.getByRole("button").first().click();
  await item.waitFor();
  return item;
}

describe("accepting a finding as an exception", () => {
  let page: Page;
  let before: Record<string, number>;

  beforeAll(async () => {
    page = await suite.harness.openPane({ sheets: suite.example });
    await setDate(page, TODAY);
    await runCheck(page);
    before = await shownCounts(page);
  }, 120_000);

  it("shows no changes line on a first check, and offers Accept… only on partnership findings", async () => {
    expect(before).toEqual(openCounts(suite.grids));
    expect(await page.getByTestId("changes-line").count()).toBe(0);
    expect(await page.getByTestId("accepted-findings").count()).toBe(0);
    const report = check(suite.grids, defaultProfile(), TODAY);
    const acceptable = report.findings.filter((f) => f.row !== null && f.sheet === report.register?.sheet && (f.ref || f.partnership));
    // Each group's findings are listed (collapsed panels stay in the page once opened): open them all and count.
    const groups = page.getByTestId("finding-group");
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole("button").first().click();
    expect(await page.getByTestId("accept").count()).toBe(acceptable.length);
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole("button").first().click();
  });

  it("writes the report tabs, so the next check can compare with this one", async () => {
    await page.getByRole("button", { name: "Write report tabs" }).click();
    await page.getByText("Report tabs written").waitFor();
    expect(await fake(page, (f) => f.sheetNames())).toContain("Check history");
  });

  it("asks plainly for what is missing, and will not take an Until before the check date", async () => {
    const item = await findingItem(page, PARTNERSHIP, RULE);
    await item.getByRole("button", { name: "Accept…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.getByTestId("accept-finding").textContent()).toContain(PARTNERSHIP);
    // Until starts three months after the check date; Accepted by is blank (Excel does not say who is signed in).
    expect(await dialog.getByLabel("Until").inputValue()).toBe(UNTIL);
    expect(await dialog.getByLabel("Accepted by").inputValue()).toBe("");

    await dialog.getByLabel("Until").fill("2026-11-01");
    await dialog.getByRole("button", { name: "Save exception" }).click();
    await dialog.getByText("Say why this finding is accepted: anyone reviewing the exception will read this.").waitFor();
    expect(await dialog.getByText("Enter the name of the officer who accepts this finding.").count()).toBe(1);
    expect(
      await dialog.getByText("This date is before the check date (30 November 2026), so the exception would already have expired: choose a later date.").count(),
    ).toBe(1);
    // The first field to put right has the focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("accept-reason");
    expect(await fake(page, (f) => f.sheetNames())).not.toContain(SHEET);

    await dialog.getByLabel("Until").fill(UNTIL);
    await dialog.getByLabel("Reason").fill(REASON);
    await dialog.getByLabel("Accepted by").fill(BY);
    expect(await dialog.locator(".fui-Field__validationMessage").count()).toBe(0);
    await shot(page, "taskpane-accept.png");
  }, 60_000);

  it("on Save adds the row to a new Accepted exceptions sheet, checks again, and shows the finding as accepted", async () => {
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Save exception" }).click();
    await page.getByTestId("message-success").getByText("Finding accepted").waitFor();
    await dialog.waitFor({ state: "detached" });
    // As after every check, the pane takes the user (and the screen reader) to the results.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName)).toBe("results-heading");

    // The workbook: the user's sheet (no marker), the exact header in bold, the row with text as text and a real date.
    const sheet = await fake(page, (f) => ({
      names: f.sheetNames(),
      header: f.read("Accepted exceptions", "A1:F1"),
      row: f.read("Accepted exceptions", "A2:F2"),
      bold: f.cell("Accepted exceptions", "A1").style["font.bold"] ?? null,
      reason: f.cell("Accepted exceptions", "D2"),
      until: f.cell("Accepted exceptions", "F2"),
      formulas: f.sheet("Accepted exceptions").formulas.size,
      rows: f.sheet("Accepted exceptions").values.filter(Boolean).length,
    }));
    expect(sheet.names).toContain(SHEET);
    expect(sheet.header).toEqual([[...EXCEPTIONS_HEADERS]]);
    expect(sheet.bold).toBe(true);
    expect(sheet.row).toEqual([[RULE, "P-007", PARTNERSHIP, REASON, BY, excelSerial(UNTIL)]]);
    expect(sheet.reason).toMatchObject({ value: REASON, formula: null, numberFormat: "@" });
    expect(sheet.until).toMatchObject({ numberFormat: "dd/mm/yyyy", formula: null });
    expect(sheet.formulas).toBe(0);
    expect(sheet.rows).toBe(2);
    expect(String(sheet.row[0]![0]).startsWith(TAB_MARKER)).toBe(false);

    // The pane: counts of open findings dropped by the one accepted, which shows apart with its reason, who and until.
    const after = await shownCounts(page);
    expect(after).toEqual({ ...before, error: before.error! - 1 });
    const withSheet: Grid[] = [
      ...suite.grids,
      { name: SHEET, rows: [[...EXCEPTIONS_HEADERS], [RULE, "P-007", PARTNERSHIP, REASON, BY, excelSerial(UNTIL)]] },
    ];
    expect(after).toEqual(openCounts(withSheet));
    expect(await page.getByTestId("accepted-count").textContent()).toBe("1 finding accepted as an exception, not counted here: see Accepted below.");
    const accepted = page.getByTestId("accepted-finding");
    expect(await accepted.count()).toBe(1);
    expect(await accepted.getAttribute("data-rule")).toBe(RULE);
    const text = (await accepted.textContent()) ?? "";
    expect(text).toContain("Accepted");
    expect(text).toContain(PARTNERSHIP);
    expect(await accepted.getByTestId("accepted-by").textContent()).toBe(`Accepted by ${BY} until 28 February 2027. Reason: ${REASON}`);
    // No longer among the partnership's open findings.
    const group = page.getByTestId("finding-group").filter({ hasText: PARTNERSHIP });
    expect(await group.locator(`[data-testid="finding"][data-rule="${RULE}"]`).count()).toBe(0);

    // This check ran after the tabs were written: the changes line counts the accepted finding as resolved.
    expect(await page.getByTestId("changes-line").textContent()).toBe("0 new, 1 resolved since 30 November 2026");
    expect(await page.getByText(/Added the “Accepted exceptions” sheet and recorded the exception for sponsoring-officer-missing on Youth Offending Service Board · P-007 on row 2/).count()).toBe(1);

    await page.evaluate(() => document.getElementById("results-heading")?.scrollIntoView({ block: "start" }));
    await shot(page, "taskpane-changes.png");
    await page.getByTestId("accepted-findings").scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("accepted-heading")?.scrollIntoView({ block: "start" }));
    await shot(page, "taskpane-accepted.png");
  }, 60_000);

  it("a second Accept… goes on the next row of the same sheet", async () => {
    const item = await findingItem(page, PARTNERSHIP, "accountable-officer-missing");
    await item.getByRole("button", { name: "Accept…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("Same as the sponsor: appointed in January.");
    await dialog.getByLabel("Accepted by").fill(BY);
    await dialog.getByRole("button", { name: "Save exception" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => page.getByTestId("accepted-finding").count()).toBe(2);
    expect(await fake(page, (f) => f.read("Accepted exceptions", "A3:C3"))).toEqual([["accountable-officer-missing", "P-007", PARTNERSHIP]]);
    expect(await fake(page, (f) => f.sheetNames().filter((n) => n === "Accepted exceptions").length)).toBe(1);
    expect(await shownCounts(page)).toEqual({ ...before, error: before.error! - 2 });
    await runCheck(page);
    expect(await page.getByTestId("changes-line").textContent()).toBe("0 new, 2 resolved since 30 November 2026");
  }, 60_000);
});

describe("when the row cannot be written", () => {
  it("a protected Accepted exceptions sheet: the form stays open with the plain message, and nothing is lost or changed", async () => {
    const protectedSheet: SampleSheet = { name: SHEET, rows: [[...EXCEPTIONS_HEADERS]], protected: true };
    const page = await suite.harness.openPane({ sheets: [...suite.example, protectedSheet] });
    await setDate(page, TODAY);
    await runCheck(page);
    const before = await fake(page, (f) => f.snapshot("Accepted exceptions"));
    const item = await findingItem(page, PARTNERSHIP, RULE);
    await item.getByRole("button", { name: "Accept…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Reason").fill("Interim arrangement.");
    await dialog.getByLabel("Accepted by").fill(BY);
    await dialog.getByRole("button", { name: "Save exception" }).click();
    const bar = dialog.getByTestId("accept-problem");
    await bar.waitFor();
    expect(await bar.textContent()).toBe(
      'The sheet is protected The sheet "Accepted exceptions" is protected, so the add-in cannot record the accepted exception: unprotect it (Review › Unprotect Sheet) and try again.',
    );
    expect(await dialog.getByLabel("Reason").inputValue()).toBe("Interim arrangement.");
    expect(await fake(page, (f) => f.snapshot("Accepted exceptions"))).toBe(before);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("accepted-finding").count()).toBe(0);
  }, 60_000);
});

describe("the Evaluation sheet", () => {
  it("is added as the user's sheet, and a second click says it is there already", async () => {
    const page = await suite.harness.openPane({ sheets: suite.example });
    await setDate(page, TODAY);
    await runCheck(page);
    await page.getByRole("button", { name: "Add Evaluation sheet" }).click();
    await page.getByText("Evaluation sheet added").waitFor();
    const names = await fake(page, (f) => f.sheetNames());
    expect(names).toContain(EVALUATION_SHEET);
    const a2 = await page.evaluate((name) => String((window as unknown as { __PRA_FAKE__: { cell(s: string, a: string): { value: unknown } } }).__PRA_FAKE__.cell(name, "A2").value ?? ""), EVALUATION_SHEET);
    expect(a2.startsWith(TAB_MARKER)).toBe(false);
    expect(await page.getByTestId("message-success").textContent()).toMatch(
      /^Evaluation sheet added Added the “Evaluation” sheet, with a row for each partnership\. Ask each partner to rate/,
    );

    await page.getByRole("button", { name: "Add Evaluation sheet" }).click();
    const bar = page.getByTestId("message-info");
    await bar.waitFor();
    expect(await bar.textContent()).toBe(`There is an Evaluation sheet already ${sheetExistsMessage(EVALUATION_SHEET)}`);
    expect(await fake(page, (f) => f.sheetNames())).toEqual(names);
  }, 60_000);
});

describe("the whole run", () => {
  it("did not reach the network, and no page raised an error", () => {
    expect(suite.harness.contexts.length).toBe(3);
    expect(suite.harness.blocked).toEqual([]);
    expect(suite.harness.pageErrors).toEqual([]);
  });
});
