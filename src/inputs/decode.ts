import type { SourceOrigin, TextEncodingName } from '../yaml/source-file.js';

/**
 * Bytes to text as kubectl reads a manifest (cli-runtime's FileVisitor wraps files and stdin in
 * x/text's BOMOverride: a UTF-8 BOM is dropped, a UTF-16 LE or BE BOM selects that decoding,
 * anything else is read as UTF-8), and what keeps the bytes from being text Kubernetes reads:
 *
 * - UTF-32 (with its BOM) is decoded and linted here, but kubectl refuses it (BOMOverride takes
 *   `FF FE 00 00` for UTF-16 LE followed by NULs), so the file never passes clean;
 * - bytes that are not UTF-8 (or an odd UTF-16 byte, a lone surrogate): kubectl would replace
 *   each with U+FFFD without a word and apply something other than what was reviewed;
 * - characters go-yaml refuses ("control characters are not allowed"): NUL, C0 controls but tab
 *   and line breaks, DEL, C1 controls but NEL, U+FFFE and U+FFFF. A file of NUL bytes, or
 *   UTF-16 without a BOM, ends here.
 *
 * The text keeps its BOM (SourceFile drops it and remembers it), so encoding the text again in
 * the same encoding gives back the same bytes whenever `lossless`: what lets --fix write a file
 * with every byte it does not mean to change untouched.
 */
export interface Decoded {
  text: string;
  origin: SourceOrigin;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  const encoding = sniffEncoding(bytes);
  const problems: SourceOrigin['problems'] = [];
  let text: string;
  let lossless = true;
  if (encoding === 'utf-32le' || encoding === 'utf-32be') {
    const decoded = decodeUtf32(bytes, encoding === 'utf-32le');
    text = decoded.text;
    problems.push({
      offset: 0,
      message: 'the file is UTF-32, which kubectl does not read',
      help: `daemonlint decoded it (byte-order mark ${hex(bytes.subarray(0, 4))}) and linted it, but kubectl takes that mark for UTF-16 and refuses the file ("control characters are not allowed"). Save it as UTF-8.`,
    });
    if (decoded.bad !== undefined) {
      lossless = false;
      problems.push({ offset: decoded.bad.offset, message: `the file is not valid UTF-32: bytes ${hex(bytes.subarray(decoded.bad.byte, decoded.bad.byte + 4))} at byte ${decoded.bad.byte} are no character`, help: REPLACED });
    }
  } else {
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      lossless = false;
      text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
      const bad = encoding === 'utf-8' ? firstBadUtf8(bytes) : firstBadUtf16(bytes, encoding === 'utf-16le');
      // Where the bad byte lands in the text: after the valid text before it.
      const offset = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(0, bad)).length;
      problems.push({ offset, message: `the file is not valid ${encoding === 'utf-8' ? 'UTF-8' : encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}: ${describeBadBytes(bytes, bad, encoding)}`, help: REPLACED });
    }
  }
  const control = firstDisallowed(text);
  if (control !== -1 && !problems.some((p) => p.offset <= control)) problems.push({ offset: control, ...controlMessage(text, control, bytes, encoding) });
  return { text, origin: { encoding, lossless, problems } };
}

const REPLACED =
  'kubectl would read each such byte as U+FFFD (the replacement character) without a word, and apply text that is not what was reviewed. Save the file as UTF-8.';

function sniffEncoding(b: Uint8Array): TextEncodingName {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return 'utf-32le';
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return 'utf-32be';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Encodes text as read (BOM included, if the text has it): the inverse of decodeBytes for lossless files. */
export function encodeText(text: string, encoding: TextEncodingName): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'utf-32le':
    case 'utf-32be': {
      const points = Array.from(text, (c) => c.codePointAt(0)!);
      const out = Buffer.alloc(points.length * 4);
      points.forEach((p, i) => (encoding === 'utf-32le' ? out.writeUInt32LE(p, i * 4) : out.writeUInt32BE(p, i * 4)));
      return out;
    }
  }
}

