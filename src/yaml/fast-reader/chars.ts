// The characters and character classes the fast reader scans by, as tables indexed by char code.

export const TAB = 0x09;
export const LF = 0x0a;
export const SPACE = 0x20;
export const DQUOTE = 0x22;
export const HASH = 0x23;
export const SQUOTE = 0x27;
export const COMMA = 0x2c;
export const DASH = 0x2d;
export const DOT = 0x2e;
export const COLON = 0x3a;
export const GT = 0x3e;
export const LBRACKET = 0x5b;
export const BACKSLASH = 0x5c;
export const RBRACKET = 0x5d;
export const LBRACE = 0x7b;
export const PIPE = 0x7c;
export const RBRACE = 0x7d;

/** ASCII characters a plain scalar may not start with (c-indicator but `-?:`, which may start one before text). */
export const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '#&*!|>\'"%@`,[]{}') NOT_PLAIN_START[c.charCodeAt(0)] = 1;
/** ASCII characters that start a plain scalar whatever follows them (the common case, checked inline). */
export const PLAIN_START_SIMPLE = new Uint8Array(128);
for (let c = 0x21; c < 0x7f; c++) PLAIN_START_SIMPLE[c] = 1;
for (const c of '#&*!|>\'"%@`,[]{}-?:') PLAIN_START_SIMPLE[c.charCodeAt(0)] = 0;
/** ASCII characters a plain scalar's scan has to look at; everything else is content. */
export const PLAIN_SPECIAL_BLOCK = new Uint8Array(128);
export const PLAIN_SPECIAL_FLOW = new Uint8Array(128);
for (let c = 0; c < 0x20; c++) PLAIN_SPECIAL_BLOCK[c] = PLAIN_SPECIAL_FLOW[c] = 1;
for (const c of ' :#\x7f') PLAIN_SPECIAL_BLOCK[c.charCodeAt(0)] = PLAIN_SPECIAL_FLOW[c.charCodeAt(0)] = 1;
for (const c of ',[]{}') PLAIN_SPECIAL_FLOW[c.charCodeAt(0)] = 1;

/** js-yaml's single-character escapes in double-quoted scalars (`\t` may also be a literal tab). */
export const SIMPLE_ESCAPE = new Uint8Array(128);
for (const c of '0abt\tnvfre "/\\N_LP') SIMPLE_ESCAPE[c.charCodeAt(0)] = 1;
