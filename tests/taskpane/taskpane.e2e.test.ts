// The task pane end to end, in real headless Chromium, on the PRODUCTION build (dist/), with a fake Excel host.
//
// - dist/ is served from 127.0.0.1 on a random port (node:http);
// - the page asks for Office.js from Microsoft's CDN, as it must in Office; that request is answered with an esbuild
//   bundle of tests/office/fake-excel.ts plus fake-office-entry.ts, which builds the fake workbook from the sample the
//   test put on the page and installs `Office` and `Excel`;
// - every other request off 127.0.0.1 is blocked and recorded: no test reaches the network.
//
// Screenshots of the pane at a task pane's width (350 px) are saved to docs/taskpane-*.png.
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { check } from "../../src/domain/check.js";
import { deriveScorecards } from "../../src/domain/derive/scorecards.js";
import type { Grid, Report } from "../../src/domain/model.js";
import { defaultProfile } from "../../src/domain/profile/default-profile.js";
import type { Profile } from "../../src/domain/profile/profile.js";
import { summarise } from "../../src/domain/summary.js";
import { TAB_MARKER } from "../../src/domain/tabs/tab-spec.js";
import { CHOICES_KEY, PROFILES_KEY } from "../../src/office/settings.js";
import { ROOT } from "../manifest/production-build.js";
import { fake, paneSuite, runCheck, setDate, shot, shownCounts, type FakeWindow } from "./pane-harness.js";
import type { SampleWorkbook } from "./sample-workbook.js";

const TODAY = "2026-11-30";
const REGISTER = "Partnerships 2026-27";
const TABS = ["Findings", "Risks", "Conflicts", "Scorecards", "Finance summary", "Committee summary", "Check history"];

const suite = paneSuite();

const openPane = (sample: SampleWorkbook, options: { forcedColors?: boolean } = {}): Promise<Page> => suite.harness.openPane(sample, options);

function expected(g: Grid[], profile: Profile = defaultProfile(), sheet?: string): { report: Report; counts: Record<string, number>; rag: Record<string, number> } {
  const report = check(g, profile, TODAY, sheet ? { sheet } : {});
  const summary = summarise(report);
  const rag = { red: 0, amber: 0, green: 0 };
  for (const card of deriveScorecards(report, profile.scoring)) rag[card.rag]++;
  return { report, counts: summary.bySeverity, rag };
}

async function shownRag(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of ["red", "amber", "green"]) out[r] = Number((await page.getByTestId(`rag-${r}`).textContent())!.replace(/\D+/g, ""));
  return out;
}

/** Buttons, lists and inputs with no accessible name (label, aria-label, aria-labelledby or text). */
function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>("button, select, input, [role=button], [role=combobox]")]
      .filter((el) => {
        const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? "").join("");
        const labelledBy = (el.getAttribute("aria-labelledby") ?? "")
          .split(/\s+/)
          .map((id) => (id ? (document.getElementById(id)?.textContent ?? "") : ""))
          .join("");
        const name = el.getAttribute("aria-label") || labels || labelledBy || el.textContent || el.getAttribute("title") || "";
        return name.trim() === "";
      })
      .map((el) => el.outerHTML.slice(0, 160)),
  );
}

function columnSelect(page: Page, letter: string) {
  return page.locator(`#map-${letter}`);
}

