/**
 * Glob and wildcard patterns that match in linear time: `ignore` globs and `exclude.objects`
 * patterns come from a repository's config, which a pull request controls, and input globs from
 * command lines. Regular-expression translations (picomatch, this project's own before) backtrack:
 * `*a*a*a*a*b` against a long name is polynomial with the number of stars, ten `**\/` or ten `*a`
 * ran past a minute.
 *
 * Matching here never backtracks more than one step: a `*` (or a `**` segment) only ever resumes
 * right after the most recent one, one character (segment) further on. That is enough, because
 * whatever an earlier star would have to absorb to let a later part match, the most recent star
 * can absorb instead. Every other token consumes exactly one character (one segment), so for a
 * fixed star each (text position, pattern position) pair is tried at most once: O(n·m) for a text
 * of n characters and a pattern of m tokens, with segment comparisons summing to the same bound.
 */

import { bounded } from './bounded-text.js';

/** A pattern that cannot be used, with what is wrong (the caller names where it came from). */
export class PatternError extends Error {}

/** The longest pattern accepted: far more than any real glob, and a bound on the work per match. */
export const MAX_PATTERN_LENGTH = 4096;
/** How many alternatives `{a,b}` groups may expand to, all groups of a pattern together. */
export const MAX_BRACE_EXPANSIONS = 1024;

const STAR = 0;
type Star = typeof STAR;
/** One character: itself, any (`?`), or a class (`[a-z]`, `[!.]`). */
type CharToken = string | { any: true } | { negated: boolean; singles: string; ranges: readonly [number, number][] };
/** A path segment: characters and stars; `GLOBSTAR` for a `**` segment. */
type SegmentToken = readonly (CharToken | Star)[];
const GLOBSTAR = 0;

/**
 * The greedy matcher shared by characters within a segment and segments within a path: `items`
 * against `tokens`, where STAR matches any run of items and every other token exactly one item.
 */
export function matchSequence<T, U>(tokens: readonly (T | Star)[], items: ArrayLike<U>, one: (token: T, item: U) => boolean): boolean {
  let t = 0;
  let i = 0;
  let starToken = -1;
  let starItem = 0;
  while (i < items.length) {
    const token = tokens[t];
    if (t < tokens.length && token !== STAR && one(token as T, items[i])) {
      t++;
      i++;
    } else if (t < tokens.length && token === STAR) {
      starToken = t++;
      starItem = i;
    } else if (starToken !== -1) {
      t = starToken + 1;
      i = ++starItem;
    } else {
      return false;
    }
  }
  while (t < tokens.length && tokens[t] === STAR) t++;
  return t === tokens.length;
}

function matchChar(token: CharToken, ch: string): boolean {
  if (typeof token === 'string') return token === ch;
  if ('any' in token) return true;
  const code = ch.codePointAt(0)!;
  const inClass = token.singles.includes(ch) || token.ranges.some(([lo, hi]) => code >= lo && code <= hi);
  return inClass !== token.negated;
}

const SURROGATE = /[\ud800-\udfff]/;

/** A string as its characters: code points, so `?` matches one emoji; plain strings index as they are. */
function characters(text: string): ArrayLike<string> {
  return SURROGATE.test(text) ? Array.from(text) : text;
}

function matchSegment(tokens: SegmentToken, text: string): boolean {
  return matchSequence(tokens, characters(text), matchChar);
}

/** Reads the tokens of one segment; `*`-only runs collapse to one star. */
function segmentTokens(segment: string, pattern: string, wildcardOnly: boolean): SegmentToken {
  const chars = Array.from(segment);
  const out: (CharToken | Star)[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '*') {
      if (out[out.length - 1] !== STAR) out.push(STAR);
    } else if (wildcardOnly) {
      out.push(c);
    } else if (c === '?') {
      out.push({ any: true });
    } else if (c === '\\' && i + 1 < chars.length) {
      out.push(chars[++i]);
    } else if (c === '[') {
      const parsed = parseClass(chars, i, pattern);
      if (parsed === undefined) out.push('[');
      else {
        out.push(parsed.token);
        i = parsed.end;
      }
    } else {
      out.push(c);
    }
  }
  return out;
}

