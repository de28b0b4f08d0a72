// A recording fake of the Excel JavaScript API (the subset the add-in uses), honest where it matters:
// - proxies: reading a property that was not loaded AND synced throws PropertyNotLoaded;
// - operations are queued and applied in order at sync(); a failing operation leaves the earlier ones applied;
// - every sync's request (JSON of the queued operations, values arrays included) and response (JSON of the loaded
//   data) is measured; over 5 MB throws RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded;
// - a protected sheet refuses writes (AccessDenied), a protected workbook structure refuses sheet changes;
// - a string beginning with "=", "+", "-" or "@" written to a cell whose number format is not "@" becomes a formula,
//   and a numeric string becomes a number, as in Excel;
// - APIs newer than the configured ExcelApi version fail with ApiNotFound, and isSetSupported says so.
// No Node modules: the browser test uses it too (installFakeOffice).

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_READ_CELLS = 5_000_000;

export class FakeOfficeError extends Error {
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: string,
    message: string,
    location?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(location ? { errorLocation: location } : {}) };
  }
}

type Scalar = string | number | boolean;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeConditionalFormatState {
  id: number;
  rect: Rect;
  type: string;
  formula: string;
  fill: string | null;
}

/** A data validation as set through `range.dataValidation` (ExcelApi 1.8), on the block it was set on. */
export interface FakeValidationState {
  rect: Rect;
  rule: Record<string, unknown> | null;
  ignoreBlanks: boolean | null;
  errorAlert: { message?: string; showAlert?: boolean; style?: string; title?: string } | null;
  prompt: { message?: string; showPrompt?: boolean; title?: string } | null;
}

export interface FakeSheetState {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** Sparse rows of cell values (computed values for formula cells). */
  values: (Scalar | undefined)[][];
  /** "row,col" -> formula, for cells that hold one. */
  formulas: Map<string, string>;
  /** Sparse rows of number formats; undefined is General. */
  numberFormats: (string | undefined)[][];
  /** Fill, font and alignment, applied in layers over blocks of cells. */
  styles: { rect: Rect; props: Record<string, unknown> }[];
  columnWidths: Map<number, number>;
  merges: Rect[];
  freezeRows: number;
  /** 0-based rows hidden by the user. */
  hiddenRows: Set<number>;
  conditionalFormats: FakeConditionalFormatState[];
  autoFilter: Rect | null;
  pageLayout: Record<string, unknown>;
  validations: FakeValidationState[];
}

export interface FakeTableState {
  id: number;
  name: string;
  sheet: FakeSheetState;
  rect: Rect;
  style: string;
}

/** What a test sees of one queued operation. */
export interface OpInfo {
  action: "set" | "call" | "load";
  /** Object path, e.g. `worksheet("Findings").range("A1:B2").format.fill`. */
  target: string;
  /** Property set or method called, or the properties loaded. */
  member: string;
  /** The sheet the operation works on, once resolved (its name at that moment). */
  sheet?: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: OpInfo[];
  /** The error code the sync failed with, if it did. */
  error?: string;
}

export interface FakeWorkbookOptions {
  /** Highest ExcelApi version the host supports, e.g. "1.7" for Office 2019 volume licence. Default "1.17". */
  excelApi?: string;
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
  readOnly?: boolean;
  structureProtected?: boolean;
  /** The request/response limit; Excel on the web's 5 MB unless a test wants a host that accepts less. */
  payloadLimit?: number;
}

