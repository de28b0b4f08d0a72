import type { TabCell } from "./tab-spec.js";
import { TAB_MARKER } from "./tab-spec.js";
import { formatUkDate } from "../register/calendar.js";

export interface Provenance {
  file: string | null;
  sheet: string | null;
  profile: string;
  today: string;
}

/** The title row and the marker row every generated tab starts with: which register, profile and date. */
export function headerRows(title: string, from: Provenance): TabCell[][] {
  const source = [from.file, from.sheet].filter(Boolean).join(" › ") || "no register found";
  return [
    [{ t: "text", v: title, style: "title" }],
    [
      {
        t: "text",
        v: `${TAB_MARKER} · Register: ${source} · Profile: ${from.profile} · Check date: ${formatUkDate(from.today)}`,
        style: "subtitle",
      },
    ],
  ];
}
