// The task pane end to end, shared by the e2e files: the PRODUCTION build (dist/) served from 127.0.0.1, opened in
// Debian's headless Chromium (playwright-core), with Office.js answered by an esbuild bundle of the fake Excel host
// (tests/office/fake-excel.ts + fake-office-entry.ts). Every request off 127.0.0.1 is blocked and recorded, so no
// test reaches the network. Same setup as taskpane.e2e.test.ts.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import type { FakeWorkbook } from "../office/fake-excel.js";
import { DIST, ROOT, productionBuild } from "../manifest/production-build.js";
import { afterAll, beforeAll } from "vitest";
import type { Grid } from "../../src/domain/model.js";
import { exampleSheets, gridsOf, type SampleSheet, type SampleWorkbook } from "./sample-workbook.js";
import { serveFolder, type StaticServer } from "./static-server.js";

export const CHROMIUM = "/usr/bin/chromium";
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const DOCS = path.join(ROOT, "docs");
/** A task pane's width. */
export const PANE = { width: 350, height: 760 };

export type FakeWindow = { __PRA_FAKE__: FakeWorkbook; __PRA_DELAY_MS__?: number };

export interface Harness {
  /** Opens the production task pane on a fake workbook made from `sample`. */
  openPane(sample: SampleWorkbook, options?: { forcedColors?: boolean }): Promise<Page>;
  /** Requests that were blocked (anything off 127.0.0.1 but Office.js). */
  blocked: string[];
  /** Errors any page raised. */
  pageErrors: string[];
  contexts: BrowserContext[];
  close(): Promise<void>;
}

/** Builds (or reuses this run's build), bundles the fake host, serves dist/ and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`The task pane tests need Debian's Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  }
  await productionBuild();
  const bundle = await build({
    entryPoints: [path.join(ROOT, "tests/taskpane/fake-office-entry.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    logLevel: "silent",
  });
  const fakeOffice = bundle.outputFiles[0]!.text;
  const server: StaticServer = await serveFolder(DIST);
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const contexts: BrowserContext[] = [];
  const blocked: string[] = [];
  const pageErrors: string[] = [];

  async function openPane(sample: SampleWorkbook, options: { forcedColors?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({
      viewport: PANE,
      reducedMotion: "reduce",
      serviceWorkers: "block",
      locale: "en-GB",
      timezoneId: "Europe/London",
      forcedColors: options.forcedColors ? "active" : "none",
    });
    contexts.push(context);
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: fakeOffice });
      if (url.startsWith(`${server.origin}/`)) return route.continue();
      blocked.push(url);
      return route.abort("blockedbyclient");
    });
    await context.addInitScript((s) => {
      (window as unknown as { __PRA_SAMPLE__: unknown }).__PRA_SAMPLE__ = s;
    }, sample);
    const page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole("heading", { name: "Register", exact: true }).or(page.getByText("No register found")).first().waitFor();
    return page;
  }

  return {
    openPane,
    blocked,
    pageErrors,
    contexts,
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await server.close();
    },
  };
}

/** Runs `read` on the page's fake workbook and returns what it returns (plain data only). */
export function fake<T>(page: Page, read: (fake: FakeWorkbook) => T): Promise<T> {
  return page.evaluate((source) => {
    const f = (window as unknown as FakeWindow).__PRA_FAKE__;
    return (new Function("fake", `return (${source})(fake);`) as (f: FakeWorkbook) => T)(f);
  }, read.toString());
}

/** Saves a screenshot of the pane as docs/<name>. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.mouse.move(PANE.width - 1, PANE.height - 1); // no hover effects in the picture
  await page.waitForTimeout(150);
  await page.screenshot({ path: path.join(DOCS, name) });
}

export async function setDate(page: Page, iso: string): Promise<void> {
  await page.getByLabel("Check date").fill(iso);
}

/** Chooses Check (or Check again) and waits until the results are shown and the pane is free again. */
export async function runCheck(page: Page): Promise<void> {
  await page.getByRole("button", { name: /^Check( again)?$/ }).click();
  await page.getByTestId("results-summary").waitFor();
  await page.getByRole("button", { name: /^Check again$/ }).and(page.locator(":enabled")).waitFor();
}

/** The open-finding counts the summary's tiles show. */
export async function shownCounts(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of ["error", "warning", "info"]) out[s] = Number(await page.getByTestId(`count-${s}`).locator("dd").textContent());
  return out;
}

/** What a file of pane tests shares: the harness, and the example workbook as sheets and as the engine's grids. */
export interface PaneSuite {
  harness: Harness;
  example: SampleSheet[];
  grids: Grid[];
}

/** Starts the harness and reads the example before the file's tests, and closes the harness after them. */
export function paneSuite(): PaneSuite {
  const suite = {} as PaneSuite;
  beforeAll(async () => {
    suite.harness = await startHarness();
    suite.example = await exampleSheets(ROOT);
    suite.grids = gridsOf(suite.example);
  }, 300_000);
  afterAll(async () => {
    await suite.harness?.close();
  });
  return suite;
}
