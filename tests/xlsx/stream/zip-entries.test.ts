// The zip layer: central directory from the end of the file, entries streamed by offset, damage reported.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { relsPathOf, resolveTarget } from "../../../src/xlsx/stream/workbook-parts.js";
import { fileContains, ZipArchive, ZipDamaged } from "../../../src/xlsx/stream/zip-entries.js";
import { tempDir, zipBuffer, type RawEntry, removeTempDirs } from "./helpers.js";

afterAll(removeTempDirs);

async function open(bytes: Buffer): Promise<ZipArchive> {
  const file = path.join(tempDir(), "t.zip");
  fs.writeFileSync(file, bytes);
  const handle = await fsp.open(file, "r");
  return ZipArchive.fromHandle(handle, bytes.length);
}

const BIG = "<row>".repeat(200_000); // 1 MB: several read and inflate chunks

const ENTRIES: RawEntry[] = [
  { name: "a.txt", data: "stored text", method: 0 },
  { name: "b.xml", data: BIG },
  { name: "c.xml", data: "with a data descriptor", descriptor: true },
  { name: "d.xml", data: BIG, method: 0, descriptor: true },
  { name: "empty.txt", data: "" },
  { name: "dir/", data: "" },
  { name: "/leading-slash.xml", data: "slash" },
  { name: "ünïcode.xml", data: "名前" },
];

describe("ZipArchive", () => {
  for (const zip64 of [false, true]) {
    it(`lists and streams stored and deflated entries, with and without data descriptors${zip64 ? " (zip64)" : ""}`, async () => {
      const zip = await open(zipBuffer(ENTRIES, { zip64 }));
      try {
        expect([...zip.entries.keys()]).toEqual(["a.txt", "b.xml", "c.xml", "d.xml", "empty.txt", "leading-slash.xml", "ünïcode.xml"]);
        expect(zip.entries.get("b.xml")).toMatchObject({ method: 8, size: BIG.length });
        expect(await zip.readText("a.txt")).toBe("stored text");
        expect(await zip.readText("b.xml")).toBe(BIG);
        expect(await zip.readText("c.xml")).toBe("with a data descriptor");
        expect(await zip.readText("d.xml")).toBe(BIG);
        expect(await zip.readText("empty.txt")).toBe("");
        expect(await zip.readText("leading-slash.xml")).toBe("slash");
        expect(await zip.readText("ünïcode.xml")).toBe("名前");
        await expect(zip.openStream("missing.xml")).rejects.toBeInstanceOf(ZipDamaged);
      } finally {
        await zip.close();
      }
    });
  }

  it("streams an entry in chunks, and can be stopped part-way", async () => {
    const zip = await open(zipBuffer(ENTRIES));
    try {
      let chunks = 0;
      for await (const _chunk of await zip.openStream("b.xml")) if (++chunks === 2) break;
      expect(chunks).toBe(2);
      expect(await zip.readText("b.xml")).toBe(BIG); // the archive is still usable
    } finally {
      await zip.close();
    }
  });

  it("refuses a file with no central directory, or one that does not add up", async () => {
    const bytes = zipBuffer(ENTRIES);
    await expect(open(bytes.subarray(0, bytes.length - 30))).rejects.toBeInstanceOf(ZipDamaged);
    const shifted = Buffer.from(bytes);
    shifted.writeUInt32LE(shifted.readUInt32LE(shifted.length - 6) + 7, shifted.length - 6); // directory offset
    await expect(open(shifted)).rejects.toBeInstanceOf(ZipDamaged);
    await expect(open(Buffer.from("PK not really a zip"))).rejects.toBeInstanceOf(ZipDamaged);
  });

  it("reports damaged entry data on the stream", async () => {
    const bytes = zipBuffer(ENTRIES);
    const at = bytes.indexOf("b.xml") + 5 + 20;
    bytes.fill(0xff, at, at + 200);
    const zip = await open(bytes);
    try {
      await expect(zip.readText("b.xml")).rejects.toThrow();
      expect(await zip.readText("a.txt")).toBe("stored text");
    } finally {
      await zip.close();
    }
  });

  it("finds a string anywhere in a file, across read chunks", async () => {
    const file = path.join(tempDir(), "needle.bin");
    const bytes = Buffer.alloc(600_000, 0x20);
    bytes.write("[Content_Types].xml", 256 * 1024 - 5, "latin1");
    fs.writeFileSync(file, bytes);
    const handle = await fsp.open(file, "r");
    try {
      expect(await fileContains(handle, bytes.length, "[Content_Types].xml")).toBe(true);
      expect(await fileContains(handle, bytes.length, "[Other].xml")).toBe(false);
    } finally {
      await handle.close();
    }
  });
});

describe("relationship targets", () => {
  it("resolve against the part that holds them", () => {
    expect(resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../sharedStrings.xml")).toBe("xl/sharedStrings.xml");
    expect(resolveTarget("", "xl/workbook.xml")).toBe("xl/workbook.xml");
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathOf("")).toBe("_rels/.rels");
  });
});
