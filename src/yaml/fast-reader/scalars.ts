import { CHOMPING_MODE, getScalarValue, SCALAR_STYLE } from 'js-yaml';
import { PLAIN_RESOLVES_ASCII as RESOLVE_ASCII, resolvePlain as plainValue } from '../kubernetes-scalars.js';
import { indexOfBlockIndicator, scalarEvent, trimTrailingBreaks } from '../scalar-text.js';
import type { ScalarNode } from '../source-node.js';
import { TAB, LF, SPACE, DQUOTE, HASH, SQUOTE, COMMA, DASH, DOT, COLON, LBRACKET, BACKSLASH, RBRACKET, LBRACE, PIPE, RBRACE, NOT_PLAIN_START, PLAIN_SPECIAL_BLOCK, PLAIN_SPECIAL_FLOW, SIMPLE_ESCAPE } from './chars.js';
import { bail, finite, LineScanner } from './lines.js';

/** Plain, quoted and block scalars, read as js-yaml reads them and decoded by js-yaml itself. */
export abstract class ScalarScanner extends LineScanner {
  /** Refuses what cannot start a plain scalar here (an indicator), and what we do not read as one. */
  protected checkPlainStart(p: number, inFlow: boolean): void {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (p >= this.len) bail();
    if (c < 128) {
      if (NOT_PLAIN_START[c] === 1 || c <= SPACE || c === 0x7f) bail();
      if (c === DASH || c === 0x3f /* ? */ || c === COLON) {
        const next = src.charCodeAt(p + 1);
        if (p + 1 >= this.len || next === SPACE || next === LF || next === TAB) bail();
        if (inFlow && (next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE)) bail();
      }
    }
    // Non-ASCII first characters are checked by the scan.
  }

