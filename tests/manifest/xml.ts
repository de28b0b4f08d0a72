// A tiny, strict XML parser for the manifest test: it accepts only well-formed XML 1.0 with namespaces
// (matching tags, quoted and unique attributes, known entities, declared prefixes, one root element) and
// returns the element tree. No DTDs: a manifest has none.

export interface XmlElement {
  /** The qualified name as written, e.g. "bt:Image". */
  name: string;
  /** The name without its prefix. */
  local: string;
  /** The namespace URI the prefix (or the default namespace) resolves to; "" for none. */
  namespace: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities resolved, trimmed. */
  text: string;
  line: number;
}

export class XmlError extends Error {}

const NAME = /^[A-Za-z_][-A-Za-z0-9._]*(?::[A-Za-z_][-A-Za-z0-9._]*)?/;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const XML_NS = "http://www.w3.org/XML/1998/namespace";

export function parseXml(source: string): XmlElement {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;

  const line = (at = pos) => source.slice(0, at).split("\n").length;
  const fail = (what: string): never => {
    throw new XmlError(`${what} (line ${line()})`);
  };
  const startsWith = (s: string) => source.startsWith(s, pos);
  const skipSpace = () => {
    while (pos < source.length && /[ \t\r\n]/.test(source[pos]!)) pos++;
  };
  const name = (): string => {
    const m = NAME.exec(source.slice(pos, pos + 200));
    if (!m) fail("expected a name");
    pos += m![0].length;
    return m![0];
  };
  const decode = (raw: string): string => {
    if (raw.includes("<")) fail('"<" is not allowed here; write &lt;');
    return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(";")) fail(`"&" must start an entity such as &amp; (found "${whole.slice(0, 12)}")`);
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (!num) return fail(`unknown entity &${ref};`);
      const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
      if (code === 0 || code > 0x10ffff) fail(`invalid character reference &${ref};`);
      return String.fromCodePoint(code);
    });
  };
  const comment = () => {
    const end = source.indexOf("-->", pos + 4);
    if (end < 0) fail("unclosed comment");
    if (source.slice(pos + 4, end).includes("--")) fail('"--" is not allowed inside a comment');
    pos = end + 3;
  };
  const processingInstruction = () => {
    pos += 2;
    const target = name();
    if (target.toLowerCase() === "xml") fail("the XML declaration must come first in the file");
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unclosed processing instruction");
    pos = end + 2;
  };
  /** Comments, processing instructions and white space, outside the root element. */
  const misc = () => {
    for (;;) {
      skipSpace();
      if (startsWith("<!--")) comment();
      else if (startsWith("<?")) processingInstruction();
      else if (startsWith("<!DOCTYPE")) fail("a DOCTYPE is not expected in a manifest");
      else return;
    }
  };

  if (startsWith("<?xml")) {
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unclosed XML declaration");
    const decl = source.slice(pos, end + 2);
    if (!/^<\?xml\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][-A-Za-z0-9._]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*\?>$/.test(decl)) {
      fail("malformed XML declaration");
    }
    pos = end + 2;
  }
  misc();

  const element = (scopes: Map<string, string>): XmlElement => {
    const at = pos;
    if (!startsWith("<")) fail("expected an element");
    pos++;
    const tag = name();
    const raw: Record<string, string> = {};
    for (;;) {
      const before = pos;
      skipSpace();
      if (startsWith("/>") || startsWith(">")) break;
      if (pos === before) fail(`expected white space before an attribute in <${tag}>`);
      const attr = name();
      skipSpace();
      if (source[pos] !== "=") fail(`attribute ${attr} in <${tag}> has no value`);
      pos++;
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`the value of ${attr} in <${tag}> must be quoted`);
      const end = source.indexOf(quote!, pos + 1);
      if (end < 0) fail(`unclosed value of ${attr} in <${tag}>`);
      if (attr in raw) fail(`attribute ${attr} appears twice in <${tag}>`);
      raw[attr] = decode(source.slice(pos + 1, end));
      pos = end + 1;
    }

    // Namespaces: xmlns and xmlns:p declarations apply to this element and its descendants.
    const scope = new Map(scopes);
    for (const [attr, value] of Object.entries(raw)) {
      if (attr === "xmlns") scope.set("", value);
      else if (attr.startsWith("xmlns:")) {
        if (value === "") fail(`the prefix ${attr.slice(6)} cannot be undeclared`);
        scope.set(attr.slice(6), value);
      }
    }
    const resolve = (qname: string, isAttribute: boolean): string => {
      const colon = qname.indexOf(":");
      if (colon < 0) return isAttribute ? "" : (scope.get("") ?? "");
      const prefix = qname.slice(0, colon);
      if (prefix === "xml") return XML_NS;
      if (prefix === "xmlns") return "";
      const ns = scope.get(prefix);
      if (ns === undefined) fail(`the prefix "${prefix}" in ${qname} is not declared`);
      return ns!;
    };
    const expanded = new Set<string>();
    for (const attr of Object.keys(raw)) {
      if (attr === "xmlns" || attr.startsWith("xmlns:")) continue;
      const key = `${resolve(attr, true)} ${attr.slice(attr.indexOf(":") + 1)}`;
      if (expanded.has(key)) fail(`two attributes of <${tag}> have the same expanded name`);
      expanded.add(key);
    }
    const el: XmlElement = {
      name: tag,
      local: tag.slice(tag.indexOf(":") + 1),
      namespace: resolve(tag, false),
      attributes: raw,
      children: [],
      text: "",
      line: line(at),
    };
    if (startsWith("/>")) {
      pos += 2;
      return el;
    }
    pos++; // ">"
    let text = "";
    for (;;) {
      if (pos >= source.length) fail(`<${tag}> is never closed`);
      if (startsWith("</")) {
        pos += 2;
        const closing = name();
        if (closing !== tag) fail(`</${closing}> closes <${tag}>`);
        skipSpace();
        if (source[pos] !== ">") fail(`malformed end tag </${closing}>`);
        pos++;
        el.text = text.trim();
        return el;
      }
      if (startsWith("<!--")) comment();
      else if (startsWith("<![CDATA[")) {
        const end = source.indexOf("]]>", pos);
        if (end < 0) fail("unclosed CDATA section");
        text += source.slice(pos + 9, end);
        pos = end + 3;
      } else if (startsWith("<?")) processingInstruction();
      else if (startsWith("<")) el.children.push(element(scope));
      else {
        const next = source.indexOf("<", pos);
        const chunk = source.slice(pos, next < 0 ? source.length : next);
        if (chunk.includes("]]>")) fail('"]]>" is not allowed in text');
        text += decode(chunk);
        pos += chunk.length;
      }
    }
  };

  const root = element(new Map());
  misc();
  if (pos < source.length) fail("only one root element is allowed, and nothing but comments after it");
  return root;
}

/** Every element in the tree, in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The first child with this local name, or undefined. */
export function child(e: XmlElement, local: string): XmlElement | undefined {
  return e.children.find((c) => c.local === local);
}
