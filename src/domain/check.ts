import type { CellValue, Field, Finding, Grid, InterestsRegister, IsoDate, Partnership, Report, Severity } from "./model.js";
import type { Profile } from "./profile/profile.js";
import { applyExceptions } from "./exceptions/apply-exceptions.js";
import { readExceptions, type ExceptionsRead } from "./exceptions/read-exceptions.js";
import { readEvaluation } from "./evaluation/read-evaluation.js";
import { readInterests } from "./interests/read-interests.js";
import { readHistory, withHistory } from "./history/history-sheet.js";
import { fieldLabel, matchHeader } from "./register/match-header.js";
import { pickRegister } from "./register/pick-register.js";
import { safeText } from "./safe-text.js";
import { RegisterRows, type RegisterRead } from "./register/read-register.js";
import { RULE_CODES, RULES } from "./rules/index.js";
import { type Hit, type RegisterRule, type Rule, type RowRule, type RuleContext } from "./rules/rule.js";
import { isClosed, outOfScopeReason } from "./rules/scope.js";
import { ResultCache } from "./rules/result-cache.js";

export interface CheckOptions {
  /** Name of the register sheet, overriding the automatic pick. */
  sheet?: string;
  /**
   * A corpus source id (tests/corpus/<id>): the reader leaves out every vocabulary entry learned from that source,
   * so `npm run corpus` scores each register on wording it was not tuned on.
   */
  leaveOut?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** The only checks that still apply to a closed partnership. */
const CLOSED_GROUPS: ReadonlySet<string> = new Set(["scope", "finance", "conflicts", "structure"]);

/** A register being read row by row: feed it the sheet's rows after the header, then finish it into the Report. */
export interface RegisterFeed {
  /** The register sheet. */
  sheet: string;
  /** Sheet row of the header, 1-based; feed the rows after it. */
  headerRow: number;
  /** The next row of the sheet (1-based, in order). False once the table has ended: stop feeding. */
  add(row: number, cells: readonly CellValue[], hidden: boolean): boolean;
  /** Runs the rules over what was read. `hiddenColumns`: the sheet's hidden column letters, where known. */
  finish(hiddenColumns?: ReadonlySet<string>): Report;
}

export type CheckStart =
  /** No register to read: the Report says why. */
  | { kind: "done"; report: Report }
  /** The register was found in `grid`; its rows go to `feed`. */
  | { kind: "rows"; grid: Grid; feed: RegisterFeed };

/**
 * The engine's entry point. `grids` must hold every sheet's first rows (HEADER_SCAN_ROWS) and the whole of any
 * other sheet the check reads (the register of interests); the register's own rows may instead be streamed into
 * the feed, so a caller never has to hold a large register in memory. Pure.
 */
export function startCheck(grids: readonly Grid[], profile: Profile, today: IsoDate, options: CheckOptions = {}): CheckStart {
  const severityOf = (code: string): Severity => profile.rules[code]?.severity ?? RULES.find((r) => r.code === code)!.severity;
  const pick = pickRegister(grids, options.sheet, profile.columns);
  if (!pick.ok) {
    return {
      kind: "done",
      report: {
        today,
        profile: profile.name,
        register: null,
        interests: null,
        partnerships: [],
        findings: [registerFinding("header-not-found", severityOf("header-not-found"), pick.message, null, null)],
        rulesNotRun: [],
      },
    };
  }
  const rows = new RegisterRows(pick.grid.name, pick.header);
  const interests = readInterests(grids, pick.grid.name);
  const exceptions = readExceptions(grids, pick.grid.name, RULE_CODES);
  const evaluation = readEvaluation(grids, pick.grid.name);
  const history = readHistory(grids);
  return {
    kind: "rows",
    grid: pick.grid,
    feed: {
      sheet: pick.grid.name,
      headerRow: pick.header.row,
      add: (row, cells, hidden) => rows.add(row, cells, hidden),
      finish: (hiddenColumns) => {
        const report = withHistory(runRules(rows.finish(), interests, exceptions, hiddenColumns ?? new Set(), profile, today), history);
        report.evaluation = evaluation;
        return report;
      },
    },
  };
}

/** The whole check on sheets already in memory: grids in, a Report out. Pure. */
export function check(grids: readonly Grid[], profile: Profile, today: IsoDate, options: CheckOptions = {}): Report {
  const start = startCheck(grids, profile, today, options);
  if (start.kind === "done") return start.report;
  const { grid, feed } = start;
  for (let r = feed.headerRow; r < grid.rows.length; r++) {
    if (!feed.add(r + 1, grid.rows[r] ?? [], grid.hiddenRows?.has(r + 1) ?? false)) break;
  }
  return feed.finish(grid.hiddenColumns);
}

function runRules(
  read: RegisterRead,
  interests: InterestsRegister | null,
  exceptions: ExceptionsRead | null,
  hiddenColumns: ReadonlySet<string>,
  profile: Profile,
  today: IsoDate,
): Report {
  const enabled = RULES.filter((r) => profile.rules[r.code]?.enabled ?? true);
  const severities = new Map(RULES.map((r) => [r.code, profile.rules[r.code]?.severity ?? r.severity]));
  const severityOf = (code: string): Severity => severities.get(code)!;
  const isOn = (code: string) => enabled.some((r) => r.code === code);
  const { shape, partnerships } = read;
  const columnByField = new Map<Field, string>();
  for (const c of shape.columns) if (c.field) columnByField.set(c.field, c.column);
  const ctx: RuleContext = {
    today,
    periods: profile.periods,
    interests,
    columnOf: (f) => columnByField.get(f) ?? null,
  };

  const findings: Finding[] = [];
  const rulesNotRun: Report["rulesNotRun"] = [];

  if (isOn("ambiguous-column")) {
    for (const c of shape.columns) {
      if (!c.note) continue;
      const f = registerFinding("ambiguous-column", severityOf("ambiguous-column"), `Column ${c.column} ("${c.header}"): ${c.note}`, shape.sheet, c.column);
      f.field = matchHeader(c.header)?.field ?? null;
      findings.push(f);
    }
  }

  const runnable: Rule[] = [];
  const missingFields = new Map<Field, string[]>();
  for (const rule of enabled) {
    if (rule.kind === "engine") continue;
    const present = rule.fields.filter((f) => columnByField.has(f));
    const fieldsOk = rule.fields.length === 0 || (rule.anyField ? present.length > 0 : present.length === rule.fields.length);
    if (!fieldsOk) {
      const absent = rule.anyField ? [rule.fields[0]!] : rule.fields.filter((f) => !columnByField.has(f));
      for (const f of absent) missingFields.set(f, [...(missingFields.get(f) ?? []), rule.code]);
      rulesNotRun.push({ rule: rule.code, reason: `no column for ${absent.join(", ")}` });
      continue;
    }
    if (rule.needsInterests && !interests) {
      rulesNotRun.push({ rule: rule.code, reason: "the workbook has no register of interests sheet" });
      continue;
    }
    runnable.push(rule);
  }
  if (isOn("required-column-missing")) {
    for (const [field, codes] of missingFields) {
      const f = registerFinding(
        "required-column-missing",
        severityOf("required-column-missing"),
        `No "${fieldLabel(field)}" column was found, so ${codes.length > 1 ? "these checks" : "this check"} could not run: ${codes.join(", ")}. ` +
          `Add the column to the register, or map an existing column to "${field}" in your profile's "columns".`,
        shape.sheet,
        null,
      );
      f.field = field;
      findings.push(f);
    }
  }

  const financeAndConflictFields = new Set<Field>(
    runnable.filter((r) => r.group === "finance" || r.group === "conflicts").flatMap((r) => r.fields),
  );
  // The same rule says the same thing on many rows: one copy of each message, made safe once, not one per finding.
  const messages = new Map<string, string>();
  const safeMessage = (written: string): string => {
    let safe = messages.get(written);
    if (safe === undefined) messages.set(written, (safe = safeText(written)));
    return safe;
  };
  const toFinding = (rule: Rule, p: Partnership, hit: Hit): Finding => {
    const finding: Finding = {
      rule: rule.code,
      severity: severityOf(rule.code),
      row: p.row,
      column: hit.field ? ctx.columnOf(hit.field) : null,
      field: hit.field,
      ref: p.ref,
      partnership: p.name,
      message: safeMessage(withHiddenNote(hit, p, hiddenColumns, ctx)),
      clause: rule.clause,
      sheet: shape.sheet,
      status: "open",
    };
    if (hit.people) finding.people = hit.people;
    if (hit.due) finding.due = hit.due;
    return finding;
  };

  const rowRules = runnable.filter((r): r is RowRule => r.kind === "row");
  const checks = rowRules.map((r) => (r.dependsOnlyOn?.length ? new ResultCache(r, r.dependsOnlyOn, ctx) : null));
  const runsOnClosed = rowRules.map((r) => CLOSED_GROUPS.has(r.group));
  const inScope: Partnership[] = [];
  const scopeKnown = columnByField.has("legalForm");
  for (const p of partnerships) {
    const out = scopeKnown && outOfScopeReason(p) !== null;
    const closed = isClosed(p);
    for (let i = 0; i < rowRules.length; i++) {
      const rule = rowRules[i]!;
      if (out && rule.code !== "out-of-scope") continue;
      if (closed && !runsOnClosed[i]) continue;
      const cache = checks[i];
      const found = cache ? cache.check(p) : rule.check(p, ctx);
      if (found === null) continue;
      if (!Array.isArray(found)) {
        findings.push(toFinding(rule, p, found));
        continue;
      }
      for (const hit of found) {
        if (closed && rule.code === "unreadable-value" && !(hit.field && financeAndConflictFields.has(hit.field))) continue;
        findings.push(toFinding(rule, p, hit));
      }
    }
    if (!out) inScope.push(p);
  }
  for (const rule of runnable.filter((r): r is RegisterRule => r.kind === "register")) {
    for (const { partnership, hit } of rule.checkAll(inScope, ctx)) findings.push(toFinding(rule, partnership, hit));
  }

  // Accepted exceptions: findings they cover become "accepted"; the sheet's own findings follow the register's.
  const applied = applyExceptions(findings, exceptions, shape.sheet, today, { isOn, severityOf });
  const offRegister = (f: Finding) => (f.sheet !== null && f.sheet !== shape.sheet ? 1 : 0);
  const order = new Map(RULES.map((r, i) => [r.code, i]));
  applied.findings.sort(
    (a, b) =>
      offRegister(a) - offRegister(b) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (order.get(a.rule) ?? 0) - (order.get(b.rule) ?? 0),
  );
  return {
    today,
    profile: profile.name,
    register: shape,
    interests,
    partnerships,
    findings: applied.findings,
    rulesNotRun,
    exceptions: applied.exceptions,
  };
}

/** A finding on a hidden row or column says so, or the user may not find it. */
function withHiddenNote(hit: Hit, p: Partnership, hiddenColumns: ReadonlySet<string>, ctx: RuleContext): string {
  const column = hit.field && hiddenColumns.size > 0 ? ctx.columnOf(hit.field) : null;
  const columnHidden = column !== null && hiddenColumns.has(column);
  if (!p.hidden && !columnHidden) return hit.message;
  const notes: string[] = [];
  if (p.hidden) notes.push("This row is hidden in the sheet.");
  if (columnHidden) notes.push(`Column ${column} is hidden in the sheet.`);
  return `${hit.message} (${notes.join(" ")})`;
}

function registerFinding(rule: string, severity: Severity, message: string, sheet: string | null, column: string | null): Finding {
  const def = RULES.find((r) => r.code === rule)!;
  return { rule, severity, row: null, column, field: null, ref: null, partnership: null, message: safeText(message), clause: def.clause, sheet, status: "open" };
}
