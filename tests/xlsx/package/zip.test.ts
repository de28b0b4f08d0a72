// The zip reader and writer on their own: stored and deflated entries, data descriptors, ZIP64, raw copies
// that keep the compressed bytes, new entries streamed from string chunks.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { crc32, tableCrc32 } from "../../../src/xlsx/package/crc32.js";
import { ZipReader } from "../../../src/xlsx/package/zip-read.js";
import { ZipWriter } from "../../../src/xlsx/package/zip-write.js";
import { tempDir } from "./package-helpers.js";

interface Handmade {
  name: string;
  data: Buffer;
  method: 0 | 8;
  /** Write sizes and CRC after the data (general purpose flag bit 3), with or without the optional signature. */
  descriptor?: "signed" | "unsigned";
}

/** A zip written by hand, as other tools write them, to test the reader on shapes our writer never makes. */
function handmadeZip(entries: Handmade[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const body = e.method === 8 ? zlib.deflateRawSync(e.data) : e.data;
    const crc = crc32(e.data);
    const flags = e.descriptor ? 0x0008 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(e.method, 8);
    if (!e.descriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(e.data.length, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(e.descriptor === "signed" ? 16 : e.descriptor ? 12 : 0);
    if (e.descriptor) {
      let at = 0;
      if (e.descriptor === "signed") descriptor.writeUInt32LE(0x08074b50, (at += 4) - 4);
      descriptor.writeUInt32LE(crc, at);
      descriptor.writeUInt32LE(body.length, at + 4);
      descriptor.writeUInt32LE(e.data.length, at + 8);
    }
    const record = Buffer.concat([local, name, body, descriptor]);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(flags, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(e.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(Buffer.concat([cd, name]));
    parts.push(record);
    offset += record.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

async function readAll(file: string): Promise<Map<string, Buffer>> {
  const zip = await ZipReader.open(file);
  try {
    const out = new Map<string, Buffer>();
    for (const e of zip.entries) out.set(e.name, await zip.read(e));
    return out;
  } finally {
    await zip.close();
  }
}

const XML = `<?xml version="1.0"?><root>${"<row>café £100 ✓</row>".repeat(2000)}</root>`;

describe("CRC-32", () => {
  it("agrees with the table implementation, in one go and in pieces", () => {
    const data = Buffer.from(XML, "utf8");
    expect(crc32(data)).toBe(tableCrc32(data));
    expect(crc32(data.subarray(100), crc32(data.subarray(0, 100)))).toBe(crc32(data));
    expect(tableCrc32(data.subarray(100), tableCrc32(data.subarray(0, 100)))).toBe(tableCrc32(data));
    expect(crc32(Buffer.from("123456789"))).toBe(0xcbf43926);
  });
});

describe("the zip reader", () => {
  it("reads stored and deflated entries, with and without data descriptors", async () => {
    const dir = tempDir();
    const file = path.join(dir, "hand.zip");
    const entries: Handmade[] = [
      { name: "a.xml", data: Buffer.from(XML), method: 8 },
      { name: "b.bin", data: Buffer.from([0, 1, 2, 3, 255]), method: 0 },
      { name: "c.xml", data: Buffer.from(XML.slice(0, 999)), method: 8, descriptor: "signed" },
      { name: "d.xml", data: Buffer.from("unsigned descriptor"), method: 8, descriptor: "unsigned" },
      { name: "dir/ünïcode.txt", data: Buffer.from("names in UTF-8"), method: 0, descriptor: "signed" },
    ];
    fs.writeFileSync(file, handmadeZip(entries));
    const got = await readAll(file);
    expect([...got.keys()]).toEqual(entries.map((e) => e.name));
    for (const e of entries) expect(got.get(e.name)!.equals(e.data)).toBe(true);
  });

  it("reads a ZIP64 archive (made by Info-ZIP with -fz)", async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, "one.xml"), XML);
    fs.writeFileSync(path.join(dir, "two.txt"), "second");
    try {
      execFileSync("zip", ["-q", "-fz", "z64.zip", "one.xml", "two.txt"], { cwd: dir });
    } catch {
      return; // no zip tool here: the handmade cases still run
    }
    const got = await readAll(path.join(dir, "z64.zip"));
    expect(got.get("one.xml")!.toString()).toBe(XML);
    expect(got.get("two.txt")!.toString()).toBe("second");
  });

  it("stops inflating when the reader leaves early", async () => {
    const dir = tempDir();
    const file = path.join(dir, "big.zip");
    fs.writeFileSync(file, handmadeZip([{ name: "big.xml", data: Buffer.from(XML.repeat(50)), method: 8 }]));
    const zip = await ZipReader.open(file);
    let seen = 0;
    for await (const chunk of zip.inflate(zip.get("big.xml")!)) {
      seen += chunk.length;
      break;
    }
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThan(XML.length * 50);
    await zip.close();
  });

  it("refuses what is not a zip", async () => {
    const dir = tempDir();
    const file = path.join(dir, "not.zip");
    fs.writeFileSync(file, "just some text, no central directory");
    await expect(ZipReader.open(file)).rejects.toThrow(/not a zip/);
  });
});

describe("the zip writer", () => {
  it("copies entries with their compressed bytes and CRC, and streams new ones from chunks", async () => {
    const dir = tempDir();
    const source = path.join(dir, "source.zip");
    fs.writeFileSync(
      source,
      handmadeZip([
        { name: "kept.xml", data: Buffer.from(XML), method: 8, descriptor: "signed" },
        { name: "stored.png", data: Buffer.from([137, 80, 78, 71, 1, 2, 3]), method: 0 },
      ]),
    );
    const out = path.join(dir, "out.zip");
    const reader = await ZipReader.open(source);
    const writer = await ZipWriter.create(out);
    for (const e of reader.entries) await writer.copy(reader, e);
    const chunks = function* () {
      for (let i = 0; i < 5000; i++) yield `<row r="${i}">${"x".repeat(i % 50)} £</row>`;
    };
    await writer.add("new/sheet.xml", chunks());
    await writer.add("empty.xml", []);
    await writer.finish();

    const copied = await ZipReader.open(out);
    for (const name of ["kept.xml", "stored.png"]) {
      const before = reader.get(name)!;
      const after = copied.get(name)!;
      expect(after.crc).toBe(before.crc);
      expect(after.method).toBe(before.method);
      const raw = async (z: ZipReader, e: typeof before) => {
        const parts: Buffer[] = [];
        for await (const c of z.raw(e)) parts.push(c);
        return Buffer.concat(parts);
      };
      expect((await raw(copied, after)).equals(await raw(reader, before))).toBe(true);
      expect(after.flags & 0x0008).toBe(0);
    }
    expect((await copied.readText(copied.get("new/sheet.xml")!)).length).toBe([...chunks()].join("").length);
    expect(await copied.readText(copied.get("new/sheet.xml")!)).toBe([...chunks()].join(""));
    expect((await copied.read(copied.get("empty.xml")!)).length).toBe(0);
    await copied.close();
    await reader.close();
  });

  it("writes zips other tools read (Info-ZIP's unzip -t)", async () => {
    const dir = tempDir();
    const out = path.join(dir, "t.zip");
    const writer = await ZipWriter.create(out);
    await writer.add("a.xml", [XML, XML]);
    await writer.add("b/ü.txt", ["unicode name"]);
    await writer.finish();
    let report: string;
    try {
      report = execFileSync("unzip", ["-t", out], { encoding: "utf8" });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return;
      throw e;
    }
    expect(report).toMatch(/No errors detected/);
  });

  it("refuses two entries of the same name (case-insensitively, as packages compare them)", async () => {
    const dir = tempDir();
    const writer = await ZipWriter.create(path.join(dir, "dup.zip"));
    await writer.add("xl/a.xml", ["1"]);
    await expect(writer.add("XL/A.xml", ["2"])).rejects.toThrow(/duplicate/);
    await writer.abort();
  });
});
