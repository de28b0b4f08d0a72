// How a partnership named in one place is found in another (a duplicate row, an exception, a partner's rating, the
// last check's findings): the same rules everywhere, so one sheet never matches where another would not.

/** A reference as people vary it: case, spaces and the kind of dash ignored ("p–008 " is "P-008"). */
export function refKey(s: string): string {
  return s.toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, "");
}

/** A name as people vary it: case, spacing, punctuation and "&"/"and" ignored. */
export function nameKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
