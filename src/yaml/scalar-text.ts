import { EVENT_ID, type ScalarEvent } from 'js-yaml';

// Scalar text helpers both readers share (event-reader.ts and fast-reader.ts), so that the two
// place block scalars and decode quoted text identically, to the offset.

/**
 * Where a block scalar's `|` or `>` stands between `from` (the end of the node before it) and
 * its content (`to`), or -1. Comments in between (`- -c  # shell` on the line before `- |`) are
 * skipped: a `|` in them is not the indicator.
 */
export function indexOfBlockIndicator(source: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return i;
    if (c === 0x23 /* # */ && (i === 0 || isWhite(source.charCodeAt(i - 1)))) {
      const nl = source.indexOf('\n', i);
      if (nl === -1 || nl >= to) return -1;
      i = nl;
    }
  }
  return -1;
}

function isWhite(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A block scalar's range ends at its last content character, not at the line breaks it keeps. */
export function trimTrailingBreaks(source: string, start: number, end: number): number {
  let e = end;
  while (e > start) {
    const c = source.charCodeAt(e - 1);
    if (c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09) e--;
    else break;
  }
  return e;
}

/** A scalar event for js-yaml's getScalarValue to decode the text between `valueStart` and `valueEnd`. */
export function scalarEvent(valueStart: number, valueEnd: number, style: number, chomping: number, indent: number): ScalarEvent {
  return {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style: style as ScalarEvent['style'],
    chomping: chomping as ScalarEvent['chomping'],
    indent,
    fast: false,
  };
}

