// Bundled for the browser and served in place of Microsoft's office.js: builds the fake Excel host from the sample
// workbook the test put on the page (window.__PRA_SAMPLE__) and installs `Office` and `Excel` as Office.js would.
// The test reads the fake workbook back through window.__PRA_FAKE__.
import { FakeRequestContext, FakeWorkbook, installFakeOffice } from "../office/fake-excel.js";
import type { SampleWorkbook } from "./sample-workbook.js";

interface TestWindow {
  __PRA_SAMPLE__?: SampleWorkbook;
  __PRA_FAKE__?: FakeWorkbook;
  /** Milliseconds each context.sync() waits before it runs, so the test can see the progress indicator. */
  __PRA_DELAY_MS__?: number;
}

const w = globalThis as unknown as TestWindow;
const sample: SampleWorkbook = w.__PRA_SAMPLE__ ?? { sheets: [] };
const workbook = new FakeWorkbook(sample.options);
for (const s of sample.sheets) {
  workbook.addSheet(s.name, s.rows, { hiddenRows: s.hiddenRows ?? [], protected: s.protected ?? false });
}
for (const [key, value] of Object.entries(sample.settings ?? {})) workbook.savedSettings.set(key, JSON.stringify(value));

const sync = FakeRequestContext.prototype.sync;
FakeRequestContext.prototype.sync = async function (this: FakeRequestContext) {
  const delay = w.__PRA_DELAY_MS__ ?? 0;
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  return sync.call(this);
};

installFakeOffice(globalThis, workbook);
if (sample.officeTheme) {
  (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office.context.officeTheme = sample.officeTheme;
}
w.__PRA_FAKE__ = workbook;
