// Small helpers for editing package XML as text: escaping, reading and setting attributes of one start tag.

// Characters XML 1.0 does not allow, lone surrogates included.
// eslint-disable-next-line no-control-regex
const ILLEGAL = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex
const ILLEGAL_ANY = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NEEDS_TEXT_ESCAPE = /[&<>\r]/;
const NEEDS_ATTR_ESCAPE = /[&<>"\t\n\r]/;

/** Text with the characters XML 1.0 forbids removed. */
export function xmlLegal(text: string): string {
  return ILLEGAL_ANY.test(text) ? text.replace(ILLEGAL, "") : text;
}

/** Escapes element text (and removes characters XML cannot hold); a carriage return survives as a reference. */
export function escapeText(text: string): string {
  const legal = xmlLegal(text);
  if (!NEEDS_TEXT_ESCAPE.test(legal)) return legal;
  return legal.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Escapes an attribute value for double quotes. */
export function escapeAttr(text: string): string {
  const legal = xmlLegal(text);
  if (!NEEDS_ATTR_ESCAPE.test(legal)) return legal;
  return legal
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#9;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;");
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decodes the predefined entities and character references. */
export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[ref] ?? m;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag (`<x a="1" b='2'>`), by qualified name, unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const open = tag.search(/\s/);
  if (open < 0) return out;
  ATTR.lastIndex = open;
  for (let m = ATTR.exec(tag); m; m = ATTR.exec(tag)) out.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ""));
  return out;
}

/** The start tag with attribute `name` set to `value` (added before the end of the tag when absent). */
export function setAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}"${escapeAttr(value)}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/, "")} ${name}="${escapeAttr(value)}"${tag.slice(end)}`;
}

/** The namespace prefix (with its colon, or "") of the document's root element. */
export function rootPrefix(xml: string, local: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${local}[\\s>/]`).exec(xml);
  return m?.[1] ?? "";
}

/** The prefix declared for namespace `uri` on the root element, if any (without its colon). */
export function prefixFor(xml: string, uri: string): string | undefined {
  const m = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${uri.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']`).exec(xml);
  return m?.[1];
}

export function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A complete element `<p:name ...>...</p:name>` or `<p:name .../>` found in `xml`. */
export interface Element {
  start: number;
  end: number;
  /** The start tag alone. */
  tag: string;
  /** Text between the start and end tags ("" for an empty element). */
  inner: string;
}

/** Every element with this qualified name (not nested in itself), in document order, from `from`. */
export function elements(xml: string, qname: string, from = 0, to = xml.length): Element[] {
  const q = regexEscape(qname);
  const re = new RegExp(`<${q}(?=[\\s/>])[^>]*>`, "g");
  re.lastIndex = from;
  const out: Element[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    const tag = m[0];
    if (tag.endsWith("/>")) {
      out.push({ start: m.index, end: m.index + tag.length, tag, inner: "" });
      continue;
    }
    const close = `</${qname}>`;
    const at = xml.indexOf(close, re.lastIndex);
    if (at < 0) break;
    out.push({ start: m.index, end: at + close.length, tag, inner: xml.slice(re.lastIndex, at) });
    re.lastIndex = at + close.length;
  }
  return out;
}

/** The first element with this qualified name, if any. */
export function element(xml: string, qname: string, from = 0): Element | undefined {
  return elements(xml, qname, from)[0];
}
