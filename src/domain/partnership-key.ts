// How a partnership named in one place is found in another (a duplicate row, an exception, a partner's rating, the
// last check's findings): the same rules everywhere, so one sheet never matches where another would not.

/** A reference as people vary it: case, spaces and the kind of dash ignored ("p–008 " is "P-008"). */
export function refKey(s: string): string {
  return s.toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, "");
}

/** A name as people vary it: case, spacing, punctuation and "&"/"and" ignored. */
export function nameKey(s: string): string {
  const lower = s.toLowerCase().replace(/&/g, " and ");
  // The ASCII pattern gives the same key as the Unicode one on ASCII text, several times faster: this runs on every row.
  return (ASCII.test(lower) ? lower.replace(/[^a-z0-9]+/g, " ") : lower.replace(/[^\p{L}\p{N}]+/gu, " ")).trim();
}

const ASCII = /^[\x00-\x7f]*$/;
