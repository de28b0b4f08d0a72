// The add-in manifest, checked offline (`npm run validate` asks Microsoft's online service; this does not):
// well-formed, complete, every URL it names served by the production build, icons the right size, the
// requirement set the adapter relies on, and no localhost left in the production manifest.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MIN_EXCEL_API } from "../../src/office/requirements.js";
import { ICON_SIZES, drawIcon, encodePng } from "../../scripts/make-icons.js";
import { DIST, PUBLIC_URL, ROOT, productionBuild } from "./production-build.js";
import { allElements, child, parseXml, XmlError, type XmlElement } from "./xml.js";

const DEV_URL = "https://localhost:3000/";
const OFFICE_NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
const XSI_TYPE = "xsi:type";

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`).toBe(true);
  expect(bytes.toString("latin1", 12, 16), `${file} starts with IHDR`).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every http(s) URL in attribute values and element text. */
function urlsIn(root: XmlElement): { url: string; where: string }[] {
  const found: { url: string; where: string }[] = [];
  for (const e of allElements(root)) {
    for (const [name, value] of Object.entries(e.attributes)) {
      if (/^https?:\/\//i.test(value) && !name.startsWith("xmlns")) found.push({ url: value, where: `${e.name}@${name} (line ${e.line})` });
    }
    if (/^https?:\/\//i.test(e.text)) found.push({ url: e.text, where: `${e.name} (line ${e.line})` });
  }
  return found;
}

/** The bt: resources by kind and id. */
function resources(root: XmlElement) {
  const res = allElements(root).find((e) => e.local === "Resources")!;
  const byKind = (kind: string) =>
    new Map((child(res, kind)?.children ?? []).map((e) => [e.attributes.id!, e.attributes.DefaultValue!] as const));
  return { images: byKind("Images"), urls: byKind("Urls"), short: byKind("ShortStrings"), long: byKind("LongStrings") };
}

/** The file in the build that a production URL points at. */
function distFile(url: string): string {
  expect(url.startsWith(PUBLIC_URL), `${url} is under ${PUBLIC_URL}`).toBe(true);
  const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(PUBLIC_URL).pathname.length));
  return path.join(DIST, rel);
}

describe("manifest.xml (as written, for the dev server)", () => {
  const root = parseXml(source);
  const top = (local: string) => child(root, local);

  it("is a TaskPaneApp for Excel workbooks", () => {
    expect(root.local).toBe("OfficeApp");
    expect(root.namespace).toBe(OFFICE_NS);
    expect(root.attributes[XSI_TYPE]).toBe("TaskPaneApp");
    expect(top("Hosts")!.children.map((h) => h.attributes.Name)).toEqual(["Workbook"]);
    expect(top("Permissions")!.text).toBe("ReadWriteDocument");
    expect(top("DisplayName")!.attributes.DefaultValue).toBe("Partnership Register Assurance");
    expect(top("ProviderName")!.text).not.toBe("");
    expect(top("Description")!.attributes.DefaultValue!.length).toBeGreaterThan(20);
  });

  it("has a GUID Id and a four-part numeric Version", () => {
    expect(top("Id")!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(top("Version")!.text).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  });

  it("asks for the ExcelApi version the adapter is written against", () => {
    const sets = child(top("Requirements")!, "Sets")!;
    expect(sets.attributes.DefaultMinVersion).toBe("1.1");
    const excel = sets.children.filter((s) => s.attributes.Name === "ExcelApi");
    expect(excel).toHaveLength(1);
    expect(excel[0]!.attributes.MinVersion).toBe(MIN_EXCEL_API);
  });

  it("keeps the elements in the order the schema requires", () => {
    const order = [
      "Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "HighResolutionIconUrl",
      "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions", "VersionOverrides",
    ];
    expect(root.children.map((c) => c.local)).toEqual(order);
  });

  it("names only dev-server URLs, and the task pane as its source", () => {
    for (const { url, where } of urlsIn(root)) expect(url.startsWith(DEV_URL) || url === new URL(DEV_URL).origin, `${where}: ${url}`).toBe(true);
    expect(child(top("DefaultSettings")!, "SourceLocation")!.attributes.DefaultValue).toBe(`${DEV_URL}taskpane.html`);
    expect(child(top("AppDomains")!, "AppDomain")!.text).toBe(new URL(DEV_URL).origin);
  });

  it("adds a Check register button to a group on the Home tab that opens the task pane", () => {
    const res = resources(root);
    const overrides = top("VersionOverrides")!;
    expect(overrides.attributes[XSI_TYPE]).toBe("VersionOverridesV1_0");
    const host = allElements(overrides).find((e) => e.local === "Host" && e.attributes[XSI_TYPE] === "Workbook")!;
    expect(host).toBeDefined();
    const formFactor = child(host, "DesktopFormFactor")!;
    expect(res.urls.get(child(formFactor, "FunctionFile")!.attributes.resid!)).toBe(`${DEV_URL}commands.html`);
    const tab = allElements(formFactor).find((e) => e.local === "OfficeTab")!;
    expect(tab.attributes.id).toBe("TabHome");
    const group = child(tab, "Group")!;
    expect(res.short.get(child(group, "Label")!.attributes.resid!)).toBeTruthy();
    const buttons = group.children.filter((c) => c.local === "Control" && c.attributes[XSI_TYPE] === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(res.short.get(child(button, "Label")!.attributes.resid!)).toBe("Check register");
    const action = child(button, "Action")!;
    expect(action.attributes[XSI_TYPE]).toBe("ShowTaskpane");
    expect(res.urls.get(child(action, "SourceLocation")!.attributes.resid!)).toBe(`${DEV_URL}taskpane.html`);
    for (const icon of [child(group, "Icon")!, child(button, "Icon")!]) {
      expect(icon.children.map((i) => i.attributes.size)).toEqual(["16", "32", "80"]);
    }
  });

  it("resolves every resid to a resource of the right kind, within Office's length limits", () => {
    const res = resources(root);
    const kinds: Record<string, Map<string, string>[]> = {
      Image: [res.images],
      Label: [res.short],
      Title: [res.short],
      Description: [res.long, res.short],
      SourceLocation: [res.urls],
      FunctionFile: [res.urls],
      LearnMoreUrl: [res.urls],
    };
    const overrides = child(root, "VersionOverrides")!;
    const referring = allElements(overrides).filter((e) => e.attributes.resid !== undefined);
    expect(referring.length).toBeGreaterThan(10);
    for (const e of referring) {
      const maps = kinds[e.local];
      expect(maps, `a resid on <${e.name}> (line ${e.line})`).toBeDefined();
      expect(maps!.some((m) => m.has(e.attributes.resid!)), `<${e.name} resid="${e.attributes.resid}"> (line ${e.line})`).toBe(true);
    }
    for (const value of res.short.values()) expect(value.length).toBeLessThanOrEqual(125);
    for (const value of res.long.values()) expect(value.length).toBeLessThanOrEqual(250);
    expect(child(root, "DisplayName")!.attributes.DefaultValue!.length).toBeLessThanOrEqual(125);
    expect(child(root, "Description")!.attributes.DefaultValue!.length).toBeLessThanOrEqual(250);
  });
});

describe("the manifest parser used here", () => {
  it("refuses XML that is not well-formed", () => {
    const bad = [
      "<a><b></a>",
      "<a x='1' x='2'/>",
      "<a x=1/>",
      "<a>&nbsp;</a>",
      "<a>&</a>",
      "<a/><b/>",
      "<p:a/>",
      "<a><!-- -- --></a>",
      "<a>",
      '<?xml version="1.0"?><?xml version="1.0"?><a/>',
    ];
    for (const xml of bad) expect(() => parseXml(xml), xml).toThrow(XmlError);
    expect(parseXml("<a xmlns:p='urn:x'><p:b c='&lt;&#65;&#x42;'>t &amp; u</p:b></a>").children[0]).toMatchObject({
      local: "b",
      namespace: "urn:x",
      attributes: { c: "<AB" },
      text: "t & u",
    });
  });
});

describe("the icons", () => {
  it("are the ones scripts/make-icons.ts draws, at their sizes", () => {
    for (const size of ICON_SIZES) {
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      expect(fs.readFileSync(file).equals(encodePng(size, size, drawIcon(size))), `${file} is up to date (npm run icons)`).toBe(true);
    }
  });
});

describe("the production build's manifest", () => {
  let built: string;
  let root: XmlElement;

  beforeAll(async () => {
    await productionBuild();
    built = fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8");
    root = parseXml(built);
  }, 300_000);

  it("is the same manifest with the production URL and no localhost", () => {
    expect(built).not.toMatch(/localhost|127\.0\.0\.1/i);
    expect(built.split(PUBLIC_URL).length).toBe(source.split(DEV_URL).length);
    expect(child(child(root, "AppDomains")!, "AppDomain")!.text).toBe(new URL(PUBLIC_URL).origin);
  });

  it("names only files the build contains", () => {
    const urls = urlsIn(root).filter(({ where }) => !where.startsWith("AppDomain"));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const { url, where } of urls) {
      const file = distFile(url);
      expect(fs.existsSync(file) && fs.statSync(file).isFile(), `${where}: ${url} -> ${path.relative(ROOT, file)}`).toBe(true);
    }
  });

  it("names icons of the right pixel size", () => {
    const res = resources(root);
    const check = (url: string, size: number) => expect(pngSize(distFile(url)), url).toEqual({ width: size, height: size });
    check(child(root, "IconUrl")!.attributes.DefaultValue!, 32);
    check(child(root, "HighResolutionIconUrl")!.attributes.DefaultValue!, 64);
    const images = allElements(child(root, "VersionOverrides")!).filter((e) => e.local === "Image" && e.attributes.size);
    expect(images.length).toBe(6);
    for (const img of images) check(res.images.get(img.attributes.resid!)!, Number(img.attributes.size));
    expect(pngSize(path.join(DIST, "assets/icon-128.png"))).toEqual({ width: 128, height: 128 });
  });

  it("serves pages that load Office.js from Microsoft's CDN and the built script", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = fs.readFileSync(path.join(DIST, page), "utf8");
      expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]!).filter((s) => !s.startsWith("https://"));
      expect(scripts.length, page).toBe(1);
      for (const s of scripts) expect(fs.existsSync(path.join(DIST, s)), `${page} loads ${s}`).toBe(true);
    }
  });
});

describe("webpack.config.cjs", () => {
  const config = createRequire(import.meta.url)(path.join(ROOT, "webpack.config.cjs")) as {
    productionManifest: (xml: string, url?: string) => string;
    DEFAULT_PUBLIC_URL: string;
  };

  it("builds for the public URL the tests expect by default", () => {
    expect(config.DEFAULT_PUBLIC_URL).toBe(PUBLIC_URL);
  });

  it("puts a configured production URL, with a path, everywhere the dev URL was", () => {
    const out = config.productionManifest(source, "https://apps.harbridge.gov.uk/pra");
    expect(out).not.toContain("localhost");
    const root = parseXml(out);
    expect(child(child(root, "DefaultSettings")!, "SourceLocation")!.attributes.DefaultValue).toBe("https://apps.harbridge.gov.uk/pra/taskpane.html");
    expect(child(child(root, "AppDomains")!, "AppDomain")!.text).toBe("https://apps.harbridge.gov.uk");
    for (const { url } of urlsIn(root)) if (!url.endsWith(".uk")) expect(url.startsWith("https://apps.harbridge.gov.uk/pra/"), url).toBe(true);
  });
});
