/**
 * Text from manifests, file names and configs, made safe for where reports go: terminals and CI
 * logs, which act on control characters, and GitHub Actions' runner, which executes workflow
 * commands it finds in any line a step prints (stdout or stderr):
 *
 * - `::name props::data` when a line starts with it (after white space), and
 * - the legacy `##[name props]data` anywhere in a line.
 *
 * A container named `x\n::stop-commands::t` would otherwise silence every later annotation.
 * The runner splits lines at CR as well as LF and compares with the culture's collation, which
 * ignores zero-width and other ignorable characters (so `#\u200b#[` may count as `##[`): hidden
 * characters are therefore written visibly before anything else, and the changes that defuse
 * commands are visible ASCII, never an invisible character.
 */

/**
 * C0 controls but tab, DEL, C1, line and paragraph separators, noncharacters U+FFFE/U+FFFF,
 * format characters (bidirectional overrides, zero-width ones), default-ignorable code points,
 * and lone surrogates.
 */
const HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');
/** The same without line breaks, for text whose lines the format keeps (annotation messages). */
const HIDDEN_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/gu;
/** What JSON.stringify leaves raw: everything hidden but the C0 controls, which it escapes. */
const HIDDEN_IN_JSON_ONE = /[\u007f-\u009f\u2028\u2029\ufffe\uffff\p{Cf}\p{Default_Ignorable_Code_Point}\p{Cs}]/u;
const HIDDEN_IN_JSON = new RegExp(HIDDEN_IN_JSON_ONE.source, 'gu');

/** `\u001b` for a BMP character, `\u{e0001}` beyond it; `\n`, `\r` and `\t` as in JavaScript. */
function escapeCodePoint(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  const code = ch.codePointAt(0)!;
  return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text with every hidden character written as an escape: one line, nothing a terminal or log viewer acts on. */
export function visibleText(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_ALL, escapeCodePoint) : text;
}

/** As visibleText, keeping line feeds and carriage returns (for formats that encode them: annotation data). */
export function visibleTextKeepingLines(text: string): string {
  return HIDDEN.test(text) ? text.replace(HIDDEN_BUT_LINE_BREAKS, escapeCodePoint) : text;
}

const LEGACY_COMMAND = /##\[/g;
const LINE_START_COMMAND = /^([^\S\n]*)::/gm;

/**
 * Defuses workflow commands in text a step prints as log lines: `##[` anywhere becomes `##\[`,
 * and a line starting with `::` gets a backslash before it. Apply it to whole lines (or a whole
 * report) whose free text has gone through visibleText, never to the workflow commands a
 * formatter writes on purpose.
 */
export function neutralizeCommands(text: string): string {
  if (!text.includes('::') && !text.includes('##[')) return text;
  return text.replace(LEGACY_COMMAND, '##\\[').replace(LINE_START_COMMAND, '$1\\::');
}

/** `##[` anywhere becomes `##\[` (for lines that start with a command of the formatter's own). */
export function neutralizeLegacyCommands(text: string): string {
  return text.includes('##[') ? text.replace(LEGACY_COMMAND, '##\\[') : text;
}

/**
 * Whether text is ASCII without DEL, as most of a JSON report is: nothing HIDDEN_IN_JSON_ONE finds
 * can be in it. Its UTF-8 length equals its length only when every character is ASCII, and both
 * tests run in native code, several times faster than the Unicode-class scan over megabytes.
 */
function isAsciiWithoutDel(text: string): boolean {
  return Buffer.byteLength(text) === text.length && !text.includes('\u007f');
}

function jsonEscape(ch: string): string {
  let out = '';
  for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * A JSON text (json, sarif, gitlab) with hidden characters and `##[` written as `\u` escapes
 * inside its strings: the same data for any JSON reader, and nothing for a log or terminal to act
 * on when the report is printed. (`##[` occurs only inside strings: in JSON a string is never
 * directly followed by `[`.)
 */
export function safeJsonText(json: string): string {
  let out = json;
  if (!isAsciiWithoutDel(out) && HIDDEN_IN_JSON_ONE.test(out)) out = out.replace(HIDDEN_IN_JSON, jsonEscape);
  return out.includes('##[') ? out.replace(LEGACY_COMMAND, '##\\u005b') : out;
}