function decodeUtf32(bytes: Uint8Array, little: boolean): { text: string; bad?: { byte: number; offset: number } } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = '';
  let bad: { byte: number; offset: number } | undefined;
  const whole = bytes.length - (bytes.length % 4);
  for (let i = 0; i < whole; i += 4) {
    const point = view.getUint32(i, little);
    if (point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) {
      bad ??= { byte: i, offset: text.length };
      text += '\ufffd';
    } else {
      text += String.fromCodePoint(point);
    }
  }
  if (whole < bytes.length) {
    bad ??= { byte: whole, offset: text.length };
    text += '\ufffd';
  }
  return bad ? { text, bad } : { text };
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (the Unicode standard's table 3-7). */
export function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= b.length) return i;
    if (b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= need; k++) if (b[i + k] === undefined || b[i + k] < 0x80 || b[i + k] > 0xbf) return i;
    i += need + 1;
  }
  return b.length;
}

function firstBadUtf16(b: Uint8Array, little: boolean): number {
  const unit = (i: number) => (little ? b[i] | (b[i + 1] << 8) : (b[i] << 8) | b[i + 1]);
  let i = 0;
  for (; i + 1 < b.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 < b.length && unit(i + 2) >= 0xdc00 && unit(i + 2) <= 0xdfff) {
        i += 2;
        continue;
      }
      return i;
    }
    if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return i;
}

function describeBadBytes(bytes: Uint8Array, at: number, encoding: TextEncodingName): string {
  if (at >= bytes.length) return 'it ends in the middle of a character';
  if (encoding !== 'utf-8') return at + 1 >= bytes.length ? 'it ends with half a character' : `bytes ${hex(bytes.subarray(at, at + 2))} at offset ${at} are half a surrogate pair`;
  const c = bytes[at];
  const what = `byte 0x${hex(bytes.subarray(at, at + 1))} at offset ${at}`;
  if (c >= 0x80 && c <= 0xbf) return `${what} does not begin a character`;
  if (c === 0xc0 || c === 0xc1 || c >= 0xf5) return `${what} never occurs in UTF-8`;
  return `${what} begins a character that is cut short`;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (x) => x.toString(16).padStart(2, '0').toUpperCase()).join(' ');
}

/**
 * Where go-yaml's reader (yaml_parser_update_buffer) would stop: it allows tab, line feed,
 * carriage return, printable ASCII, NEL, and U+00A0 on, but not surrogates, U+FFFE or U+FFFF.
 * -1 when the text is clean. A BOM at the start is skipped, as the reader skips it.
 */
function firstDisallowed(text: string): number {
  const re = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
  const m = re.exec(text);
  return m ? m.index : -1;
}

function controlMessage(text: string, offset: number, bytes: Uint8Array, encoding: TextEncodingName): { message: string; help: string } {
  const code = text.charCodeAt(offset);
  if (code === 0 && encoding === 'utf-8' && looksLikeUtf16WithoutBom(bytes)) {
    return {
      message: 'the file looks like UTF-16 without a byte-order mark',
      help: 'Every other byte is NUL. kubectl reads UTF-16 only after a byte-order mark (FF FE or FE FF), and refuses this file ("control characters are not allowed"). Save it as UTF-8.',
    };
  }
  if (code === 0) {
    return { message: 'the file holds a NUL byte: it is not text', help: 'YAML does not allow NUL bytes, and kubectl refuses the file ("control characters are not allowed"). Is it a binary file?' };
  }
  return {
    message: `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed in YAML`,
    help: 'kubectl refuses the file ("control characters are not allowed"), comments included. Remove it, or write it as an escape in a double-quoted string ("\\x1b").',
  };
}

/** Text as UTF-16 without a BOM: every other byte of the first ones NUL. */
function looksLikeUtf16WithoutBom(b: Uint8Array): boolean {
  const n = Math.min(b.length - (b.length % 2), 64);
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  // One side all NUL, the other not: ASCII text as UTF-16 (a file of NUL bytes is just that).
  return (even === n / 2 && odd < n / 4) || (odd === n / 2 && even < n / 4);
}