export interface AddSheetOptions {
  /** 0-based row and column of the first value (the used range may start below row 1 or right of column A). */
  top?: number;
  left?: number;
  protected?: boolean;
  visibility?: FakeSheetState["visibility"];
  /** 1-based sheet rows hidden. */
  hiddenRows?: number[];
  /** Number formats by column (0-based, relative to `left`), applied to every given row. */
  numberFormats?: Record<number, string>;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

// ---------- addresses ----------

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function columnName(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function parseAddress(address: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (address "${address}").`);
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]!);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  if (rect.top < 0 || rect.bottom >= MAX_ROWS || rect.left < 0 || rect.right >= MAX_COLUMNS) {
    throw new FakeOfficeError("InvalidArgument", `The address "${address}" is outside the sheet.`);
  }
  return rect;
}

export function formatAddress(rect: Rect): string {
  const a = `${columnName(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${columnName(rect.right)}${rect.bottom + 1}`;
}

function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function inside(r: number, c: number, rect: Rect): boolean {
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 };

function checkSheetName(name: unknown): string {
  if (typeof name !== "string" || name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError("InvalidArgument", `The sheet name "${String(name)}" is not valid.`);
  }
  if (name.toLowerCase() === "history") throw new FakeOfficeError("InvalidArgument", `"History" is a reserved sheet name.`);
  return name;
}

/** What Excel does with a plain value typed (or written through `values`) into a cell that is not formatted as text. */
function coerce(v: string): { value?: Scalar; formula?: string } {
  if (/^[=+\-@]/.test(v) && !/^[+-]?\s*(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(v)) {
    return { formula: v.startsWith("=") ? v : `=${v}` };
  }
  const t = v.trim();
  if (t !== "" && /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { value: t.toUpperCase() === "TRUE" };
  return { value: v };
}

/** The value Excel shows for a formula we can evaluate (only HYPERLINK and literals); otherwise an error value. */
function evaluate(formula: string): Scalar {
  const link = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/i.exec(formula);
  if (link) return link[1]!.replace(/""/g, '"');
  return "#NAME?";
}

// ---------- the workbook ----------

let nextId = 1;

export class FakeWorkbook {
  sheets: FakeSheetState[] = [];
  tables: FakeTableState[] = [];
  /** Lower-cased name -> { name, formula }. */
  names = new Map<string, { name: string; formula: string }>();
  calculationMode: "Automatic" | "AutomaticExceptTables" | "Manual";
  readOnly: boolean;
  structureProtected: boolean;
  excelApi: string;
  payloadLimit: number;
  /** The document's saved settings, as JSON text. */
  savedSettings = new Map<string, string>();
  /** Make the next settings save fail. */
  failSettingsSave = false;
  syncLog: SyncRecord[] = [];
  runs = 0;
  screenUpdatingSuspensions = 0;
  /** Writes to ranges spanning whole columns (formats must go on bounded ranges). */
  unboundedWrites: string[] = [];
  activeSheet: string | null = null;
  selection: string | null = null;
  /** Refuse an operation: return an error code to make Excel fail it (the earlier operations of the sync stay done). */
  failWhen: ((op: OpInfo) => string | null | undefined) | null = null;

  constructor(options: FakeWorkbookOptions = {}) {
    this.excelApi = options.excelApi ?? "1.17";
    this.calculationMode = options.calculationMode ?? "Automatic";
    this.readOnly = options.readOnly ?? false;
    this.structureProtected = options.structureProtected ?? false;
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  supports(version: string): boolean {
    return compareVersions(version, this.excelApi) <= 0;
  }

  /** A sheet holding `rows` from row `top`, column `left`; strings stay text (as typed data in Excel would be). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], options: AddSheetOptions = {}): FakeSheetState {
    const sheet = this.newSheet(checkSheetName(name));
    const top = options.top ?? 0;
    const left = options.left ?? 0;
    rows.forEach((row, r) => {
      const line: (Scalar | undefined)[] = [];
      row.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") line[left + c] = v;
        else throw new Error(`addSheet: unsupported cell value ${JSON.stringify(v)}`);
      });
      if (line.length) sheet.values[top + r] = line;
      if (options.numberFormats) {
        const formats: (string | undefined)[] = [];
        for (const [c, f] of Object.entries(options.numberFormats)) formats[left + Number(c)] = f;
        sheet.numberFormats[top + r] = formats;
      }
    });
    sheet.protected = options.protected ?? false;
    sheet.visibility = options.visibility ?? "Visible";
    for (const r of options.hiddenRows ?? []) sheet.hiddenRows.add(r - 1);
    return sheet;
  }

  newSheet(name: string): FakeSheetState {
    const sheet: FakeSheetState = {
      id: nextId++,
      name,
      visibility: "Visible",
      protected: false,
      values: [],
      formulas: new Map(),
      numberFormats: [],
      styles: [],
      columnWidths: new Map(),
      merges: [],
      freezeRows: 0,
      hiddenRows: new Set(),
      conditionalFormats: [],
      autoFilter: null,
      pageLayout: {},
      validations: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** One cell as a test sees it: value, formula, number format and the formatting layered over it. */
  cell(sheetName: string, address: string): { value: Scalar | null; formula: string | null; numberFormat: string; style: Record<string, unknown> } {
    const s = this.sheet(sheetName);
    const { top: r, left: c } = parseAddress(address);
    const style: Record<string, unknown> = {};
    for (const layer of s.styles) if (inside(r, c, layer.rect)) Object.assign(style, layer.props);
    return { value: s.values[r]?.[c] ?? null, formula: s.formulas.get(`${r},${c}`) ?? null, numberFormat: s.numberFormats[r]?.[c] ?? "General", style };
  }

  /** The values of a block as rows (null for empty). */
  read(sheetName: string, address: string): (Scalar | null)[][] {
    const s = this.sheet(sheetName);
    const rect = parseAddress(address);
    const out: (Scalar | null)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const line: (Scalar | null)[] = [];
      for (let c = rect.left; c <= rect.right; c++) line.push(s.values[r]?.[c] ?? null);
      out.push(line);
    }
    return out;
  }

  /** Everything about a sheet, as text, to check it was left exactly as it was. */
  snapshot(sheetName: string): string {
    const s = this.sheet(sheetName);
    return JSON.stringify({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      values: s.values,
      formulas: [...s.formulas],
      numberFormats: s.numberFormats,
      styles: s.styles,
      columnWidths: [...s.columnWidths],
      merges: s.merges,
      freezeRows: s.freezeRows,
      hiddenRows: [...s.hiddenRows],
      conditionalFormats: s.conditionalFormats.map(({ rect, type, formula, fill }) => ({ rect, type, formula, fill })),
      autoFilter: s.autoFilter,
      pageLayout: s.pageLayout,
      validations: s.validations,
      tables: this.tables.filter((t) => t.sheet === s).map(({ name, rect, style }) => ({ name, rect, style })),
    });
  }

  tablesOn(sheetName: string): { name: string; address: string; style: string }[] {
    const s = this.sheet(sheetName);
    return this.tables.filter((t) => t.sheet === s).map((t) => ({ name: t.name, address: formatAddress(t.rect), style: t.style }));
  }

  resetLog(): void {
    this.syncLog = [];
    this.runs = 0;
    this.screenUpdatingSuspensions = 0;
    this.unboundedWrites = [];
  }

  /** `Excel.run` over this workbook. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    if (typeof batch !== "function") throw new FakeOfficeError("NotImplemented", "The fake supports Excel.run(batch) only.");
    this.runs++;
    const context = new FakeRequestContext(this);
    return batch(context);
  };

  /** The bits of `Office.context` the add-in reads. */
  officeContext(): FakeOfficeContext {
    return new FakeOfficeContext(this);
  }
}

// ---------- settings and Office.context ----------

export interface FakeAsyncResult {
  status: "succeeded" | "failed";
  error?: { code: number; message: string };
  value?: undefined;
}

export class FakeSettings {
  private readonly current: Map<string, string>;
  constructor(private readonly workbook: FakeWorkbook) {
    this.current = new Map(workbook.savedSettings);
  }
  get(name: string): unknown {
    const v = this.current.get(name);
    return v === undefined ? null : (JSON.parse(v) as unknown);
  }
  set(name: string, value: unknown): void {
    this.current.set(name, JSON.stringify(value));
  }
  remove(name: string): void {
    this.current.delete(name);
  }
  saveAsync(a?: unknown, b?: unknown): void {
    const callback = (typeof a === "function" ? a : b) as ((r: FakeAsyncResult) => void) | undefined;
    const failed = this.workbook.failSettingsSave || this.workbook.readOnly;
    if (!failed) this.workbook.savedSettings = new Map(this.current);
    setTimeout(() => callback?.(failed ? { status: "failed", error: { code: 5001, message: "An internal error has occurred." } } : { status: "succeeded" }), 0);
  }
}

export class FakeOfficeContext {
  readonly document: { settings: FakeSettings };
  readonly requirements: { isSetSupported(name: string, minVersion?: string): boolean };
  readonly host = "Excel";
  readonly platform = "OfficeOnline";
  constructor(workbook: FakeWorkbook) {
    this.document = { settings: new FakeSettings(workbook) };
    this.requirements = {
      isSetSupported: (name: string, minVersion?: string) => name === "ExcelApi" && workbook.supports(minVersion ?? "1.1"),
    };
  }
}

/**
 * Defines globals `Office` (onReady, context, enums the pane may use) and `Excel` (run) over the fake workbook, as
 * Office.js would in a task pane. Returns a function that puts the previous globals back.
 */
export function installFakeOffice(target: object, workbook: FakeWorkbook): () => void {
  const g = target as Record<string, unknown>;
  const previous = { Office: g.Office, Excel: g.Excel };
  const context = workbook.officeContext();
  const info = { host: "Excel", platform: "OfficeOnline" };
  g.Office = {
    context,
    onReady: (callback?: (i: typeof info) => void) => Promise.resolve(info).then((i) => (callback?.(i), i)),
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  g.Excel = {
    run: workbook.run,
    CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    ConditionalFormatType: { custom: "Custom" },
    ErrorCodes: { accessDenied: "AccessDenied", itemNotFound: "ItemNotFound", invalidArgument: "InvalidArgument" },
  };
  return () => {
    g.Office = previous.Office;
    g.Excel = previous.Excel;
  };
}

// ---------- the request context and its queue ----------

interface QueuedOp {
  info: OpInfo;
  /** What travels in the request: measured as JSON. */
  wire: unknown;
  /** Minimum ExcelApi version of the operation. */
  api?: string;
  /** The sheet the operation works on, resolved when it runs (before the test's failWhen sees it). */
  sheet?: () => string | undefined;
  /** Applies the operation, or fetches loaded data (returned, committed only if the whole sync succeeds). */
  run(): { data?: unknown; commit?: () => void } | void;
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: QueuedOp[] = [];
  constructor(readonly state: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  enqueue(op: QueuedOp): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queue;
    this.queue = [];
    const request = JSON.stringify(ops.map((o) => o.wire));
    const record: SyncRecord = { requestBytes: utf8Length(request), responseBytes: 0, ops: ops.map((o) => o.info) };
    this.state.syncLog.push(record);
    if (record.requestBytes > this.state.payloadLimit) {
      record.error = "RequestPayloadSizeLimitExceeded";
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    const loaded: { data: unknown; commit?: () => void }[] = [];
    for (const op of ops) {
      try {
        if (op.api && !this.state.supports(op.api)) {
          throw new FakeOfficeError("ApiNotFound", `The API you are trying to use could not be found (${op.info.member} needs ExcelApi ${op.api}).`);
        }
        if (op.sheet) {
          try {
            op.info.sheet = op.sheet();
          } catch {
            // run() reports the missing object
          }
        }
        const refused = this.state.failWhen?.(op.info);
        if (refused) throw new FakeOfficeError(refused, `Refused by the test: ${op.info.target}.${op.info.member}`);
        const out = op.run();
        if (out && "data" in out) loaded.push({ data: out.data, commit: out.commit });
        else if (out?.commit) out.commit();
      } catch (e) {
        record.error = e instanceof FakeOfficeError ? e.code : "GeneralException";
        if (e instanceof FakeOfficeError) throw e;
        throw new FakeOfficeError("GeneralException", e instanceof Error ? e.message : String(e));
      }
    }
    const response = JSON.stringify(loaded.map((l) => l.data));
    record.responseBytes = utf8Length(response);
    if (record.responseBytes > this.state.payloadLimit) {
      record.error = "ResponsePayloadSizeLimitExceeded";
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const l of loaded) l.commit?.();
  }
}

function notLoaded(prop: string): never {
  throw new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function parseLoad(props?: string | string[]): string[][] {
  if (props === undefined) throw new FakeOfficeError("NotImplemented", "The fake needs the properties to load spelled out.");
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter(Boolean).map((p) => p.split("/"));
}

/** Base of every proxy: loaded properties, and loading by path (navigation properties and collections). */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(
    readonly context: FakeRequestContext,
    readonly path: string,
  ) {}

  get state(): FakeWorkbook {
    return this.context.state;
  }

  protected get(prop: string): unknown {
    if (!this.loaded.has(prop)) notLoaded(prop);
    return this.loaded.get(prop);
  }

  /** The current value of a scalar property, or a child proxy for a navigation property. */
  protected abstract fetch(prop: string): unknown;
  /** Whether the object exists (OrNullObject objects may not). */
  protected exists(): boolean {
    return true;
  }
  /** The sheet an operation on this object works on, for OpInfo. */
  protected sheetName(): string | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject") as boolean;
  }

  /** Loads paths now (during sync); returns the data and the commits that make it readable after the sync. */
  loadPaths(paths: string[][]): { data: Record<string, unknown>; commits: (() => void)[] } {
    const commits: (() => void)[] = [];
    if (!this.exists()) {
      commits.push(() => this.loaded.set("isNullObject", true));
      return { data: { isNullObject: true }, commits };
    }
    commits.push(() => this.loaded.set("isNullObject", false));
    const data: Record<string, unknown> = {};
    const byHead = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) byHead.set(head!, [...(byHead.get(head!) ?? []), rest]);
    for (const [head, rests] of byHead) {
      const value = this.fetch(head);
      const deeper = rests.filter((r) => r.length > 0);
      if (value instanceof Proxy) {
        if (deeper.length === 0) throw new FakeOfficeError("InvalidArgument", `"${head}" is an object: load its properties.`);
        const sub = value.loadPaths(deeper);
        data[head] = sub.data;
        commits.push(...sub.commits);
      } else if (value instanceof ProxyList) {
        const subs = value.items.map((item) => item.loadPaths(deeper));
        data[head] = subs.map((x) => x.data);
        commits.push(() => this.loaded.set(head, value.items), ...subs.flatMap((x) => x.commits));
      } else {
        if (deeper.length > 0) throw new FakeOfficeError("InvalidArgument", `"${head}" is not an object.`);
        data[head] = value;
        commits.push(() => this.loaded.set(head, value));
      }
    }
    return { data, commits };
  }

  load(props?: string | string[]): this {
    const paths = parseLoad(props);
    this.context.enqueue({
      info: { action: "load", target: this.path, member: paths.map((p) => p.join("/")).join(",") },
      wire: { o: this.path, a: "load", p: props },
      run: () => {
        const { data, commits } = this.loadPaths(paths);
        return { data, commit: () => commits.forEach((c) => c()) };
      },
    });
    return this;
  }

  /** Queues a property set or method call. */
  protected queue(action: "set" | "call", member: string, args: unknown, apply: () => void, api?: string, sheet?: () => string | undefined): void {
    this.context.enqueue({
      info: { action, target: this.path, member },
      wire: { o: this.path, a: action, m: member, v: args },
      api,
      sheet: sheet ?? (() => this.sheetName()),
      run: () => {
        apply();
      },
    });
  }
}

/** The items of a collection, resolved at sync time. */
class ProxyList {
  constructor(readonly items: Proxy[]) {}
}

// ---------- workbook-level objects ----------

class FakeWorkbookProxy extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeWorkbookTables;
  readonly protection: FakeWorkbookProtection;
  constructor(context: FakeRequestContext) {
    super(context, "workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
    this.names = new FakeNamedItemCollection(context);
    this.tables = new FakeWorkbookTables(context);
    this.protection = new FakeWorkbookProtection(context);
  }
  get readOnly(): boolean {
    return this.get("readOnly") as boolean;
  }
  protected fetch(prop: string): unknown {
    if (prop === "readOnly") {
      if (!this.state.supports("1.8")) throw new FakeOfficeError("ApiNotFound", "Workbook.readOnly needs ExcelApi 1.8.");
      return this.state.readOnly;
    }
    throw new FakeOfficeError("NotImplemented", `workbook.${prop}`);
  }
}

class FakeWorkbookProtection extends Proxy {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.protection");
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
  protected fetch(prop: string): unknown {
    if (!this.state.supports("1.7")) throw new FakeOfficeError("ApiNotFound", "WorkbookProtection needs ExcelApi 1.7.");
    if (prop === "protected") return this.state.structureProtected;
    throw new FakeOfficeError("NotImplemented", `workbook.protection.${prop}`);
  }
}

class FakeApplication extends Proxy {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.application");
  }
  get calculationMode(): string {
    return this.get("calculationMode") as string;
  }
  set calculationMode(mode: string) {
    this.queue(
      "set",
      "calculationMode",
      mode,
      () => {
        if (!["Automatic", "AutomaticExceptTables", "Manual"].includes(mode)) throw new FakeOfficeError("InvalidArgument", `Calculation mode "${mode}".`);
        this.state.calculationMode = mode as FakeWorkbook["calculationMode"];
      },
      "1.8",
    );
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.queue("call", "suspendScreenUpdatingUntilNextSync", [], () => this.state.screenUpdatingSuspensions++, "1.9");
  }
  protected fetch(prop: string): unknown {
    if (prop === "calculationMode") return this.state.calculationMode;
    throw new FakeOfficeError("NotImplemented", `application.${prop}`);
  }
}

function checkWritable(workbook: FakeWorkbook): void {
  if (workbook.readOnly) throw new FakeOfficeError("AccessDenied", "The workbook is read-only.");
}

function checkStructure(workbook: FakeWorkbook): void {
  checkWritable(workbook);
  if (workbook.structureProtected) throw new FakeOfficeError("AccessDenied", "The workbook's structure is protected.");
}

function checkSheetWritable(workbook: FakeWorkbook, sheet: FakeSheetState): void {
  checkWritable(workbook);
  if (sheet.protected) throw new FakeOfficeError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`);
}

class FakeNamedItemCollection extends Proxy {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.names");
  }
  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this.context, name, false);
    this.queue(
      "call",
      "add",
      [name, reference, comment],
      () => {
        checkWritable(this.state);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError("InvalidArgument", `The name "${name}" is not valid.`);
        const key = name.toLowerCase();
        if (this.state.names.has(key) || this.state.tables.some((t) => t.name.toLowerCase() === key)) {
          throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
        }
        if (typeof reference !== "string") throw new FakeOfficeError("NotImplemented", "The fake takes a formula string as the reference.");
        this.state.names.set(key, { name, formula: reference.startsWith("=") ? reference : `=${reference}` });
      },
      "1.4",
    );
    return item;
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, name, true);
  }
  protected fetch(prop: string): unknown {
    throw new FakeOfficeError("NotImplemented", `names.${prop}`);
  }
}

