import type { CellStyle } from "./tab-spec.js";

/** How each style meaning looks, as data every adapter renders the same way. Colours are RGB hex, "RRGGBB". */
export interface Look {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
}

export const PALETTE: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true, color: "595959" },
  muted: { italic: true, color: "595959" },
  section: { fill: "DDEBF7", bold: true, size: 12 },
  heading: { fill: "1F4E79", bold: true, color: "FFFFFF" },
  error: { fill: "F4CCCC", bold: true },
  warning: { fill: "FFE7B3" },
  info: { fill: "DCE9F7" },
  good: { fill: "D5EDD5" },
  total: { fill: "EDEDED", bold: true },
  bandLow: { fill: "C6EFCE" },
  bandMedium: { fill: "FFEB9C" },
  bandHigh: { fill: "F8CBAD" },
  bandVeryHigh: { fill: "FF7C80" },
  green: { fill: "C6EFCE" },
  amber: { fill: "FFEB9C" },
  red: { fill: "FFC7CE" },
};

/** A link cell: underlined, in Excel's hyperlink blue. */
export const LINK_LOOK: Look = { underline: true, color: "0563C1" };
