import fs from "node:fs/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { crc32 } from "./crc32.js";

/** One entry of a zip's central directory. */
export interface ZipEntry {
  /** The name as the package knows it (UTF-8). */
  name: string;
  /** The name exactly as stored, copied as is. */
  nameBytes: Buffer;
  versionMadeBy: number;
  versionNeeded: number;
  flags: number;
  /** 0 stored, 8 deflated. */
  method: number;
  modTime: number;
  modDate: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  internalAttributes: number;
  externalAttributes: number;
  localHeaderOffset: number;
  /** Central extra fields other than ZIP64 (which the writer recomputes). */
  extra: Buffer;
  comment: Buffer;
}

export class ZipError extends Error {}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const CHUNK = 1 << 20;

function u64(buf: Buffer, at: number): number {
  const v = buf.readBigUInt64LE(at);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError("zip field too large");
  return Number(v);
}

/** Extra fields without the ones whose id is `drop`. */
export function stripExtra(extra: Buffer, drop: number): Buffer {
  const kept: Buffer[] = [];
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const len = extra.readUInt16LE(at + 2);
    const end = Math.min(extra.length, at + 4 + len);
    if (id !== drop) kept.push(extra.subarray(at, end));
    at = end;
  }
  return Buffer.concat(kept);
}

/** A zip file read through its central directory; entries are read or copied on demand. */
export class ZipReader {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly dataOffsets = new Map<ZipEntry, number>();

  private constructor(
    private readonly fh: fs.FileHandle,
    entries: ZipEntry[],
  ) {
    this.entries = entries;
    for (const e of entries) if (!this.byName.has(e.name.toLowerCase())) this.byName.set(e.name.toLowerCase(), e);
  }

  static async open(file: string): Promise<ZipReader> {
    const fh = await fs.open(file, "r");
    try {
      return new ZipReader(fh, await readCentralDirectory(fh));
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** An entry by part name; zip names in a package compare case-insensitively. */
  get(name: string): ZipEntry | undefined {
    return this.byName.get(name.toLowerCase());
  }

  async close(): Promise<void> {
    await this.fh.close();
  }

  private async readAt(position: number, length: number): Promise<Buffer> {
    const buf = Buffer.alloc(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.fh.read(buf, done, length - done, position + done);
      if (bytesRead === 0) throw new ZipError("zip file is truncated");
      done += bytesRead;
    }
    return buf;
  }

  /** Where the entry's compressed bytes start, from its local header. */
  async dataOffset(entry: ZipEntry): Promise<number> {
    const known = this.dataOffsets.get(entry);
    if (known !== undefined) return known;
    const head = await this.readAt(entry.localHeaderOffset, 30);
    if (head.readUInt32LE(0) !== SIG_LOCAL) throw new ZipError(`no local header for ${entry.name}`);
    const offset = entry.localHeaderOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
    this.dataOffsets.set(entry, offset);
    return offset;
  }

  /** The entry's compressed bytes as stored, in chunks. */
  async *raw(entry: ZipEntry, chunkSize = CHUNK): AsyncGenerator<Buffer> {
    const start = await this.dataOffset(entry);
    for (let done = 0; done < entry.compressedSize; ) {
      const n = Math.min(chunkSize, entry.compressedSize - done);
      yield await this.readAt(start + done, n);
      done += n;
    }
  }

  /** The entry's uncompressed bytes, in chunks; stop early by leaving the loop. */
  async *inflate(entry: ZipEntry): AsyncGenerator<Buffer> {
    if (entry.method === 0) {
      yield* this.raw(entry);
      return;
    }
    if (entry.method !== 8) throw new ZipError(`${entry.name} uses zip method ${entry.method}, which is not supported`);
    const source = Readable.from(this.raw(entry, 256 * 1024));
    const inflater = source.pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024 }));
    source.on("error", (e) => inflater.destroy(e));
    try {
      for await (const chunk of inflater) yield chunk as Buffer;
    } finally {
      source.destroy();
      inflater.destroy();
    }
  }

  /** The whole entry, uncompressed, its CRC checked. */
  async read(entry: ZipEntry): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of this.inflate(entry)) chunks.push(c);
    const data = Buffer.concat(chunks);
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc) throw new ZipError(`${entry.name} is damaged (size or CRC mismatch)`);
    return data;
  }

  async readText(entry: ZipEntry): Promise<string> {
    return (await this.read(entry)).toString("utf8");
  }
}

/** Reads exactly `length` bytes at `position` (fewer only at the end of the file). */
async function readFully(fh: fs.FileHandle, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await fh.read(buf, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buf : buf.subarray(0, done);
}

async function readCentralDirectory(fh: fs.FileHandle): Promise<ZipEntry[]> {
  const size = (await fh.stat()).size;
  const tailLength = Math.min(size, 22 + 0xffff + 20);
  const tail = await readFully(fh, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === SIG_EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tailLength) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("not a zip file: no end of central directory");
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && tail.readUInt32LE(eocd - 20) === SIG_ZIP64_LOCATOR) {
    const at = u64(tail, eocd - 20 + 8);
    const rec = await readFully(fh, 56, at);
    if (rec.length < 56 || rec.readUInt32LE(0) !== SIG_ZIP64_EOCD) throw new ZipError("bad ZIP64 end of central directory");
    count = u64(rec, 32);
    cdSize = u64(rec, 40);
    cdOffset = u64(rec, 48);
  }
  if (cdOffset + cdSize > size) throw new ZipError("zip file is truncated");
  const cd = await readFully(fh, cdSize, cdOffset);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== SIG_CENTRAL) throw new ZipError("bad central directory entry");
    const nameLen = cd.readUInt16LE(at + 28);
    const extraLen = cd.readUInt16LE(at + 30);
    const commentLen = cd.readUInt16LE(at + 32);
    const nameBytes = Buffer.from(cd.subarray(at + 46, at + 46 + nameLen));
    const extra = cd.subarray(at + 46 + nameLen, at + 46 + nameLen + extraLen);
    const comment = Buffer.from(cd.subarray(at + 46 + nameLen + extraLen, at + 46 + nameLen + extraLen + commentLen));
    let uncompressedSize = cd.readUInt32LE(at + 24);
    let compressedSize = cd.readUInt32LE(at + 20);
    let localHeaderOffset = cd.readUInt32LE(at + 42);
    // ZIP64 extended information: only the fields saturated in the fixed record, in this order.
    for (let x = 0; x + 4 <= extra.length; ) {
      const id = extra.readUInt16LE(x);
      const len = extra.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let p = x + 4;
        if (uncompressedSize === 0xffffffff) (uncompressedSize = u64(extra, p)), (p += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(extra, p)), (p += 8);
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(extra, p);
      }
      x += 4 + len;
    }
    entries.push({
      name: nameBytes.toString("utf8"),
      nameBytes,
      versionMadeBy: cd.readUInt16LE(at + 4),
      versionNeeded: cd.readUInt16LE(at + 6),
      flags: cd.readUInt16LE(at + 8),
      method: cd.readUInt16LE(at + 10),
      modTime: cd.readUInt16LE(at + 12),
      modDate: cd.readUInt16LE(at + 14),
      crc: cd.readUInt32LE(at + 16),
      compressedSize,
      uncompressedSize,
      internalAttributes: cd.readUInt16LE(at + 36),
      externalAttributes: cd.readUInt32LE(at + 38),
      localHeaderOffset,
      extra: stripExtra(Buffer.from(extra), 0x0001),
      comment,
    });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}