  /**
   * Scans one line of a plain scalar in block context from `start`: stops at `: `, ` #` or the
   * line end, leaving `pos` there. Returns the end of its text (trailing spaces excluded).
   */
  protected plainBlock(start: number): number {
    const src = this.src;
    const len = this.len;
    let p = start;
    let end = start;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (PLAIN_SPECIAL_BLOCK[c] === 0) {
          end = ++p;
          continue;
        }
        if (c === SPACE) {
          p++;
          continue;
        }
        if (c === COLON) {
          const next = src.charCodeAt(p + 1);
          if (p + 1 >= len || next === SPACE || next === LF) break;
          if (next === TAB) bail();
          end = ++p;
          continue;
        }
        if (c === HASH) {
          if (src.charCodeAt(p - 1) === SPACE) break;
          end = ++p;
          continue;
        }
        if (c === LF) break;
        bail(); // a tab or a control character
      }
      p = this.nonAscii(p);
      end = p;
    }
    this.pos = p;
    return end;
  }

  /**
   * A plain scalar value in block context whose first line was scanned to `end`; reads the lines
   * it goes on over as js-yaml does (a next non-blank line indented at least `nodeIndent`, unless
   * a comment line comes first), sets `value`, and ends at the next content line.
   */
  protected plainValueNode(start: number, end: number, nodeIndent: number): ScalarNode {
    const src = this.src;
    let multiline = false;
    // Only a scalar that ran to its line's end can go on; ` #` ends it for good.
    let open = this.pos >= this.len || src.charCodeAt(this.pos) === LF;
    this.finishLine();
    while (open && !this.sawComment && this.indent >= nodeIndent) {
      multiline = true;
      const lineEnd = this.plainBlock(this.pos);
      if (lineEnd > end) end = lineEnd;
      open = this.pos >= this.len || src.charCodeAt(this.pos) === LF;
      this.finishLine(); // a `: ` on this line is refused here, as js-yaml fails on it
    }
    const node = this.scalar(start, end, SCALAR_STYLE.PLAIN);
    const raw = multiline ? getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1)) : src.slice(start, end);
    const c = src.charCodeAt(start);
    this.value = c < 128 && RESOLVE_ASCII[c] === 0 ? raw : finite(plainValue(raw));
    return node;
  }

  /** The same in flow context, where `,[]{}` also end the scalar. */
  protected plainFlow(start: number, nodeIndent: number): number {
    const src = this.src;
    const len = this.len;
    let p = start;
    let end = start;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c < 128) {
        if (PLAIN_SPECIAL_FLOW[c] === 0) {
          end = ++p;
          continue;
        }
        if (c === SPACE) {
          p++;
          continue;
        }
        if (c === COLON) {
          const next = src.charCodeAt(p + 1);
          if (p + 1 >= len || next === SPACE || next === LF || next === COMMA || next === LBRACKET || next === RBRACKET || next === LBRACE || next === RBRACE) break;
          if (next === TAB) bail();
          end = ++p;
          continue;
        }
        if (c === HASH) {
          if (src.charCodeAt(p - 1) === SPACE) break;
          end = ++p;
          continue;
        }
        if (c === COMMA || c === LBRACKET || c === RBRACKET || c === LBRACE || c === RBRACE) break;
        if (c === LF) {
          this.checkNoPlainContinuation(p, nodeIndent);
          break;
        }
        bail();
      }
      p = this.nonAscii(p);
      end = p;
    }
    this.pos = p;
    return end;
  }

  /**
   * A plain scalar in a flow collection goes on over the line break when the next non-blank line
   * is indented enough and starts with scalar text; we leave such multi-line scalars to js-yaml.
   */
  protected checkNoPlainContinuation(lf: number, nodeIndent: number): void {
    const src = this.src;
    const len = this.len;
    let p = lf;
    while (p < len && src.charCodeAt(p) === LF) {
      const lineStart = ++p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) return;
      const c = src.charCodeAt(p);
      if (c === LF) continue;
      if (c === TAB) bail();
      if (c === HASH || p - lineStart < nodeIndent) return;
      if (c === COMMA || c === RBRACKET || c === RBRACE) return;
      bail();
    }
  }

  /** Checks one non-ASCII character of a plain or block scalar as js-yaml's printable test does; returns the next position. */
  protected nonAscii(p: number): number {
    const src = this.src;
    const c = src.charCodeAt(p);
    if (c <= 0x9f || c >= 0xfffe) bail();
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = src.charCodeAt(p + 1);
      if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) bail(); // a lone surrogate
      return p + 2;
    }
    return p + 1;
  }

  /**
   * A double-quoted scalar at `pos`; sets `value` (and `key` for a key). It may go on over line
   * breaks when `nodeIndent` >= 0 (not for keys), whose lines must be indented that far.
   */
  protected doubleQuoted(isKey: boolean, nodeIndent: number): ScalarNode {
    const src = this.src;
    const len = this.len;
    const start = this.pos + 1;
    let p = start;
    let simple = true;
    this.multiline = false;
    for (;;) {
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === DQUOTE) break;
      if (c === BACKSLASH) {
        simple = false;
        const e = src.charCodeAt(p + 1);
        if (e < 128 && SIMPLE_ESCAPE[e] === 1) {
          p += 2;
          continue;
        }
        if (e === LF) {
          p = this.quotedLineBreak(p + 1, nodeIndent);
          continue;
        }
        const digits = e === 0x78 /* x */ ? 2 : e === 0x75 /* u */ ? 4 : e === 0x55 /* U */ ? 8 : 0;
        if (digits === 0) bail(); // an unknown escape
        for (let k = 2; k < 2 + digits; k++) {
          const h = src.charCodeAt(p + k);
          if (!((h >= 0x30 && h <= 0x39) || ((h | 0x20) >= 0x61 && (h | 0x20) <= 0x66))) bail();
        }
        p += 2 + digits;
        continue;
      }
      if (c === LF) {
        simple = false;
        p = this.quotedLineBreak(p, nodeIndent);
        continue;
      }
      if (c < SPACE && c !== TAB) bail(); // a control character
      p++;
    }
    const end = p;
    this.pos = p + 1;
    const node = this.scalar(start - 1, end + 1, SCALAR_STYLE.DOUBLE_QUOTED);
    this.value = simple ? src.slice(start, end) : getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1));
    // event-reader.ts's scalarKey tries JSON.parse first: on the one line a key may take, JSON's
    // escapes decode as YAML's do, and what JSON refuses it reads as this value.
    if (isKey) this.key = this.value as string;
    return node;
  }

  /** A single-quoted scalar at `pos`, on one line or (`nodeIndent` >= 0) several. */
  protected singleQuoted(isKey: boolean, nodeIndent: number): ScalarNode {
    const src = this.src;
    const len = this.len;
    const start = this.pos + 1;
    let p = start;
    let simple = true;
    this.multiline = false;
    for (;;) {
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === SQUOTE) {
        if (src.charCodeAt(p + 1) === SQUOTE) {
          simple = false;
          p += 2;
          continue;
        }
        break;
      }
      if (c === LF) {
        simple = false;
        p = this.quotedLineBreak(p, nodeIndent);
        continue;
      }
      if (c < SPACE && c !== TAB) bail();
      p++;
    }
    const end = p;
    this.pos = p + 1;
    const node = this.scalar(start - 1, end + 1, SCALAR_STYLE.SINGLE_QUOTED);
    if (simple) this.value = src.slice(start, end);
    else this.value = getScalarValue(src, scalarEvent(start, end, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1));
    // event-reader.ts's scalarKey unfolds `''` alone: on the one line a key may take, that is this value.
    if (isKey) this.key = this.value as string;
    return node;
  }

  /**
   * A line break inside a quoted scalar, at `lf`: js-yaml skips blank lines and wants the next
   * line indented at least `nodeIndent`. Returns where the scalar's text goes on.
   */
  protected quotedLineBreak(lf: number, nodeIndent: number): number {
    if (nodeIndent < 0) bail(); // a key on two lines
    this.multiline = true;
    const src = this.src;
    const len = this.len;
    let p = lf;
    for (;;) {
      const lineStart = ++p;
      while (p < len && src.charCodeAt(p) === SPACE) p++;
      if (p >= len) bail();
      const c = src.charCodeAt(p);
      if (c === LF) continue;
      if (c === TAB) bail();
      // Column 0 would also need js-yaml's document-marker test; no quoted value of ours gets there.
      if (p - lineStart < nodeIndent || p === lineStart) bail();
      return p;
    }
  }

  /**
   * A block scalar at its `|` or `>`, read line by line as js-yaml's readBlockScalar does (same
   * indentation detection and the same refusals), its text decoded by js-yaml itself.
   */
  protected blockScalar(parentIndent: number): ScalarNode {
    const src = this.src;
    const len = this.len;
    let p = this.pos;
    const style = src.charCodeAt(p) === PIPE ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
    p++;
    let chomping: number = CHOMPING_MODE.CLIP;
    let indent = -1;
    let detected = false;
    while (p < len) {
      const c = src.charCodeAt(p);
      if (c === 0x2b /* + */ || c === DASH) {
        if (chomping !== CHOMPING_MODE.CLIP) bail();
        chomping = c === DASH ? CHOMPING_MODE.STRIP : CHOMPING_MODE.KEEP;
        p++;
      } else if (c >= 0x30 && c <= 0x39) {
        if (c === 0x30 || detected) bail();
        indent = parentIndent + (c - 0x30) - 1;
        detected = true;
        p++;
      } else break;
    }
    let hadWhitespace = false;
    while (p < len && (src.charCodeAt(p) === SPACE || src.charCodeAt(p) === TAB)) {
      hadWhitespace = true;
      p++;
    }
    if (hadWhitespace && src.charCodeAt(p) === HASH) {
      while (p < len && src.charCodeAt(p) !== LF) p++;
    }
    if (p < len) {
      if (src.charCodeAt(p) !== LF) bail();
      p++;
    }
    let contentIndent = detected ? indent : -1;
    let maxLeadingIndent = 0;
    const valueStart = p;
    let valueEnd = p;
    while (p < len) {
      const linePosition = p;
      let column = 0;
      while (linePosition + column < len && src.charCodeAt(linePosition + column) === SPACE) column++;
      if (linePosition + column >= len) {
        if (contentIndent >= 0) {
          if (column > contentIndent) valueEnd = linePosition + column;
        } else if (column > 0) valueEnd = linePosition + column;
        break;
      }
      const first = src.charCodeAt(linePosition + column);
      if (column === 0 && (first === DASH || first === DOT) && this.isMarker(linePosition)) break;
      const blank = first === LF;
      if (!detected && contentIndent === -1) {
        if (blank) maxLeadingIndent = Math.max(maxLeadingIndent, column);
        else {
          if (first === TAB && column < parentIndent) bail();
          if (column >= parentIndent && column < maxLeadingIndent) bail();
        }
      }
      if (contentIndent === -1 && !blank && column < parentIndent) break;
      if (!detected && !blank && contentIndent === -1) contentIndent = column;
      const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
      if (!blank && column < requiredIndent) break;
      let q = linePosition + column;
      while (q < len) {
        const c = src.charCodeAt(q);
        if (c === LF) break;
        if (c < SPACE ? c !== TAB : c >= 0x7f) {
          if (c < 0x7f) bail();
          q = this.nonAscii(q);
        } else q++;
      }
      valueEnd = q;
      if (q < len) valueEnd = ++q;
      p = q;
    }
    const value = getScalarValue(src, scalarEvent(valueStart, valueEnd, style, chomping, contentIndent));
    // Placed as the event builder places it: from its indicator, found after the previous node.
    const indicator = indexOfBlockIndicator(src, Math.max(this.lastEnd, 0), valueStart);
    const start = indicator !== -1 ? indicator : valueStart;
    const node = this.scalar(start, trimTrailingBreaks(src, start, valueEnd), style);
    this.value = value;
    // The line that ended the scalar is read again from its start.
    this.pos = p < len ? p : len;
    this.nextContent();
    return node;
  }
}
