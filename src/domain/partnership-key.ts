// How a partnership named in one place is found in another (a duplicate row, an exception, a partner's rating, the
// last check's findings): the same rules everywhere, so one sheet never matches where another would not.

/** A reference as people vary it: case, spaces and the kind of dash ignored ("p–008 " is "P-008"). */
export function refKey(s: string): string {
  // Most references are printable ASCII with no spaces ("P-008"): only their case needs folding.
  if (PLAIN_REF.test(s)) return s.toLowerCase();
  return s.toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/\s+/g, "");
}

const PLAIN_REF = /^[!-~]*$/;

/** A name as people vary it: case, spacing, punctuation and "&"/"and" ignored. */
export function nameKey(s: string): string {
  return asciiNameKey(s) ?? s.toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * nameKey for ASCII text, word by word, several times faster than the regular expressions (this runs on every
 * row); null when the text has other characters.
 */
function asciiNameKey(s: string): string | null {
  const lower = s.toLowerCase();
  let out = "";
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c >= 128) return null;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      out = out === "" ? lower.slice(start, i) : `${out} ${lower.slice(start, i)}`;
      start = -1;
    }
    if (c === 38) out = out === "" ? "and" : `${out} and`;
  }
  return out;
}
