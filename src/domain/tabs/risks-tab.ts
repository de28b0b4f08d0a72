import { BANDS, type Band, type RiskSettings } from "../profile/risk-settings.js";
import { bandOf, riskTableOf, type Risk, type RiskTable } from "../derive/risks.js";
import { headerRows, type Provenance } from "./provenance.js";
import type { CellStyle, TabCell, TabSpec } from "./tab-spec.js";
import { materialize, rowStream } from "./tab-rows.js";

export const BAND_LABEL: Record<Band, string> = { low: "Low", medium: "Medium", high: "High", veryHigh: "Very high" };
export const BAND_STYLE: Record<Band, CellStyle> = { low: "bandLow", medium: "bandMedium", high: "bandHigh", veryHigh: "bandVeryHigh" };

export const RISK_HEADERS = [
  "Ref",
  "Partnership",
  "Weakness (clause 2.4)",
  "Likelihood",
  "Impact",
  "Score",
  "Band",
  "Owner",
  "Suggested action",
  "Review by",
  "Findings",
];

export const NO_OWNER = "No sponsoring officer: assign one";

/**
 * The Risks tab: provenance, a count by band, a 5×5 heat map (likelihood 5 at the top, impact 1-5
 * across, each cell coloured by the band of likelihood × impact), then one row a risk as a table.
 */
export function risksTab(risks: readonly Risk[], from: Provenance, risk: RiskSettings): TabSpec {
  return materialize(risksTabStreamed(riskTableOf(risks), from, risk));
}

/** The Risks tab with its one-row-a-risk table made while it is written (`more`). */
export function risksTabStreamed(risks: RiskTable, from: Provenance, risk: RiskSettings): TabSpec {
  const map = risks.heatMap();
  const rows: TabCell[][] = [
    ...headerRows("Risks", from),
    [{ t: "text", v: countLine(map, risks.length, risk.bands) }],
    [],
    [{ t: "text", v: "Heat map: number of risks by likelihood and impact", style: "section" }],
    [
      { t: "text", v: "Likelihood ↓ Impact →", style: "muted" },
      ...[1, 2, 3, 4, 5].map((i): TabCell => ({ t: "text", v: `Impact ${i}`, style: "heading" })),
    ],
  ];
  for (let l = 5; l >= 1; l--) {
    rows.push([
      { t: "text", v: `Likelihood ${l}`, style: "heading" },
      ...[1, 2, 3, 4, 5].map((i): TabCell => ({ t: "number", v: map[l - 1]![i - 1]!, style: BAND_STYLE[bandOf(l * i, risk.bands)] })),
    ]);
  }
  rows.push([{ t: "text", v: bandsLine(risk.bands), style: "muted" }]);
  rows.push([]);
  rows.push(RISK_HEADERS.map((h): TabCell => ({ t: "text", v: h, style: "heading" })));
  const headerRow = rows.length - 1;

  return {
    key: "risks",
    name: "Risks",
    widths: [14, 34, 34, 11, 9, 9, 11, 24, 70, 12, 40],
    rows,
    more: rowStream(risks, risks.length, riskRow),
    tables: [{ name: "PRA_Risks", headerRow, lastRow: headerRow + risks.length, columns: RISK_HEADERS.length }],
    print: { landscape: true, fitToWidth: true },
  };
}

function riskRow(r: Risk): TabCell[] {
  return [
    { t: "text", v: r.ref ?? "" },
    { t: "text", v: r.partnership ?? "" },
    { t: "text", v: `${r.group}) ${r.weakness}` },
    { t: "number", v: r.likelihood },
    { t: "number", v: r.impact },
    { t: "number", v: r.score },
    { t: "text", v: BAND_LABEL[r.band], style: BAND_STYLE[r.band] },
    r.owner ? { t: "text", v: r.owner } : { t: "text", v: NO_OWNER, style: "warning" },
    { t: "text", v: r.action, wrap: true },
    { t: "date", v: r.reviewBy },
    { t: "text", v: r.findings.join(", ") },
  ];
}

/** "12 risks: 1 very high, 3 high, …", counted from the heat map. */
function countLine(map: readonly number[][], total: number, bands: RiskSettings["bands"]): string {
  if (total === 0) return "No risks: no partnership has a finding that points to a clause 2.4 weakness.";
  const inBand = (b: Band) => {
    let n = 0;
    for (let l = 1; l <= 5; l++) for (let i = 1; i <= 5; i++) if (bandOf(l * i, bands) === b) n += map[l - 1]![i - 1]!;
    return n;
  };
  const parts = [...BANDS].reverse().map((b) => `${inBand(b)} ${BAND_LABEL[b].toLowerCase()}`);
  return `${total} ${total === 1 ? "risk" : "risks"}: ${parts.join(", ")}.`;
}

/** "Bands (likelihood × impact): low 1-4, medium 5-9, high 10-14, very high 15-25." from the settings. */
function bandsLine(bands: RiskSettings["bands"]): string {
  const parts: string[] = [];
  for (const b of BANDS) {
    const [lo, hi] = rangeOf(b, bands);
    if (lo <= hi) parts.push(`${BAND_LABEL[b].toLowerCase()} ${lo === hi ? lo : `${lo}–${hi}`}`);
  }
  return `Each cell counts the risks with that likelihood and impact; its colour is the band of likelihood × impact: ${parts.join(", ")}.`;
}

function rangeOf(b: Band, bands: RiskSettings["bands"]): [number, number] {
  let lo = 26;
  let hi = 0;
  for (let s = 1; s <= 25; s++) {
    if (bandOf(s, bands) !== b) continue;
    lo = Math.min(lo, s);
    hi = Math.max(hi, s);
  }
  return [lo, hi];
}