class FakeNamedItem extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly key: string,
    private readonly orNull: boolean,
  ) {
    super(context, `workbook.names.item(${JSON.stringify(key)})`);
  }
  private target(): { name: string; formula: string } | undefined {
    const t = this.state.names.get(this.key.toLowerCase());
    if (!t && !this.orNull) throw new FakeOfficeError("ItemNotFound", `The name "${this.key}" does not exist.`);
    return t;
  }
  protected override exists(): boolean {
    return this.target() !== undefined;
  }
  get name(): string {
    return this.get("name") as string;
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  delete(): void {
    this.queue("call", "delete", [], () => {
      checkWritable(this.state);
      const t = this.target();
      if (!t) throw new FakeOfficeError("ItemNotFound", `The name "${this.key}" does not exist.`);
      this.state.names.delete(this.key.toLowerCase());
    });
  }
  protected fetch(prop: string): unknown {
    const t = this.target()!;
    if (prop === "name") return t.name;
    if (prop === "formula") return t.formula;
    throw new FakeOfficeError("NotImplemented", `namedItem.${prop}`);
  }
}

class FakeWorkbookTables extends Proxy {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.tables");
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, `workbook.tables.item(${JSON.stringify(name)})`, () => {
      const t = this.state.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError("ItemNotFound", `There is no table "${name}".`);
      return t;
    });
  }
  protected fetch(prop: string): unknown {
    throw new FakeOfficeError("NotImplemented", `tables.${prop}`);
  }
}

