// Reads a zip file's central directory from the end of the file and streams single entries by offset.
// Nothing here loads the whole file: the directory is read from the tail, each entry from its own byte range.
import fs from "node:fs/promises";
import { PassThrough, pipeline, Readable } from "node:stream";
import zlib from "node:zlib";

/** The zip is damaged or uses something a workbook never does (encryption, an unknown compression method). */
export class ZipDamaged extends Error {}

export interface ZipEntry {
  /** The entry's name, without a leading "/". */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** End of central directory record (22 bytes) plus the longest comment. */
const TAIL = 22 + 0xffff;

const CHUNK = 256 * 1024;

function u64(buf: Buffer, at: number): number {
  return buf.readUInt32LE(at) + buf.readUInt32LE(at + 4) * 0x1_0000_0000;
}

async function readAt(handle: fs.FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buf : buf.subarray(0, done);
}

/** The offset of the end-of-central-directory record in `tail`, or -1. */
function findEocd(tail: Buffer): number {
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) return i;
  }
  return -1;
}

/** An open zip file. Call close() when done. */
export class ZipArchive {
  private constructor(
    private readonly handle: fs.FileHandle,
    readonly size: number,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  /**
   * Reads the central directory of an already open file. Throws ZipDamaged when there is none or it does not add up.
   * The handle belongs to the archive from then on (close() closes it), also when this throws.
   */
  static async fromHandle(handle: fs.FileHandle, size: number): Promise<ZipArchive> {
    try {
      return new ZipArchive(handle, size, await readDirectory(handle, size));
    } catch (e) {
      await handle.close().catch(() => undefined);
      throw e;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, inflated, as a stream of Buffers. Errors (damage) surface on the stream as ZipDamaged. */
  async openStream(name: string): Promise<Readable> {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipDamaged(`no entry ${name}`);
    if (entry.encrypted) throw new ZipDamaged(`${name} is encrypted`);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipDamaged(`${name} uses compression method ${entry.method}`);
    const header = await readAt(this.handle, entry.offset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipDamaged(`bad local header for ${name}`);
    const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.size) throw new ZipDamaged(`${name} runs past the end of the file`);
    const out = entry.method === 8 ? zlib.createInflateRaw({ chunkSize: CHUNK }) : new PassThrough();
    if (entry.compressedSize === 0) {
      out.end();
      return out;
    }
    const raw = Readable.from(byteRange(this.handle, start, entry.compressedSize), { objectMode: false });
    pipeline(raw, out, (err) => {
      if (err && !out.destroyed) out.destroy(new ZipDamaged(`${name}: ${err.message}`));
    });
    // zlib's own errors (a corrupt deflate stream) are reported as they are; callers map any stream error to "damaged".
    return out;
  }

  /** The whole entry as UTF-8 text: for the small parts only (rels, workbook). */
  async readText(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openStream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  }

  async close(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** The bytes start..start+length of the file, in chunks (a fresh buffer each: the consumer may keep them). */
async function* byteRange(handle: fs.FileHandle, start: number, length: number): AsyncGenerator<Buffer> {
  let pos = start;
  const end = start + length;
  while (pos < end) {
    const want = Math.min(CHUNK, end - pos);
    const buf = Buffer.allocUnsafe(want);
    const { bytesRead } = await handle.read(buf, 0, want, pos);
    if (bytesRead === 0) throw new ZipDamaged("the file ends before the entry does");
    pos += bytesRead;
    yield bytesRead === want ? buf : buf.subarray(0, bytesRead);
  }
}

async function readDirectory(handle: fs.FileHandle, size: number): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, size - TAIL);
  const tail = await readAt(handle, tailStart, size - tailStart);
  const at = findEocd(tail);
  if (at < 0) throw new ZipDamaged("no end of central directory");
  let count = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    const locatorAt = tailStart + at - 20;
    if (locatorAt < 0) throw new ZipDamaged("no zip64 locator");
    const locator = await readAt(handle, locatorAt, 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipDamaged("no zip64 locator");
    const record = await readAt(handle, u64(locator, 8), 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipDamaged("bad zip64 record");
    count = u64(record, 32);
    dirSize = u64(record, 40);
    dirOffset = u64(record, 48);
  }
  if (dirOffset + dirSize > size) throw new ZipDamaged("central directory runs past the end of the file");
  const dir = await readAt(handle, dirOffset, dirSize);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) throw new ZipDamaged("bad central directory");
    const flags = dir.readUInt16LE(p + 8);
    const method = dir.readUInt16LE(p + 10);
    let compressedSize = dir.readUInt32LE(p + 20);
    let uncompressed = dir.readUInt32LE(p + 24);
    const nameLength = dir.readUInt16LE(p + 28);
    const extraLength = dir.readUInt16LE(p + 30);
    const commentLength = dir.readUInt16LE(p + 32);
    let offset = dir.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLength;
    if (nameEnd + extraLength + commentLength > dir.length) throw new ZipDamaged("bad central directory");
    let name = dir.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, nameEnd);
    // Zip64 sizes and offset, in this order, for the fields that overflowed.
    for (let e = nameEnd; e + 4 <= nameEnd + extraLength; ) {
      const id = dir.readUInt16LE(e);
      const len = dir.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (uncompressed === 0xffffffff && q + 8 <= e + 4 + len) (uncompressed = u64(dir, q)), (q += 8);
        if (compressedSize === 0xffffffff && q + 8 <= e + 4 + len) (compressedSize = u64(dir, q)), (q += 8);
        if (offset === 0xffffffff && q + 8 <= e + 4 + len) offset = u64(dir, q);
      }
      e += 4 + len;
    }
    if (name.startsWith("/")) name = name.slice(1);
    if (!name.endsWith("/")) {
      entries.set(name, { name, method, compressedSize, size: uncompressed, offset, encrypted: (flags & 1) === 1 });
    }
    p = nameEnd + extraLength + commentLength;
  }
  return entries;
}

/** Whether `needle` occurs anywhere in the file, read in chunks (for telling a damaged package from another kind of zip). */
export async function fileContains(handle: fs.FileHandle, size: number, needle: string): Promise<boolean> {
  const bytes = Buffer.from(needle, "latin1");
  const overlap = bytes.length - 1;
  for (let pos = 0; pos < size; pos += CHUNK - overlap) {
    const chunk = await readAt(handle, pos, Math.min(CHUNK, size - pos));
    if (chunk.includes(bytes)) return true;
    if (chunk.length < CHUNK) break;
  }
  return false;
}

export { readAt };
