import type { Finding, FindingKey } from "../model.js";

import { nameKey, refKey } from "../partnership-key.js";

const loose = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * The same finding on the same partnership gets the same fingerprint from one check to the next, even after rows
 * are inserted or sorted: rule + partnership key (its ref, else its name) + field. Register-level findings are
 * keyed by their column.
 */
export function fingerprint(f: Pick<Finding, "rule" | "ref" | "partnership" | "field" | "column" | "sheet" | "row">): string {
  const who = f.ref
    ? `ref=${refKey(f.ref)}`
    : f.partnership
      ? `name=${nameKey(f.partnership)}`
      : f.row !== null
        ? `${loose(f.sheet ?? "")}!row=${f.row}`
        : `${loose(f.sheet ?? "register")}!column=${f.column ?? ""}`;
  return `${f.rule}|${who}|${f.field ?? ""}`;
}

export function findingKey(f: Finding): FindingKey {
  return { fingerprint: fingerprint(f), rule: f.rule, ref: f.ref, partnership: f.partnership };
}