class FakeTable extends Proxy {
  private bound: FakeTableState | null = null;
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolve: () => FakeTableState,
  ) {
    super(context, path);
  }
  bind(t: FakeTableState): void {
    this.bound = t;
  }
  target(): FakeTableState {
    if (!this.bound) this.bound = this.resolve();
    if (!this.state.tables.includes(this.bound)) throw new FakeOfficeError("ItemNotFound", "The table no longer exists.");
    return this.bound;
  }
  protected override sheetName(): string | undefined {
    return this.target().sheet.name;
  }
  get name(): string {
    return this.get("name") as string;
  }
  set name(name: string) {
    this.queue("set", "name", name, () => {
      const t = this.target();
      checkSheetWritable(this.state, t.sheet);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) throw new FakeOfficeError("InvalidArgument", `The table name "${name}" is not valid.`);
      const key = name.toLowerCase();
      if (this.state.tables.some((x) => x !== t && x.name.toLowerCase() === key) || this.state.names.has(key)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A table or name "${name}" already exists.`);
      }
      t.name = name;
    });
  }
  set style(style: string) {
    this.queue("set", "style", style, () => {
      const t = this.target();
      checkSheetWritable(this.state, t.sheet);
      t.style = style;
    });
  }
  protected fetch(prop: string): unknown {
    const t = this.target();
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    throw new FakeOfficeError("NotImplemented", `table.${prop}`);
  }
}

// ---------- worksheets ----------

class FakeWorksheetCollection extends Proxy {
  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets");
  }
  get items(): FakeWorksheet[] {
    return this.get("items") as FakeWorksheet[];
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheet(${JSON.stringify(name)})`, () => {
      const s = this.state.findSheet(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist (sheet "${name}").`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheetOrNull(${JSON.stringify(name)})`, () => this.state.findSheet(name) ?? null);
  }
  add(name: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.context, `worksheets.add(${JSON.stringify(name)})`, () => {
      throw new FakeOfficeError("InvalidOperation", "The sheet has not been added yet.");
    });
    this.queue("call", "add", [name], () => {
      checkStructure(this.state);
      checkSheetName(name);
      if (this.state.findSheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet called "${name}" already exists.`);
      sheet.bind(this.state.newSheet(name));
    }, undefined, () => name);
    return sheet;
  }
  protected fetch(prop: string): unknown {
    if (prop === "items") return new ProxyList(this.state.sheets.map((s) => FakeWorksheet.bound(this.context, s)));
    if (prop === "count") return this.state.sheets.length;
    throw new FakeOfficeError("NotImplemented", `worksheets.${prop}`);
  }
}

class FakeWorksheet extends Proxy {
  private bound: FakeSheetState | null | undefined = undefined;
  readonly protection: FakeSheetProtection;
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly tables: FakeSheetTables;
  readonly autoFilter: { apply(range: unknown): void };
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly resolve: () => FakeSheetState | null,
  ) {
    super(context, path);
    this.protection = new FakeSheetProtection(context, this);
    this.tables = new FakeSheetTables(context, this);
    this.freezePanes = {
      freezeRows: (count = 1) =>
        this.queue(
          "call",
          "freezePanes.freezeRows",
          [count],
          () => {
            const s = this.target();
            checkSheetWritable(this.state, s);
            s.freezeRows = count;
          },
          "1.7",
        ),
    };
    this.autoFilter = {
      apply: (range: unknown) =>
        this.queue(
          "call",
          "autoFilter.apply",
          [range instanceof FakeRange ? range.path : range],
          () => {
            const s = this.target();
            checkSheetWritable(this.state, s);
            s.autoFilter = range instanceof FakeRange ? range.rect() : parseAddress(String(range));
          },
          "1.9",
        ),
    };
  }

  static bound(context: FakeRequestContext, s: FakeSheetState): FakeWorksheet {
    const w = new FakeWorksheet(context, `worksheet#${s.id}`, () => s);
    w.bound = s;
    return w;
  }

  bind(s: FakeSheetState): void {
    this.bound = s;
  }

  /** The sheet, resolved at first use (as Office does), or null for a missing OrNullObject. */
  resolved(): FakeSheetState | null {
    if (this.bound === undefined) this.bound = this.resolve();
    if (this.bound && !this.state.sheets.includes(this.bound)) throw new FakeOfficeError("ItemNotFound", `The sheet "${this.bound.name}" has been deleted.`);
    return this.bound;
  }

  target(): FakeSheetState {
    const s = this.resolved();
    if (!s) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return s;
  }

  protected override exists(): boolean {
    return this.resolved() !== null;
  }

  protected override sheetName(): string | undefined {
    return this.resolved()?.name;
  }

  get name(): string {
    return this.get("name") as string;
  }
  set name(name: string) {
    this.queue("set", "name", name, () => {
      const s = this.target();
      checkStructure(this.state);
      checkSheetName(name);
      const other = this.state.findSheet(name);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet called "${name}" already exists.`);
      const oldRef = `${sheetPrefix(s.name)}!`;
      s.name = name;
      for (const n of this.state.names.values()) n.formula = n.formula.split(oldRef).join(`${sheetPrefix(name)}!`);
    });
  }
  get visibility(): string {
    return this.get("visibility") as string;
  }
  set visibility(v: string) {
    this.queue("set", "visibility", v, () => {
      const s = this.target();
      checkStructure(this.state);
      if (v !== "Visible" && this.state.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      s.visibility = v as FakeSheetState["visibility"];
    });
  }
  get pageLayout(): FakePageLayout {
    return new FakePageLayout(this.context, this);
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}.range(${address ?? ""})`, this, () => (address === undefined ? WHOLE_SHEET : parseAddress(address)));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.usedRangeOrNull(${valuesOnly === true})`,
      this,
      () => usedRect(this.target(), valuesOnly === true),
      "1.4",
    );
  }

  delete(): void {
    this.queue("call", "delete", [], () => {
      const s = this.target();
      checkStructure(this.state);
      if (s.visibility === "Visible" && this.state.sheets.filter((x) => x !== s && x.visibility === "Visible").length === 0) {
        throw new FakeOfficeError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      }
      this.state.sheets = this.state.sheets.filter((x) => x !== s);
      this.state.tables = this.state.tables.filter((t) => t.sheet !== s);
      const ref = `${sheetPrefix(s.name)}!`;
      for (const n of this.state.names.values()) if (n.formula.includes(ref)) n.formula = "=#REF!";
    });
  }

  activate(): void {
    this.queue("call", "activate", [], () => {
      const s = this.target();
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.state.activeSheet = s.name;
    });
  }

  protected fetch(prop: string): unknown {
    const s = this.target();
    switch (prop) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "id":
        return `{${s.id}}`;
      case "position":
        return this.state.sheets.indexOf(s);
      case "protection":
        return this.protection;
      default:
        throw new FakeOfficeError("NotImplemented", `worksheet.${prop}`);
    }
  }
}

function usedRect(s: FakeSheetState, valuesOnly: boolean): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const scan = (rows: unknown[][]) =>
    rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === undefined) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
  scan(s.values);
  if (!valuesOnly) scan(s.numberFormats);
  return bottom < 0 ? null : { top, left, bottom, right };
}

class FakeSheetProtection extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, `${sheet.path}.protection`);
  }
  get protected(): boolean {
    return this.get("protected") as boolean;
  }
  protected fetch(prop: string): unknown {
    if (prop === "protected") return this.sheet.target().protected;
    throw new FakeOfficeError("NotImplemented", `protection.${prop}`);
  }
}

class FakeSheetTables extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, `${sheet.path}.tables`);
  }
  protected override sheetName(): string | undefined {
    return this.sheet.resolved()?.name;
  }
  get items(): FakeTable[] {
    return this.get("items") as FakeTable[];
  }
  add(address: unknown, hasHeaders: boolean): FakeTable {
    const table = new FakeTable(this.context, `${this.path}.add(${String(address)})`, () => {
      throw new FakeOfficeError("InvalidOperation", "The table has not been added yet.");
    });
    this.queue("call", "add", [address instanceof FakeRange ? address.path : address, hasHeaders], () => {
      const s = this.sheet.target();
      checkSheetWritable(this.state, s);
      const rect = address instanceof FakeRange ? address.rect() : parseAddress(String(address));
      if (rect.bottom - rect.top < (hasHeaders ? 1 : 0)) throw new FakeOfficeError("InvalidArgument", "The fake wants a table with at least one data row.");
      if (this.state.tables.some((t) => t.sheet === s && intersects(t.rect, rect))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      if (s.merges.some((m) => intersects(m, rect))) throw new FakeOfficeError("InvalidOperation", "A table can't overlap merged cells.");
      // Excel names empty or repeated headers itself, in the cells.
      if (hasHeaders) {
        const seen = new Set<string>();
        for (let c = rect.left; c <= rect.right; c++) {
          let h = s.values[rect.top]?.[c];
          let text = h === undefined ? "" : String(h);
          if (text === "") text = `Column${c - rect.left + 1}`;
          let unique = text;
          for (let i = 2; seen.has(unique.toLowerCase()); i++) unique = `${text}${i}`;
          seen.add(unique.toLowerCase());
          if (unique !== h) {
            h = unique;
            (s.values[rect.top] ??= [])[c] = unique;
          }
        }
      }
      let n = this.state.tables.length + 1;
      while (this.state.tables.some((t) => t.name === `Table${n}`) || this.state.names.has(`table${n}`)) n++;
      const state: FakeTableState = { id: nextId++, name: `Table${n}`, sheet: s, rect, style: "TableStyleMedium2" };
      this.state.tables.push(state);
      table.bind(state);
    });
    return table;
  }
  protected fetch(prop: string): unknown {
    if (prop === "items") {
      const s = this.sheet.target();
      return new ProxyList(
        this.state.tables
          .filter((t) => t.sheet === s)
          .map((t) => {
            const p = new FakeTable(this.context, `table#${t.id}`, () => t);
            p.bind(t);
            return p;
          }),
      );
    }
    throw new FakeOfficeError("NotImplemented", `tables.${prop}`);
  }
}

class FakePageLayout extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, `${sheet.path}.pageLayout`);
  }
  protected override sheetName(): string | undefined {
    return this.sheet.resolved()?.name;
  }
  private setProp(prop: string, value: unknown): void {
    this.queue(
      "set",
      prop,
      value,
      () => {
        const s = this.sheet.target();
        checkSheetWritable(this.state, s);
        if (prop === "zoom") {
          const z = value as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
          for (const v of [z.horizontalFitToPages, z.verticalFitToPages]) {
            if (v !== undefined && (!Number.isInteger(v) || v < 0)) throw new FakeOfficeError("InvalidArgument", "Pages to fit must be a whole number.");
          }
        }
        s.pageLayout[prop] = value;
      },
      "1.9",
    );
  }
  set orientation(v: string) {
    this.setProp("orientation", v);
  }
  set paperSize(v: string) {
    this.setProp("paperSize", v);
  }
  set zoom(v: unknown) {
    this.setProp("zoom", v);
  }
  set leftMargin(v: number) {
    this.setProp("leftMargin", v);
  }
  set rightMargin(v: number) {
    this.setProp("rightMargin", v);
  }
  set topMargin(v: number) {
    this.setProp("topMargin", v);
  }
  set bottomMargin(v: number) {
    this.setProp("bottomMargin", v);
  }
  set headerMargin(v: number) {
    this.setProp("headerMargin", v);
  }
  set footerMargin(v: number) {
    this.setProp("footerMargin", v);
  }
  setPrintTitleRows(rows: string): void {
    this.setProp("printTitleRows", rows);
  }
  protected fetch(prop: string): unknown {
    return this.sheet.target().pageLayout[prop] ?? null;
  }
}

