import path from "node:path";
import { attributes, elements, escapeAttr, rootPrefix } from "./xml-text.js";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part the target names, resolved against the source part (internal targets only). */
  part?: string;
}

/** The relationships part of a part: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`; the package's own is `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const dir = path.posix.dirname(part);
  const name = path.posix.basename(part);
  return dir === "." || dir === "" ? `_rels/${name}.rels` : `${dir}/_rels/${name}.rels`;
}

/** The part a relationship target names, from the part that holds the relationship ("" for the package). */
export function resolveTarget(source: string, target: string): string {
  let t = target.split("#")[0] ?? "";
  try {
    t = decodeURIComponent(t);
  } catch {
    // leave undecodable targets as they are
  }
  if (t.startsWith("/")) return path.posix.normalize(t).slice(1);
  const dir = source ? path.posix.dirname(source) : "";
  const joined = path.posix.normalize(path.posix.join(dir === "." ? "" : dir, t));
  return joined.replace(/^(\.\.\/)+/, "");
}

/** A relative target for `part` from `source`, as Excel writes them. */
export function relativeTarget(source: string, part: string): string {
  const rel = path.posix.relative(path.posix.dirname(source), part);
  return rel.split("/").map(encodeURIComponent).join("/");
}

/** The relationships in a .rels part, targets resolved from `source` (the part the rels belong to). */
export function parseRels(xml: string, source: string): Relationship[] {
  const p = rootPrefix(xml, "Relationships");
  return elements(xml, `${p}Relationship`).map((el) => {
    const a = attributes(el.tag);
    const target = a.get("Target") ?? "";
    const external = a.get("TargetMode") === "External";
    const rel: Relationship = { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target, external };
    if (!external && target) rel.part = resolveTarget(source, target);
    return rel;
  });
}

/** The relationship type's last path segment: `.../relationships/worksheet` -> `worksheet`. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/** The rels XML with relationships `remove` taken out and `add` appended; everything else kept as written. */
export function editRels(xml: string, remove: ReadonlySet<string>, add: readonly NewRelationship[]): string {
  const p = rootPrefix(xml, "Relationships");
  let out = xml;
  for (const el of elements(xml, `${p}Relationship`).reverse()) {
    if (remove.has(attributes(el.tag).get("Id") ?? "")) out = out.slice(0, el.start) + out.slice(el.end);
  }
  const added = add.map((r) => `<${p}Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`).join("");
  if (!added) return out;
  const close = `</${p}Relationships>`;
  const at = out.lastIndexOf(close);
  if (at >= 0) return out.slice(0, at) + added + out.slice(at);
  // `<Relationships .../>`: open it up.
  return out.replace(new RegExp(`<${p}Relationships\\b([^>]*?)\\s*/>`), `<${p}Relationships$1>${added}${close}`);
}

/** A fresh relationships part. */
export function relsXml(rels: readonly NewRelationship[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`).join("") +
    "</Relationships>"
  );
}

/** Ids not used yet, `rId<n>` after the highest numbered one. */
export function freshIds(existing: Iterable<string>): () => string {
  let n = 0;
  const used = new Set<string>();
  for (const id of existing) {
    used.add(id);
    const m = /^rId(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => {
    let id: string;
    do id = `rId${++n}`;
    while (used.has(id));
    used.add(id);
    return id;
  };
}