/** `[...]` starting at `start`; undefined when it has no closing `]` (then `[` is itself). */
function parseClass(chars: readonly string[], start: number, pattern: string): { token: CharToken; end: number } | undefined {
  let i = start + 1;
  let negated = false;
  if (chars[i] === '!' || chars[i] === '^') {
    negated = true;
    i++;
  }
  let singles = '';
  const ranges: [number, number][] = [];
  let first = true;
  for (; i < chars.length; i++) {
    let c = chars[i];
    if (c === ']' && !first) return { token: { negated, singles, ranges }, end: i };
    first = false;
    if (c === '\\' && i + 1 < chars.length) c = chars[++i];
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let hi = chars[i + 2];
      i += 2;
      if (hi === '\\' && i + 1 < chars.length) hi = chars[++i];
      const lo = c.codePointAt(0)!;
      const high = hi.codePointAt(0)!;
      if (lo > high) throw new PatternError(`the range "${c}-${hi}" in "${bounded(pattern, 80)}" is out of order (write it "${hi}-${c}")`);
      ranges.push([lo, high]);
    } else {
      singles += c;
    }
  }
  return undefined;
}

/** `{a,b}` groups expanded (nested too), at most MAX_BRACE_EXPANSIONS alternatives; an unclosed `{` is itself. */
function expandBraces(pattern: string): string[] {
  const open = findUnescaped(pattern, '{', 0);
  if (open === -1) return [pattern];
  // The matching close and the top-level commas between them.
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      close = i;
      break;
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  const head = pattern.slice(0, open);
  if (close === -1 || commas.length === 0) {
    // Not a group: the braces are literal characters.
    const rest = expandBraces(pattern.slice(open + 1));
    return rest.map((r) => `${head}{${r}`);
  }
  const bounds = [open, ...commas, close];
  const options: string[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) options.push(...expandBraces(pattern.slice(bounds[k] + 1, bounds[k + 1])));
  const tails = expandBraces(pattern.slice(close + 1));
  if (options.length * tails.length > MAX_BRACE_EXPANSIONS) {
    throw new PatternError(`"${bounded(pattern, 80)}" expands to more than ${MAX_BRACE_EXPANSIONS} alternatives; use fewer {a,b} groups`);
  }
  const out: string[] = [];
  for (const option of options) for (const tail of tails) out.push(head + option + tail);
  return out;
}

function findUnescaped(text: string, ch: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === ch) return i;
  }
  return -1;
}

function checkLength(pattern: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternError(`a pattern of ${pattern.length} characters is longer than the ${MAX_PATTERN_LENGTH} allowed`);
}

/**
 * A path glob: `*` and `?` within a segment, `[a-z]` and `[!.]` classes, `{a,b}` alternatives,
 * `**` as a whole segment for any number of segments (none included), `\` to escape. Dot files
 * match like any other name. Paths and patterns use `/`. Throws PatternError for a pattern that
 * cannot be used (a range out of order, too long, too many alternatives).
 */
export function compileGlob(pattern: string): (path: string) => boolean {
  checkLength(pattern);
  let total = 0;
  const alternatives = expandBraces(pattern).map((alternative) => {
    total += alternative.length;
    if (total > MAX_PATTERN_LENGTH * 16) throw new PatternError(`"${bounded(pattern, 80)}" expands to too long a pattern; use fewer {a,b} groups`);
    const segments: (SegmentToken | typeof GLOBSTAR)[] = [];
    for (const segment of alternative.split('/')) {
      if (segment === '**') {
        if (segments[segments.length - 1] !== GLOBSTAR) segments.push(GLOBSTAR);
      } else {
        segments.push(segmentTokens(segment, pattern, false));
      }
    }
    return segments;
  });
  return (path) => {
    const parts = path.split('/');
    return alternatives.some((segments) => matchSequence(segments, parts, matchSegment));
  };
}

/** A wildcard where `*` matches any run of characters (`/` included) and nothing else is special: `kube-system/*`. */
export function compileWildcard(pattern: string): (text: string) => boolean {
  checkLength(pattern);
  const tokens = segmentTokens(pattern, pattern, true);
  return (text) => matchSegment(tokens, text);
}

/** Whether a string has glob syntax (and is not a plain path). */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}