// ---------- ranges ----------

type Grid2D = unknown[][];

function shapeOf(value: unknown, rect: Rect, what: string): (r: number, c: number) => unknown {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(value)) {
    // A single value is copied over the whole range (Office's "single input copy").
    return () => value;
  }
  const grid = value as Grid2D;
  if (grid.length === 1 && Array.isArray(grid[0]) && grid[0].length === 1) return () => grid[0]![0];
  if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError("InvalidArgument", `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range.`);
  }
  return (r, c) => grid[r]![c];
}

class FakeRange extends Proxy {
  private boundRect: Rect | null | undefined = undefined;
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  readonly dataValidation: FakeDataValidation;
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly sheet: FakeWorksheet,
    private readonly resolveRect: () => Rect | null,
    private readonly api?: string,
  ) {
    super(context, path);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormatCollection(context, this);
    this.dataValidation = new FakeDataValidation(context, this);
  }

  rectOrNull(): Rect | null {
    if (this.api && !this.state.supports(this.api)) throw new FakeOfficeError("ApiNotFound", `${this.path} needs ExcelApi ${this.api}.`);
    if (this.boundRect === undefined) this.boundRect = this.resolveRect();
    return this.boundRect;
  }
  rect(): Rect {
    const r = this.rectOrNull();
    if (!r) throw new FakeOfficeError("ItemNotFound", "The range does not exist.");
    return r;
  }
  protected override exists(): boolean {
    return this.rectOrNull() !== null;
  }
  protected override sheetName(): string | undefined {
    return this.sheet.resolved()?.name;
  }

  /** Runs a write on the range's cells: protection and bounded-range checks first. */
  write(member: string, args: unknown, apply: (s: FakeSheetState, rect: Rect) => void, api?: string): void {
    this.queue(
      "set",
      member,
      args,
      () => {
        const s = this.sheet.target();
        const rect = this.rect();
        checkSheetWritable(this.state, s);
        if (rect.bottom - rect.top + 1 >= MAX_ROWS || rect.right - rect.left + 1 >= MAX_COLUMNS) this.state.unboundedWrites.push(`${s.name}!${formatAddress(rect)} ${member}`);
        apply(s, rect);
      },
      api,
    );
  }

  get address(): string {
    return this.get("address") as string;
  }
  get rowIndex(): number {
    return this.get("rowIndex") as number;
  }
  get columnIndex(): number {
    return this.get("columnIndex") as number;
  }
  get rowCount(): number {
    return this.get("rowCount") as number;
  }
  get columnCount(): number {
    return this.get("columnCount") as number;
  }
  get rowHidden(): boolean | null {
    return this.get("rowHidden") as boolean | null;
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  set values(value: unknown[][]) {
    this.write("values", value, (s, rect) => {
      const at = shapeOf(value, rect, "values");
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const v = at(r - rect.top, c - rect.left);
          if (v === null || v === undefined) continue;
          const key = `${r},${c}`;
          const row = (s.values[r] ??= []);
          s.formulas.delete(key);
          if (v === "") {
            row[c] = undefined;
            continue;
          }
          if (typeof v === "number" || typeof v === "boolean") {
            row[c] = v;
            continue;
          }
          if (typeof v !== "string") throw new FakeOfficeError("InvalidArgument", `Cannot write ${JSON.stringify(v)} to a cell.`);
          if (v.length > 32767) throw new FakeOfficeError("InvalidArgument", "Text longer than 32,767 characters.");
          if (s.numberFormats[r]?.[c] === "@") {
            row[c] = v;
            continue;
          }
          const typed = coerce(v);
          if (typed.formula !== undefined) {
            s.formulas.set(key, typed.formula);
            row[c] = evaluate(typed.formula);
          } else row[c] = typed.value;
        }
      }
    });
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat") as unknown[][];
  }
  set numberFormat(value: unknown[][]) {
    this.write("numberFormat", value, (s, rect) => {
      const at = shapeOf(value, rect, "numberFormat");
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row = (s.numberFormats[r] ??= []);
        for (let c = rect.left; c <= rect.right; c++) {
          const f = at(r - rect.top, c - rect.left);
          if (f === null || f === undefined) continue;
          if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "A number format must be text.");
          row[c] = f === "" || f === "General" ? undefined : f;
        }
      }
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }

  merge(across?: boolean): void {
    this.write(
      "merge",
      [across ?? false],
      (s, rect) => {
        if (across) throw new FakeOfficeError("NotImplemented", "merge(across) is not in the fake.");
        if (s.merges.some((m) => intersects(m, rect))) throw new FakeOfficeError("InvalidOperation", "Cannot merge over merged cells.");
        if (this.state.tables.some((t) => t.sheet === s && intersects(t.rect, rect))) throw new FakeOfficeError("InvalidOperation", "Cannot merge cells in a table.");
        // Excel keeps only the top-left value.
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            if (r === rect.top && c === rect.left) continue;
            if (s.values[r]) s.values[r]![c] = undefined;
            s.formulas.delete(`${r},${c}`);
          }
        }
        s.merges.push(rect);
      },
      "1.2",
    );
  }

  select(): void {
    this.queue("call", "select", [], () => {
      const s = this.sheet.target();
      this.state.selection = `${s.name}!${formatAddress(this.rect())}`;
    });
  }

  getSpecialCellsOrNullObject(cellType: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this, cellType);
  }

  protected fetch(prop: string): unknown {
    const s = this.sheet.target();
    const rect = this.rect();
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    switch (prop) {
      case "address":
        return `${sheetPrefix(s.name)}!${formatAddress(rect)}`;
      case "rowIndex":
        return rect.top;
      case "columnIndex":
        return rect.left;
      case "rowCount":
        return rows;
      case "columnCount":
        return cols;
      case "rowHidden": {
        let hidden = 0;
        for (const r of s.hiddenRows) if (r >= rect.top && r <= rect.bottom) hidden++;
        return hidden === 0 ? false : hidden === rows ? true : null;
      }
      case "values":
      case "numberFormat":
      case "formulas": {
        // Excel may return nothing for a read of more than 5 million cells.
        if (rows * cols > MAX_READ_CELLS) return null;
        const out: unknown[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const line = new Array<unknown>(cols);
          const vs = s.values[r];
          const fs = s.numberFormats[r];
          for (let c = rect.left; c <= rect.right; c++) {
            if (prop === "numberFormat") line[c - rect.left] = fs?.[c] ?? "General";
            else if (prop === "formulas") line[c - rect.left] = s.formulas.get(`${r},${c}`) ?? vs?.[c] ?? "";
            else line[c - rect.left] = vs?.[c] ?? "";
          }
          out.push(line);
        }
        return out;
      }
      case "format":
        return this.format;
      default:
        throw new FakeOfficeError("NotImplemented", `range.${prop}`);
    }
  }
}

