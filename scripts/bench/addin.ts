// The add-in's whole check-and-write at 50,000 rows against the recording fake of the Excel API:
// how many context.sync() calls, and the largest request and response.
import { PAYLOAD_LIMIT } from "../../tests/office/fake-excel.js";
import { checkGrids, HEADERS, highlightRows, registerWorkbook, sessionFor } from "../../tests/office/registers.js";

export interface AddinStats {
  rows: number;
  syncs: number;
  chunks: number;
  maxRequestMb: number;
  maxResponseMb: number;
  limitMb: number;
}

export async function measureAddin(rows: number): Promise<AddinStats> {
  const wb = registerWorkbook(rows);
  const { session, uninstall } = sessionFor(wb);
  try {
    const grids = await session.readGrids();
    const checked = checkGrids(grids);
    await session.writeTabs(checked.specs);
    await session.highlight("Register", 0, HEADERS.length - 1, highlightRows(checked.report));
  } finally {
    uninstall();
  }
  const log = wb.syncLog;
  const mb = (n: number) => n / 1024 / 1024;
  return {
    rows,
    syncs: log.length,
    chunks: log.filter((s) => s.ops.some((o) => o.member === "values" && !o.target.endsWith(".range(A1:A2)"))).length,
    maxRequestMb: mb(Math.max(...log.map((s) => s.requestBytes))),
    maxResponseMb: mb(Math.max(...log.map((s) => s.responseBytes))),
    limitMb: mb(PAYLOAD_LIMIT),
  };
}
