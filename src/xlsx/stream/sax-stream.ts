// Feeds an inflated zip entry to a saxes parser chunk by chunk.
import type { Readable } from "node:stream";
import { SaxesParser, type SaxesTagPlain } from "saxes";

/** The XML of a part is not well formed, or the stream broke off. */
export class XmlDamaged extends Error {}

export interface XmlHandler {
  open(tag: SaxesTagPlain): void;
  text(text: string): void;
  close(name: string): void;
  /** Checked after every chunk: true stops reading (the rest of the part is never inflated). */
  done?(): boolean;
}

export function newParser(handler: XmlHandler): SaxesParser<{}> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on("opentag", (tag) => handler.open(tag as SaxesTagPlain));
  parser.on("text", (text) => handler.text(text));
  parser.on("closetag", (tag) => handler.close(tag.name));
  return parser;
}

/** Parses the whole stream (or until `handler.done()`), then closes the stream. */
export async function parseXml(stream: Readable, handler: XmlHandler): Promise<void> {
  const parser = newParser(handler);
  await feed(stream, parser, handler);
}

/** Writes the stream's chunks into `parser` until the stream ends or `handler.done()`; always destroys the stream. */
export async function feed(stream: Readable, parser: SaxesParser<{}>, handler: XmlHandler): Promise<void> {
  stream.setEncoding("utf8");
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (handler.done?.()) return;
    }
    // A part whose XML stops short is damaged (exceljs has no sheet without its closing tag either).
    parser.close();
  } catch (e) {
    throw new XmlDamaged((e as Error).message);
  } finally {
    stream.destroy();
  }
}