class FakeRangeAreas extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
    private readonly cellType: string,
  ) {
    super(context, `${range.path}.specialCells(${cellType})`);
  }
  private areas(): Rect[] {
    if (!this.state.supports("1.9")) throw new FakeOfficeError("ApiNotFound", "getSpecialCellsOrNullObject needs ExcelApi 1.9.");
    if (this.cellType !== "Visible") throw new FakeOfficeError("NotImplemented", `special cells "${this.cellType}"`);
    const s = this.range.sheet.target();
    const rect = this.range.rect();
    const out: Rect[] = [];
    let start = -1;
    for (let r = rect.top; r <= rect.bottom + 1; r++) {
      const visible = r <= rect.bottom && !s.hiddenRows.has(r);
      if (visible && start < 0) start = r;
      if (!visible && start >= 0) {
        out.push({ top: start, left: rect.left, bottom: r - 1, right: rect.right });
        start = -1;
      }
    }
    return out;
  }
  protected override exists(): boolean {
    return this.areas().length > 0;
  }
  get address(): string {
    return this.get("address") as string;
  }
  protected fetch(prop: string): unknown {
    if (prop !== "address") throw new FakeOfficeError("NotImplemented", `rangeAreas.${prop}`);
    const prefix = sheetPrefix(this.range.sheet.target().name);
    return this.areas()
      .map((a) => `${prefix}!${formatAddress(a)}`)
      .join(",");
  }
}

