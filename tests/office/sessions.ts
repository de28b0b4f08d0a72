// Sessions on fake workbooks for a test file: each opens with the fake Office globals installed, and the last
// one's globals are removed after each test.
import { afterEach } from "vitest";
import type { WorkbookSession } from "../../src/office/workbook-session.js";
import type { FakeWorkbook } from "./fake-excel.js";
import { sessionFor } from "./registers.js";

export function sessionsPerTest(): (wb: FakeWorkbook) => WorkbookSession {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());
  return (wb) => {
    const s = sessionFor(wb);
    uninstall();
    uninstall = s.uninstall;
    return s.session;
  };
}