describe("the task pane on the suite.example register", () => {
  let page: Page;

  beforeAll(async () => {
    page = await openPane({ sheets: suite.example });
  }, 120_000);

  it("shows the register sheet it takes, the header row and how each column was read", async () => {
    const sheet = page.getByLabel("Register sheet");
    await expect.poll(() => sheet.locator("option:checked").textContent()).toBe(`Best match: ${REGISTER}`);
    const options = await sheet.locator("option").allTextContents();
    expect(options.slice(1)).toEqual(suite.example.map((s) => s.name));
    await expect.poll(() => page.getByText(/^Header on row 4 · 43 partnerships · 43 columns$/).count()).toBe(1);

    await page.getByRole("button", { name: /Columns: 41 of 43 read/ }).click();
    await expect.poll(() => columnSelect(page, "A").inputValue()).toBe("ref");
    expect(await page.getByLabel("Column A, “Ref”, is read as").inputValue()).toBe("ref");
    expect(await columnSelect(page, "J").inputValue()).toBe("sponsoringOfficer");
    expect(await columnSelect(page, "AJ").inputValue()).toBe("");
    expect(await columnSelect(page, "AJ").locator("option:checked").textContent()).toBe("Not used");
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, "taskpane-mapping.png");
    await page.getByRole("button", { name: /Columns: 41 of 43 read/ }).click();
  }, 60_000);

  it("checks with a progress indicator, then shows counts by severity and RAG", async () => {
    const want = expected(suite.grids);
    await setDate(page, TODAY);
    // Each sync waits a little, so the progress indicator is there to see.
    await page.evaluate(() => ((window as unknown as FakeWindow).__PRA_DELAY_MS__ = 600));
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("progressbar").waitFor();
    expect(await page.getByRole("button", { name: "Check", exact: true }).isDisabled()).toBe(true);
    await page.locator(".fui-Field__validationMessage", { hasText: /^This can take a moment/ }).waitFor();
    await shot(page, "taskpane-progress.png");
    await page.evaluate(() => ((window as unknown as FakeWindow).__PRA_DELAY_MS__ = 0));
    await page.getByTestId("results-summary").waitFor();
    await page.getByRole("button", { name: "Check again" }).and(page.locator(":enabled")).waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(0);

    expect(await shownCounts(page)).toEqual(want.counts);
    expect(await shownRag(page)).toEqual(want.rag);
    expect(want.counts.error).toBeGreaterThan(0);
    expect(await page.getByText(`43 partnerships in “${REGISTER}”, checked against the default profile as at 30 November 2026.`).count()).toBe(1);
    // The pane takes the user to the results.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-heading");
    await shot(page, "taskpane-results.png");
  }, 60_000);

  it("re-checks at once, without reading the workbook again, when a column is corrected, and remembers it", async () => {
    const runs = await fake(page, (f) => f.runs);
    const corrected = expected(suite.grids, { ...defaultProfile(), columns: { "Exit strategy": null } });
    await page.getByRole("button", { name: /Columns: 41 of 43 read/ }).click();
    await columnSelect(page, "W").selectOption({ label: "Not used" });
    await expect.poll(() => shownCounts(page)).toEqual(corrected.counts);
    expect(corrected.report.findings.some((f) => f.rule === "required-column-missing" && f.field === "exitStrategy")).toBe(true);
    expect(await fake(page, (f) => f.runs)).toBe(runs);
    await expect
      .poll(() => fake(page, (f) => f.savedSettings.get("pra.choices") ?? null))
      .toBe(JSON.stringify({ columns: { "Exit strategy": null } }));

    await page.getByRole("button", { name: "Undo my corrections" }).click();
    await expect.poll(() => shownCounts(page)).toEqual(expected(suite.grids).counts);
    expect(await columnSelect(page, "W").inputValue()).toBe("exitStrategy");
    await expect.poll(() => fake(page, (f) => f.savedSettings.get("pra.choices") ?? null)).toBe(JSON.stringify({}));
    await page.getByRole("button", { name: /Columns: 41 of 43 read/ }).click();
  }, 60_000);

  it("groups the findings by partnership; choosing one selects its cell in the register", async () => {
    const { report } = expected(suite.grids);
    const rows = new Set(report.findings.map((f) => f.row));
    expect(await page.getByTestId("finding-group").count()).toBe(rows.size);

    const first = page.getByTestId("finding-group").first();
    await first.getByRole("button").first().click();
    const finding = first.getByTestId("finding").first();
    await finding.waitFor();
    const cell = await finding.getAttribute("data-cell");
    expect(cell).toMatch(new RegExp(`^${REGISTER}![A-Z]+\\d+$`));
    await finding.click();
    await expect.poll(() => fake(page, (f) => ({ active: f.activeSheet, selection: f.selection }))).toEqual({ active: REGISTER, selection: cell });

    // Keyboard: the next finding, by Tab and Enter.
    await finding.focus();
    await page.keyboard.press("Tab");
    // Past the finding's own Accept… button, where it has one.
    if (await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "accept")) await page.keyboard.press("Tab");
    const next = await page.evaluate(() => document.activeElement?.getAttribute("data-cell") ?? null);
    expect(next).toMatch(new RegExp(`^${REGISTER}!`));
    await page.keyboard.press("Enter");
    await expect.poll(() => fake(page, (f) => f.selection)).toBe(next);

    await page.getByRole("heading", { name: "Findings by partnership" }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("findings-heading")?.scrollIntoView({ block: "start" }));
    await shot(page, "taskpane-findings.png");
  }, 60_000);

  it("writes the seven report tabs into the workbook", async () => {
    const before = await fake(page, (f) => f.sheetNames());
    await page.getByRole("button", { name: "Write report tabs" }).click();
    await page.getByText("Report tabs written").waitFor();
    const after = await fake(page, (f) => f.sheetNames());
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual(TABS);
    for (const tab of TABS) {
      const marker = await page.evaluate(
        ([name]) => String((window as unknown as FakeWindow).__PRA_FAKE__.cell(name!, "A2").value ?? ""),
        [tab],
      );
      expect(marker.startsWith(TAB_MARKER), tab).toBe(true);
    }
    expect(await page.getByText(`Added ${TABS.length} tabs to the workbook: ${TABS.join(", ")}.`).count()).toBe(1);
    // Our tabs are never offered as the register.
    expect((await page.getByLabel("Register sheet").locator("option").allTextContents()).slice(1)).toEqual(suite.example.map((s) => s.name));
  }, 60_000);

  it("highlights the register rows with errors and warnings, and clears them back to exactly how they were", async () => {
    const original = await fake(page, (f) => f.snapshot("Partnerships 2026-27"));
    const sheets = await fake(page, (f) => f.sheetNames());
    await page.getByRole("button", { name: "Highlight rows" }).click();
    await page.getByText("Rows highlighted").waitFor();
    const highlighted = await fake(page, (f) => f.sheet("Partnerships 2026-27").conditionalFormats.length);
    expect(highlighted).toBeGreaterThan(0);
    expect(await fake(page, (f) => f.snapshot("Partnerships 2026-27"))).not.toBe(original);
    const { report } = expected(suite.grids);
    const flagged = new Set(report.findings.filter((f) => f.row !== null && f.severity !== "info").map((f) => f.row));
    expect(await page.getByText(new RegExp(`Highlighted ${flagged.size} rows in “${REGISTER}”`)).count()).toBe(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "taskpane-highlighted.png");

    await page.getByRole("button", { name: "Clear highlights" }).click();
    await page.getByText("Highlights cleared").waitFor();
    expect(await fake(page, (f) => f.snapshot("Partnerships 2026-27"))).toBe(original);
    expect(await fake(page, (f) => f.sheetNames())).toEqual(sheets);
  }, 60_000);
});

