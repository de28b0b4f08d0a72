/** Excel refuses cells longer than this. */
export const MAX_CELL_TEXT = 32_767;

// C0 and C1 control characters other than tab and line breaks.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// Bidirectional overrides and isolates can make text read backwards ("Trojan Source").
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * Register text made safe to show in a tab or a message: control characters and bidi overrides become a visible
 * marker ("[U+202E]"), and text too long for a cell is cut with a note.
 */
export function safeText(text: string, max = MAX_CELL_TEXT): string {
  if (text.length <= max && !UNSAFE.test(text)) return text;
  let out = text.replace(CONTROL, "\uFFFD").replace(BIDI, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`);
  if (out.length > max) {
    const note = ` … [cut: ${out.length.toLocaleString("en-GB")} characters]`;
    out = out.slice(0, max - note.length) + note;
  }
  return out;
}
