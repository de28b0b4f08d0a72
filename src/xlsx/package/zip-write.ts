import fs from "node:fs/promises";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { crc32 } from "./crc32.js";
import { ZipError, type ZipEntry, type ZipReader } from "./zip-read.js";

const FLUSH_AT = 1 << 20;
const MAX32 = 0xffffffff;
const UTF8_FLAG = 0x0800;
const DATA_DESCRIPTOR_FLAG = 0x0008;

/** What the central directory needs of an entry already written: the stored entry's fields, at its new offset. */
type Written = Omit<ZipEntry, "name" | "localHeaderOffset"> & { offset: number };

export interface NewEntryOptions {
  /** zlib level, 0-9; default 6. */
  level?: number;
  /** Modification time stored for the entry; default: when the writer was created. */
  mtime?: Date;
  /** The same as MS-DOS time and date fields (e.g. kept from the entry this one replaces). */
  dosTime?: { time: number; date: number };
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, Math.min(2107, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function zip64Extra(values: number[]): Buffer {
  const buf = Buffer.alloc(4 + 8 * values.length);
  buf.writeUInt16LE(0x0001, 0);
  buf.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => buf.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return buf;
}

/**
 * A zip written front to back into a file: entries copied from another zip with their compressed bytes and
 * CRC untouched, and new entries deflated from a stream of chunks. Local headers always carry the real CRC
 * and sizes (new entries' headers are patched once their data is written), so no data descriptors are used.
 */
export class ZipWriter {
  private readonly written: Written[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes handed to the file so far. */
  private flushed = 0;
  private readonly names = new Set<string>();
  private readonly created = new Date();
  private finished = false;

  private constructor(private readonly fh: fs.FileHandle) {}

  static async create(file: string): Promise<ZipWriter> {
    return new ZipWriter(await fs.open(file, "w"));
  }

  /** Logical end of the file: flushed and pending bytes. */
  private get position(): number {
    return this.flushed + this.pendingBytes;
  }

  private async append(buf: Buffer): Promise<void> {
    if (buf.length === 0) return;
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    if (this.pendingBytes >= FLUSH_AT) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    const data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes);
    this.pending = [];
    this.pendingBytes = 0;
    let done = 0;
    while (done < data.length) {
      const { bytesWritten } = await this.fh.write(data, done, data.length - done, this.flushed + done);
      done += bytesWritten;
    }
    this.flushed += data.length;
  }

  private claim(nameBytes: Buffer): void {
    const key = nameBytes.toString("utf8").toLowerCase();
    if (this.names.has(key)) throw new ZipError(`duplicate zip entry ${nameBytes.toString("utf8")}`);
    this.names.add(key);
  }

  private localHeader(e: Omit<Written, "offset" | "extra" | "comment" | "versionMadeBy" | "internalAttributes" | "externalAttributes">, zip64: boolean): Buffer {
    const extra = zip64 ? zip64Extra([e.uncompressedSize, e.compressedSize]) : Buffer.alloc(0);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(zip64 ? Math.max(45, e.versionNeeded) : e.versionNeeded, 4);
    head.writeUInt16LE(e.flags, 6);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(e.modTime, 10);
    head.writeUInt16LE(e.modDate, 12);
    head.writeUInt32LE(e.crc >>> 0, 14);
    head.writeUInt32LE(zip64 ? MAX32 : e.compressedSize, 18);
    head.writeUInt32LE(zip64 ? MAX32 : e.uncompressedSize, 22);
    head.writeUInt16LE(e.nameBytes.length, 26);
    head.writeUInt16LE(extra.length, 28);
    return Buffer.concat([head, e.nameBytes, extra]);
  }

  /** Copies an entry of `reader` as it is stored: same compressed bytes, CRC, method, time and attributes. */
  async copy(reader: ZipReader, entry: ZipEntry): Promise<void> {
    this.claim(entry.nameBytes);
    const flags = entry.flags & ~DATA_DESCRIPTOR_FLAG;
    const zip64 = entry.compressedSize >= MAX32 || entry.uncompressedSize >= MAX32;
    const offset = this.position;
    await this.append(this.localHeader({ ...entry, flags }, zip64));
    for await (const chunk of reader.raw(entry)) await this.append(chunk);
    this.written.push({ ...entry, flags, offset });
  }

  /** A new entry deflated from `chunks` (strings are written as UTF-8), its CRC computed on the way. */
  async add(name: string, chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>, options: NewEntryOptions = {}): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    this.claim(nameBytes);
    const { time, date } = options.dosTime ?? dosDateTime(options.mtime ?? this.created);
    // eslint-disable-next-line no-control-regex
    const flags = /^[\x00-\x7f]*$/.test(name) ? 0 : UTF8_FLAG;
    const entry = { nameBytes, versionNeeded: 20, flags, method: 8, modTime: time, modDate: date, crc: 0, compressedSize: 0, uncompressedSize: 0 };
    const offset = this.position;
    await this.append(this.localHeader(entry, false));
    const dataStart = this.position;
    let crc = 0;
    let size = 0;
    async function* bytes(): AsyncGenerator<Buffer> {
      for await (const chunk of chunks) {
        const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        if (buf.length === 0) continue;
        crc = crc32(buf, crc);
        size += buf.length;
        yield buf;
      }
    }
    const sink = new Writable({
      highWaterMark: 1 << 20,
      write: (chunk: Buffer, _enc, done) => {
        this.append(chunk).then(() => done(), done);
      },
    });
    await pipeline(Readable.from(bytes()), zlib.createDeflateRaw({ level: options.level ?? 3, chunkSize: 256 * 1024 }), sink);
    const compressedSize = this.position - dataStart;
    if (size >= MAX32 || compressedSize >= MAX32) throw new ZipError(`${name} is too large for this writer (4 GB)`);
    Object.assign(entry, { crc, compressedSize, uncompressedSize: size });
    // Patch CRC and sizes into the local header written before the data.
    const patch = Buffer.alloc(12);
    patch.writeUInt32LE(crc >>> 0, 0);
    patch.writeUInt32LE(compressedSize, 4);
    patch.writeUInt32LE(size, 8);
    if (offset >= this.flushed) await this.flush(); // the header is still in memory: write it out first
    await this.fh.write(patch, 0, 12, offset + 14);
    this.written.push({
      ...entry,
      versionMadeBy: 20,
      internalAttributes: 0,
      externalAttributes: 0,
      offset,
      extra: Buffer.alloc(0),
      comment: Buffer.alloc(0),
    });
  }

  /** Writes the central directory and closes the file. */
  async finish(): Promise<void> {
    const cdStart = this.position;
    for (const e of this.written) {
      const big = [e.uncompressedSize >= MAX32, e.compressedSize >= MAX32, e.offset >= MAX32];
      const zip64Values = [e.uncompressedSize, e.compressedSize, e.offset].filter((_, i) => big[i]);
      const extra = zip64Values.length ? Buffer.concat([zip64Extra(zip64Values), e.extra]) : e.extra;
      const head = Buffer.alloc(46);
      head.writeUInt32LE(0x02014b50, 0);
      head.writeUInt16LE(e.versionMadeBy, 4);
      head.writeUInt16LE(zip64Values.length ? Math.max(45, e.versionNeeded) : e.versionNeeded, 6);
      head.writeUInt16LE(e.flags, 8);
      head.writeUInt16LE(e.method, 10);
      head.writeUInt16LE(e.modTime, 12);
      head.writeUInt16LE(e.modDate, 14);
      head.writeUInt32LE(e.crc >>> 0, 16);
      head.writeUInt32LE(big[1] ? MAX32 : e.compressedSize, 20);
      head.writeUInt32LE(big[0] ? MAX32 : e.uncompressedSize, 24);
      head.writeUInt16LE(e.nameBytes.length, 28);
      head.writeUInt16LE(extra.length, 30);
      head.writeUInt16LE(e.comment.length, 32);
      head.writeUInt16LE(0, 34);
      head.writeUInt16LE(e.internalAttributes, 36);
      head.writeUInt32LE(e.externalAttributes >>> 0, 38);
      head.writeUInt32LE(big[2] ? MAX32 : e.offset, 42);
      await this.append(Buffer.concat([head, e.nameBytes, extra, e.comment]));
    }
    const cdEnd = this.position;
    const cdSize = cdEnd - cdStart;
    const count = this.written.length;
    const needs64 = count >= 0xffff || cdStart >= MAX32 || cdSize >= MAX32;
    if (needs64) {
      const rec = Buffer.alloc(56);
      rec.writeUInt32LE(0x06064b50, 0);
      rec.writeBigUInt64LE(44n, 4);
      rec.writeUInt16LE(45, 12);
      rec.writeUInt16LE(45, 14);
      rec.writeBigUInt64LE(BigInt(count), 24);
      rec.writeBigUInt64LE(BigInt(count), 32);
      rec.writeBigUInt64LE(BigInt(cdSize), 40);
      rec.writeBigUInt64LE(BigInt(cdStart), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(cdEnd), 8);
      locator.writeUInt32LE(1, 16);
      await this.append(Buffer.concat([rec, locator]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(count, 0xffff), 8);
    end.writeUInt16LE(Math.min(count, 0xffff), 10);
    end.writeUInt32LE(Math.min(cdSize, MAX32), 12);
    end.writeUInt32LE(Math.min(cdStart, MAX32), 16);
    await this.append(end);
    await this.flush();
    this.finished = true;
    await this.fh.close();
  }

  /** Closes the file without finishing it (the caller removes it). */
  async abort(): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.fh.close().catch(() => undefined);
  }
}