describe("choices remembered in the workbook", () => {
  it("opens the next time with the sheet, mapping and profile chosen before", async () => {
    const stored = { name: "Harbridge 2026", json: { name: "Harbridge 2026", periods: { annualReviewMonths: 6 } } };
    const first = await openPane({ sheets: suite.example, settings: { [PROFILES_KEY]: [stored] } });
    await first.getByLabel("Register sheet").selectOption(REGISTER);
    await first.getByLabel("Protocol profile").selectOption("Harbridge 2026");
    await first.getByRole("button", { name: /Columns: / }).click();
    await columnSelect(first, "AJ").selectOption({ label: "Purpose" });
    await expect
      .poll(() => fake(first, (f) => JSON.parse(f.savedSettings.get("pra.choices") ?? "{}") as unknown))
      .toEqual({ sheet: REGISTER, profile: "Harbridge 2026", columns: { Comments: "purpose" } });
    const saved = await fake(first, (f) => Object.fromEntries([...f.savedSettings].map(([k, v]) => [k, JSON.parse(v) as unknown])));

    const next = await openPane({ sheets: suite.example, settings: saved });
    expect(await next.getByLabel("Register sheet").inputValue()).toBe(REGISTER);
    expect(await next.getByLabel("Protocol profile").inputValue()).toBe("Harbridge 2026");
    await next.getByRole("button", { name: /Columns: / }).click();
    expect(await columnSelect(next, "AJ").inputValue()).toBe("purpose");
    expect(await columnSelect(next, "C").inputValue()).toBe("");
    await setDate(next, TODAY);
    await runCheck(next);
    const profile = { ...defaultProfile(), name: "Harbridge 2026", periods: { ...defaultProfile().periods, annualReviewMonths: 6 }, columns: { Comments: "purpose" as const } };
    expect(await shownCounts(next)).toEqual(expected(suite.grids, profile, REGISTER).counts);
    expect(await next.getByText(/checked against the Harbridge 2026 profile/).count()).toBe(1);
    expect(saved[CHOICES_KEY]).toBeDefined();
  }, 90_000);

  it("says plainly when a stored profile cannot be used, and checks with the default", async () => {
    const page = await openPane({
      sheets: suite.example,
      settings: { [PROFILES_KEY]: [{ name: "Broken", json: { rules: { "no-such-rule": "off" } } }], [CHOICES_KEY]: { profile: "Broken" } },
    });
    expect(await page.getByLabel("Protocol profile").inputValue()).toBe("Broken");
    expect(await page.getByText(/The profile "Broken" cannot be used, so the built-in default is used instead: "rules" names "no-such-rule"/).count()).toBe(1);
  }, 60_000);
});