class FakeRangeFormat extends Proxy {
  readonly fill: { color: string };
  readonly font: { bold: boolean; italic: boolean; size: number; color: string; underline: string };
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, `${range.path}.format`);
    const layer = (prop: string) => (value: unknown) =>
      range.write(`format.${prop}`, value, (s, rect) => {
        if (prop === "columnWidth") {
          for (let c = rect.left; c <= rect.right; c++) s.columnWidths.set(c, value as number);
          return;
        }
        s.styles.push({ rect, props: { [prop]: value } });
      });
    const setter = <T extends object>(props: string[], prefix: string): T => {
      const o = {};
      for (const p of props) {
        Object.defineProperty(o, p, {
          set: layer(`${prefix}${p}`),
          get: () => notLoaded(`${prefix}${p}`),
          enumerable: true,
        });
      }
      return o as T;
    };
    this.fill = setter(["color"], "fill.");
    this.font = setter(["bold", "italic", "size", "color", "underline", "name"], "font.");
    this.setWrap = layer("wrapText");
    this.setVertical = layer("verticalAlignment");
    this.setWidth = layer("columnWidth");
  }
  private readonly setWrap: (v: unknown) => void;
  private readonly setVertical: (v: unknown) => void;
  private readonly setWidth: (v: unknown) => void;
  set wrapText(v: boolean) {
    this.setWrap(v);
  }
  set verticalAlignment(v: string) {
    this.setVertical(v);
  }
  set columnWidth(v: number) {
    this.setWidth(v);
  }
  protected fetch(prop: string): unknown {
    throw new FakeOfficeError("NotImplemented", `format.${prop}`);
  }
}

// ---------- data validation (ExcelApi 1.8) ----------

const MAX_VALIDATION_MESSAGE = 255;
const MAX_VALIDATION_TITLE = 32;

function checkMessage(what: string, value: { message?: unknown; title?: unknown }): void {
  if (typeof value.message === "string" && value.message.length > MAX_VALIDATION_MESSAGE) {
    throw new FakeOfficeError("InvalidArgument", `The ${what} message is longer than ${MAX_VALIDATION_MESSAGE} characters.`);
  }
  if (typeof value.title === "string" && value.title.length > MAX_VALIDATION_TITLE) {
    throw new FakeOfficeError("InvalidArgument", `The ${what} title is longer than ${MAX_VALIDATION_TITLE} characters.`);
  }
}

