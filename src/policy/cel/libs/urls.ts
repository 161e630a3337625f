import type { Environment } from '@marcbachmann/cel-js';
import { fail } from './common.js';

/**
 * Kubernetes' URL library (k8s.io/apiserver/pkg/cel/library/urls.go, base environment): `url()`
 * reads text as Go's url.ParseRequestURI does (an absolute URI, or an absolute path), `isURL`,
 * and the parts: scheme, host (with port, IPv6 in brackets), hostname, port, escaped path, query.
 */
export class URLValue {
  constructor(
    readonly scheme: string,
    readonly host: string,
    readonly path: string,
    readonly rawPath: string,
    readonly rawQuery: string,
  ) {}

  equals(other: unknown): boolean {
    return other instanceof URLValue && other.scheme === this.scheme && other.host === this.host && other.rawPath === this.rawPath && other.rawQuery === this.rawQuery;
  }
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/;
const CONTROL = /[\x00-\x1f\x7f]/;

/** url.ParseRequestURI; the error as Go words it, or the URL. */
function parse(text: string): URLValue | string {
  const error = (why: string): string => `parse ${JSON.stringify(text)}: ${why}`;
  if (CONTROL.test(text)) return error('net/url: invalid control character in URL');
  if (text === '') return error('empty url');
  let rest = text;
  let scheme = '';
  if (!rest.startsWith('/')) {
    const colon = rest.indexOf(':');
    const candidate = colon === -1 ? '' : rest.slice(0, colon);
    if (colon <= 0 || !SCHEME.test(candidate)) return error(colon === 0 ? 'missing protocol scheme' : 'invalid URI for request');
    scheme = candidate.toLowerCase();
    rest = rest.slice(colon + 1);
    if (!rest.startsWith('/')) return error('invalid URI for request');
  }
  // A request URI keeps any '#' as part of the path or query (no fragment).
  const question = rest.indexOf('?');
  const rawQuery = question === -1 ? '' : rest.slice(question + 1);
  rest = question === -1 ? rest : rest.slice(0, question);
  let host = '';
  // Only a URI with a scheme has an authority; for a bare path, `//x` is path.
  if (scheme !== '' && rest.startsWith('//')) {
    const authorityEnd = rest.indexOf('/', 2);
    const authority = authorityEnd === -1 ? rest.slice(2) : rest.slice(2, authorityEnd);
    rest = authorityEnd === -1 ? '' : rest.slice(authorityEnd);
    const at = authority.lastIndexOf('@');
    host = at === -1 ? authority : authority.slice(at + 1);
    const hostError = checkHost(host);
    if (hostError) return error(hostError);
  }
  const path = unescape(rest);
  if (path === undefined) return error(`invalid URL escape ${JSON.stringify(badEscape(rest))}`);
  return new URLValue(scheme, host, path, rest, rawQuery);
}

function checkHost(host: string): string | undefined {
  let port = '';
  if (host.startsWith('[')) {
    const close = host.indexOf(']');
    if (close === -1) return 'missing \']\' in host';
    port = host.slice(close + 1);
    if (port !== '' && !port.startsWith(':')) return `invalid port ${JSON.stringify(port)} after host`;
  } else {
    const colon = host.lastIndexOf(':');
    if (colon !== -1) port = host.slice(colon);
  }
  if (port !== '' && !/^:[0-9]*$/.test(port)) return `invalid port ${JSON.stringify(port)} after host`;
  return undefined;
}

/** Percent-decoding of a path; undefined when an escape is malformed. */
function unescape(text: string): string | undefined {
  if (!text.includes('%')) return text;
  if (badEscape(text) !== undefined) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    // Escapes of bytes that are not UTF-8: Go keeps the bytes; the text here keeps the escapes.
    return text;
  }
}

function badEscape(text: string): string | undefined {
  const m = /%(?![0-9A-Fa-f]{2})..?/.exec(text) ?? /%.?$/.exec(text);
  return m ? m[0] : undefined;
}

/** Go's EscapedPath: the path as written when that is a valid escaping of it, else the path escaped. */
function escapedPath(u: URLValue): string {
  if (u.rawPath !== '' && /^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/.test(u.rawPath)) return u.rawPath;
  return u.path.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/g, (c) =>
    Array.from(Buffer.from(c, 'utf8'))
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  );
}

function hostname(host: string): string {
  if (host.startsWith('[')) return host.slice(1, host.indexOf(']'));
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

function port(host: string): string {
  const colon = host.lastIndexOf(':');
  if (colon === -1 || (host.startsWith('[') && colon < host.indexOf(']'))) return '';
  return host.slice(colon + 1);
}

/** Go's url.ParseQuery, keeping what parses: `a=1&a=2&b` → {a: [1, 2], b: ['']}. */
function query(raw: string): Record<string, string[]> {
  const out = Object.create(null) as Record<string, string[]>;
  for (const pair of raw.split('&')) {
    if (pair === '' || pair.includes(';')) continue;
    const eq = pair.indexOf('=');
    const key = decodeQuery(eq === -1 ? pair : pair.slice(0, eq));
    const value = decodeQuery(eq === -1 ? '' : pair.slice(eq + 1));
    if (key === undefined || value === undefined) continue;
    (out[key] ??= []).push(value);
  }
  return out;
}

function decodeQuery(text: string): string | undefined {
  if (badEscape(text) !== undefined) return undefined;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function registerUrls(env: Environment): void {
  env.registerType('URL', URLValue);
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn('url(string): URL', (s: string) => {
    const u = parse(s);
    return typeof u === 'string' ? fail(`URL parse error during conversion from string: ${u}`) : u;
  });
  fn('isURL(string): bool', (s: string) => typeof parse(s) !== 'string');
  fn('URL.getScheme(): string', (u: URLValue) => u.scheme);
  fn('URL.getHost(): string', (u: URLValue) => u.host);
  fn('URL.getHostname(): string', (u: URLValue) => hostname(u.host));
  fn('URL.getPort(): string', (u: URLValue) => port(u.host));
  fn('URL.getEscapedPath(): string', (u: URLValue) => escapedPath(u));
  fn('URL.getQuery(): map<string, list<string>>', (u: URLValue) => query(u.rawQuery));
}