describe("problems, each one plain message saying what to do", () => {
  it("no register in the workbook", async () => {
    const page = await openPane({ sheets: [{ name: "Budget", rows: [["Line", "Amount"], ["Rent", 1200], ["Rates", 300]] }] });
    const bar = page.getByTestId("message-warning");
    await bar.waitFor();
    const text = (await bar.textContent()) ?? "";
    expect(text).toMatch(/^No register found No sheet \("Budget"\) has a header row that looks like a partnership register\./);
    expect(text).not.toContain("--sheet");
    expect(text).toContain("Pick the register sheet above");
    expect(await page.getByRole("button", { name: "Check", exact: true }).isEnabled()).toBe(true);
  }, 60_000);

  it("a protected register sheet: highlighting is refused with what to do", async () => {
    const sheets = suite.example.map((s) => (s.name === REGISTER ? { ...s, protected: true } : s));
    const page = await openPane({ sheets });
    await setDate(page, TODAY);
    await runCheck(page);
    await page.getByRole("button", { name: "Highlight rows" }).click();
    const bar = page.getByTestId("message-error");
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/^The sheet is protected .*protected.*Unprotect Sheet.*try again\.$/);
    expect(await fake(page, (f) => f.sheet("Partnerships 2026-27").conditionalFormats.length)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "taskpane-problem.png");
  }, 60_000);

  it("a read-only workbook: writing the tabs is refused with what to do", async () => {
    const page = await openPane({ sheets: suite.example, options: { readOnly: true } });
    await setDate(page, TODAY);
    await runCheck(page);
    const sheets = await fake(page, (f) => f.sheetNames());
    await page.getByRole("button", { name: "Write report tabs" }).click();
    const bar = page.getByTestId("message-error");
    await bar.waitFor();
    expect(await bar.textContent()).toMatch(/^The workbook is read-only .*read-only.*try again\.$/);
    expect(await fake(page, (f) => f.sheetNames())).toEqual(sheets);
  }, 60_000);

  it("a write Excel refuses: the adapter's message, never a stack", async () => {
    const page = await openPane({ sheets: suite.example });
    await setDate(page, TODAY);
    await runCheck(page);
    await page.evaluate(() => {
      (window as unknown as FakeWindow).__PRA_FAKE__.failWhen = (op) => (op.action === "call" && op.member === "add" ? "InvalidOperation" : null);
    });
    await page.getByRole("button", { name: "Write report tabs" }).click();
    const bar = page.getByTestId("message-error");
    await bar.waitFor();
    const text = (await bar.textContent()) ?? "";
    expect(text).toMatch(/^Excel did not make the change Excel refused to let the add-in write the report tabs/);
    expect(text).not.toMatch(/at \w+ \(|RichApi|InvalidOperation|Error:/);
  }, 60_000);
});

describe("high contrast", () => {
  it("follows Windows' forced colours", async () => {
    const page = await openPane({ sheets: suite.example }, { forcedColors: true });
    expect(await page.locator("[data-theme]").first().getAttribute("data-theme")).toBe("highContrast");
    await setDate(page, TODAY);
    await runCheck(page);
    await shot(page, "taskpane-high-contrast.png");
  }, 60_000);

  it("follows an Office high-contrast theme, and stays light with Office's own themes", async () => {
    const contrast = await openPane({
      sheets: suite.example,
      officeTheme: { bodyBackgroundColor: "#000000", bodyForegroundColor: "#FFFF00", controlBackgroundColor: "#000000", controlForegroundColor: "#FFFFFF" },
    });
    expect(await contrast.locator("[data-theme]").first().getAttribute("data-theme")).toBe("highContrast");
    const colourful = await openPane({
      sheets: suite.example,
      officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
    });
    expect(await colourful.locator("[data-theme]").first().getAttribute("data-theme")).toBe("light");
  }, 60_000);
});

describe("the whole run", () => {
  it("did not reach the network, and no page raised an error", () => {
    expect(suite.harness.contexts.length).toBeGreaterThan(5);
    expect(suite.harness.blocked).toEqual([]);
    expect(suite.harness.pageErrors).toEqual([]);
  });
});