class FakeDataValidation extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, `${range.path}.dataValidation`);
  }
  protected override sheetName(): string | undefined {
    return this.range.sheet.resolved()?.name;
  }
  /** The validation on exactly this block, made on first use. */
  private entry(s: FakeSheetState, rect: Rect): FakeValidationState {
    let v = s.validations.find((x) => x.rect.top === rect.top && x.rect.left === rect.left && x.rect.bottom === rect.bottom && x.rect.right === rect.right);
    if (!v) {
      if (s.validations.some((x) => intersects(x.rect, rect))) throw new FakeOfficeError("InvalidOperation", "The range overlaps another data validation: clear it first.");
      v = { rect, rule: null, ignoreBlanks: null, errorAlert: null, prompt: null };
      s.validations.push(v);
    }
    return v;
  }
  private set(prop: "rule" | "ignoreBlanks" | "errorAlert" | "prompt", value: unknown, check: () => void): void {
    this.range.write(
      `dataValidation.${prop}`,
      value,
      (s, rect) => {
        check();
        (this.entry(s, rect) as unknown as Record<string, unknown>)[prop] = value;
      },
      "1.8",
    );
  }
  set rule(rule: Record<string, unknown>) {
    this.set("rule", rule, () => {
      const kinds = Object.keys(rule ?? {});
      if (kinds.length !== 1) throw new FakeOfficeError("InvalidArgument", "A data validation rule has exactly one kind of criteria.");
      if (kinds[0] === "list") {
        const list = rule.list as { source?: unknown };
        if (typeof list.source !== "string" || list.source === "") throw new FakeOfficeError("InvalidArgument", "A list's source must be a comma-separated list.");
        if (list.source.length > 255) throw new FakeOfficeError("InvalidArgument", "A list's source is longer than 255 characters.");
      }
    });
  }
  set ignoreBlanks(v: boolean) {
    this.set("ignoreBlanks", v, () => undefined);
  }
  set errorAlert(v: { message?: string; showAlert?: boolean; style?: string; title?: string }) {
    this.set("errorAlert", v, () => checkMessage("error alert", v));
  }
  set prompt(v: { message?: string; showPrompt?: boolean; title?: string }) {
    this.set("prompt", v, () => checkMessage("prompt", v));
  }
  protected fetch(prop: string): unknown {
    throw new FakeOfficeError("NotImplemented", `dataValidation.${prop}`);
  }
}

// ---------- conditional formats ----------

class FakeConditionalFormatCollection extends Proxy {
  constructor(
    context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    super(context, `${range.path}.conditionalFormats`);
  }
  get items(): FakeConditionalFormat[] {
    return this.get("items") as FakeConditionalFormat[];
  }
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.context, `${this.path}.add(${type})`, this.range.sheet);
    this.range.write(
      "conditionalFormats.add",
      [type],
      (s, rect) => {
        if (type !== "Custom") throw new FakeOfficeError("NotImplemented", `conditional format type ${type}`);
        const state: FakeConditionalFormatState = { id: nextId++, rect, type, formula: "", fill: null };
        s.conditionalFormats.unshift(state); // top priority, as Excel adds it
        cf.bind(state);
      },
      "1.6",
    );
    return cf;
  }
  protected fetch(prop: string): unknown {
    if (!this.state.supports("1.6")) throw new FakeOfficeError("ApiNotFound", "Conditional formats need ExcelApi 1.6.");
    if (prop === "items") {
      const s = this.range.sheet.target();
      const rect = this.range.rect();
      return new ProxyList(
        s.conditionalFormats
          .filter((cf) => intersects(cf.rect, rect))
          .map((cf) => {
            const p = new FakeConditionalFormat(this.context, `conditionalFormat#${cf.id}`, this.range.sheet);
            p.bind(cf);
            return p;
          }),
      );
    }
    if (prop === "count") return this.range.sheet.target().conditionalFormats.filter((cf) => intersects(cf.rect, this.range.rect())).length;
    throw new FakeOfficeError("NotImplemented", `conditionalFormats.${prop}`);
  }
}

class FakeConditionalFormat extends Proxy {
  private bound: FakeConditionalFormatState | null = null;
  readonly custom: { rule: FakeCustomRule; format: { fill: { color: string } } };
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheet: FakeWorksheet,
  ) {
    super(context, path);
    const rule = new FakeCustomRule(context, this);
    const fill = {};
    Object.defineProperty(fill, "color", {
      set: (color: string) => this.change("custom.format.fill.color", color, (cf) => (cf.fill = color)),
      get: () => notLoaded("color"),
    });
    this.custom = { rule, format: { fill: fill as { color: string } } };
  }
  bind(cf: FakeConditionalFormatState): void {
    this.bound = cf;
  }
  target(): FakeConditionalFormatState {
    const s = this.sheet.target();
    if (!this.bound || !s.conditionalFormats.includes(this.bound)) throw new FakeOfficeError("ItemNotFound", "The conditional format no longer exists.");
    return this.bound;
  }
  protected override sheetName(): string | undefined {
    return this.sheet.resolved()?.name;
  }
  change(member: string, args: unknown, apply: (cf: FakeConditionalFormatState) => void): void {
    this.queue("set", member, args, () => {
      const cf = this.target();
      checkSheetWritable(this.state, this.sheet.target());
      apply(cf);
    });
  }
  get type(): string {
    return this.get("type") as string;
  }
  delete(): void {
    this.queue("call", "delete", [], () => {
      const cf = this.target();
      const s = this.sheet.target();
      checkSheetWritable(this.state, s);
      s.conditionalFormats = s.conditionalFormats.filter((x) => x !== cf);
    });
  }
  protected fetch(prop: string): unknown {
    if (prop === "type") return this.target().type;
    if (prop === "custom") {
      if (this.target().type !== "Custom") throw new FakeOfficeError("InvalidOperation", "Not a custom conditional format.");
      return this.custom.rule.parent;
    }
    throw new FakeOfficeError("NotImplemented", `conditionalFormat.${prop}`);
  }
}

/** `custom` (navigation) -> `rule` (navigation) -> `formula`. */
class FakeCustomRule extends Proxy {
  readonly parent: FakeCustomParent;
  constructor(
    context: FakeRequestContext,
    private readonly cf: FakeConditionalFormat,
  ) {
    super(context, `${cf.path}.custom.rule`);
    this.parent = new FakeCustomParent(context, cf, this);
  }
  get formula(): string {
    return this.get("formula") as string;
  }
  set formula(f: string) {
    this.cf.change("custom.rule.formula", f, (state) => (state.formula = f));
  }
  protected fetch(prop: string): unknown {
    if (prop === "formula") return this.cf.target().formula;
    throw new FakeOfficeError("NotImplemented", `rule.${prop}`);
  }
}

class FakeCustomParent extends Proxy {
  constructor(
    context: FakeRequestContext,
    cf: FakeConditionalFormat,
    private readonly rule: FakeCustomRule,
  ) {
    super(context, `${cf.path}.custom`);
  }
  protected fetch(prop: string): unknown {
    if (prop === "rule") return this.rule;
    throw new FakeOfficeError("NotImplemented", `custom.${prop}`);
  }
}
