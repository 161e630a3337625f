import { StringDecoder } from 'node:string_decoder';
import { TempFile } from './temp-file.js';

/**
 * Text kept in memory up to SPOOL_MEMORY, then in a temporary file (readable only by the user),
 * and given back in order. The text is encoded as it comes into one buffer, used again and again:
 * the bytes are what goes out in the end, they live outside V8's heap (whose young generation
 * would copy 100 KB strings from collection to collection), and memory fresh from the system
 * costs a page fault per 4 KiB the first time it is written, which for a new buffer per piece
 * was most of the time of writing a large report.
 */
export class Spool {
  private buffer: Buffer | undefined;
  private used = 0;
  private readonly file = new TempFile('daemonlint-report-', 'report', 'the report spooled to a temporary file was cut short');

  /** Bytes held in memory before they go to the temporary file (small in tests, to make it spill). */
  constructor(private readonly memory = SPOOL_MEMORY) {}

  write(text: string): void {
    if (text === '') return;
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (text.length * 3 > this.memory) {
      this.flush();
      this.file.append(Buffer.from(text));
      return;
    }
    const buffer = (this.buffer ??= Buffer.allocUnsafeSlow(this.memory));
    if (this.used + text.length * 3 > buffer.length) this.flush();
    this.used += buffer.write(text, this.used);
  }

  /**
   * Gives the text back in order, as bytes when the destination takes them (decoding megabytes
   * only to encode them again costs more than the rest of writing them out).
   */
  drain(to: (text: string) => void, toBytes?: (bytes: Uint8Array) => void): void {
    const give = toBytes ?? textOut(to);
    if (!this.file.opened) {
      if (this.buffer !== undefined && this.used > 0) give(this.buffer.subarray(0, this.used));
    } else {
      this.flush();
      const buffer = (this.buffer ??= Buffer.allocUnsafeSlow(this.memory));
      for (let at = 0; at < this.file.size; ) {
        const n = this.file.read(buffer, Math.min(buffer.length, this.file.size - at), at);
        at += n;
        give(buffer.subarray(0, n));
      }
    }
    if (!toBytes) give(END);
  }

  close(): void {
    this.file.close();
    this.buffer = undefined;
    this.used = 0;
  }

  /** What the buffer holds, to the temporary file. */
  private flush(): void {
    if (this.buffer === undefined || this.used === 0) return;
    this.file.append(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/** The end of a spool's bytes, for textOut: a character cut at the end of a chunk is completed by the next. */
const END = new Uint8Array(0);

/** Bytes to a destination that takes text: decoded as they come, a character cut between chunks joined again. */
function textOut(to: (text: string) => void): (bytes: Uint8Array) => void {
  const decoder = new StringDecoder('utf8');
  return (bytes) => {
    const text = bytes === END ? decoder.end() : decoder.write(bytes);
    if (text !== '') to(text);
  };
}

const SPOOL_MEMORY = 8 << 20;
