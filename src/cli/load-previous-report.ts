import fs from "node:fs/promises";
import { findingKey } from "../domain/history/fingerprint.js";
import type { Finding, PreviousCheck } from "../domain/model.js";
import { CannotCheck } from "./failure.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The open findings of an earlier JSON report (`--since`), to compare this check with. */
export async function loadPreviousReport(file: string): Promise<PreviousCheck> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch {
    throw new CannotCheck(`There is no earlier report at ${file}. Check the --since path: it takes the JSON report (--json) of an earlier check.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CannotCheck(`${file} is not valid JSON (${(e as Error).message}). --since takes the JSON report (--json) of an earlier check.`);
  }
  const report = json as { today?: unknown; findings?: unknown };
  if (typeof report !== "object" || report === null || typeof report.today !== "string" || !ISO.test(report.today) || !Array.isArray(report.findings)) {
    throw new CannotCheck(`${file} is not a JSON report of this tool (it needs "today" and "findings"). --since takes the file an earlier check wrote with --json.`);
  }
  const findings = (report.findings as unknown[]).filter(
    (f): f is Finding => typeof f === "object" && f !== null && typeof (f as Finding).rule === "string" && (f as Finding).status !== "accepted",
  );
  const field = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    today: report.today,
    findings: findings.map((f) =>
      findingKey({
        ...f,
        ref: field(f.ref),
        partnership: field(f.partnership),
        field: field(f.field) as Finding["field"],
        column: field(f.column),
        sheet: field(f.sheet),
        row: typeof f.row === "number" ? f.row : null,
      }),
    ),
  };
}
