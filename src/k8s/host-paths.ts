/**
 * Host paths as the node sees them, for deciding what a hostPath volume exposes. Comparison is
 * lexical: the linter never sees the node's filesystem, so the only symlink it knows about is
 * the one every current distribution ships (`/var/run` → `/run`, FHS 3.0 and systemd).
 */

import { memoizeByObject } from './memoize.js';

/**
 * The path in the form host paths are compared in, or undefined when it is neither an absolute
 * POSIX path nor a Windows one (a relative path, or empty).
 * - POSIX: `//`, `.` and trailing slashes removed and `..` resolved. The API server rejects `..`
 *   in hostPath paths; resolving it keeps a bad manifest from slipping past a prefix check.
 * - Windows (what the kubelet on a Windows node takes: `C:\var\lib\kubelet`, `C:/var/lib/kubelet`,
 *   named pipes `\\.\pipe\name`): `/` as the separator and lower case, as NTFS and the pipe
 *   namespace ignore case; `c:/var/lib/kubelet`, a drive root `c:/`, a pipe `//./pipe/name`.
 */
export function normaliseHostPath(path: string): string | undefined {
  if (path.startsWith('/')) {
    // Without `//`, `/.` or a trailing slash there is nothing to remove: most paths are written so.
    if (!path.includes('//') && !path.includes('/.') && (path.length === 1 || !path.endsWith('/'))) return path;
    return `/${resolveSegments(path.split('/')).join('/')}`;
  }
  if (WINDOWS_DRIVE.test(path)) {
    return `${path.slice(0, 2).toLowerCase()}/${resolveSegments(path.slice(2).split(WINDOWS_SEPARATOR)).join('/').toLowerCase()}`;
  }
  if (path.startsWith('\\\\')) {
    // `\\server\share\...` or `\\.\pipe\name`: the first two segments name the root and stay as written.
    const [server, share, ...rest] = path.slice(2).split(WINDOWS_SEPARATOR);
    if (!server || !share) return undefined;
    const below = resolveSegments(rest);
    return `//${server}/${share}${below.length > 0 ? `/${below.join('/')}` : ''}`.toLowerCase();
  }
  return undefined;
}

/** A drive letter and a separator, or the bare drive (`C:` as its root). */
const WINDOWS_DRIVE = /^[A-Za-z]:([\\/]|$)/;
const WINDOWS_SEPARATOR = /[\\/]/;

/** True for a Windows path (a drive or a UNC path such as a named pipe). */
export function isWindowsHostPath(path: string): boolean {
  return WINDOWS_DRIVE.test(path) || path.startsWith('\\\\');
}

function resolveSegments(segments: readonly string[]): string[] {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out;
}

/**
 * A JSON schema `pattern` for options that take host paths: absolute POSIX paths, Windows drive
 * paths and UNC paths (named pipes).
 */
export const HOST_PATH_OPTION_PATTERN = '^(/|[A-Za-z]:([\\\\/]|$)|\\\\\\\\)';

/**
 * The path with `/var/run` spelled `/run`: on every systemd distribution `/var/run` is a symlink
 * to `/run`, and the kubelet bind-mounts what the symlink resolves to, so `/run/docker.sock` and
 * `/var/run/docker.sock` are the same socket.
 */
function canonical(normalised: string): string {
  if (normalised === '/var/run') return '/run';
  if (normalised.startsWith('/var/run/')) return `/run/${normalised.slice('/var/run/'.length)}`;
  return normalised;
}

function isWithin(path: string, ancestor: string): boolean {
  // A root (`/`, `c:/`) ends with its separator.
  if (ancestor.endsWith('/')) return path.length > ancestor.length && path.startsWith(ancestor);
  return path.length > ancestor.length && path.charCodeAt(ancestor.length) === SLASH && path.startsWith(ancestor);
}

const SLASH = 0x2f;

/** `/a/b` or `/a/b/**` (`C:\\a\\b\\**`) from an option list: the path, and whether everything below it counts too. */
export interface HostPathPattern {
  /** The pattern as written, for messages. */
  text: string;
  /** Normalised path without the `/**` suffix. */
  path: string;
  /** The path for messages: the normalised one for POSIX, as written for Windows (without the suffix). */
  shown: string;
  subtree: boolean;
}

export function parseHostPathPattern(text: string): HostPathPattern | undefined {
  const subtree = text.endsWith('/**') || text.endsWith('\\**');
  const base = subtree ? text.slice(0, -3) || '/' : text;
  const path = normaliseHostPath(base);
  if (path === undefined) return undefined;
  return { text, path, shown: isWindowsHostPath(base) ? base : path, subtree };
}

/**
 * How a mounted host path relates to a sensitive pattern:
 * - `same`: it is the sensitive path (possibly through the `/var/run` link),
 * - `inside`: it lies below a `/**` pattern,
 * - `contains`: it is a directory above the sensitive path, so the mount exposes it too.
 */
export type HostPathRelation = 'same' | 'inside' | 'contains';

export interface SensitiveMatch {
  pattern: HostPathPattern;
  relation: HostPathRelation;
  /** True when the match holds only through `/var/run` being `/run`. */
  viaRunLink: boolean;
}

/**
 * The sensitive pattern a host path exposes, preferring the closest relation (the path itself,
 * then a subtree it is in, then a path it contains), then a match without the link, then the
 * first pattern listed.
 * Both the literal and the `/var/run`→`/run` spelling are compared: on an old node without the
 * link, mounting `/var` still exposes a literal `/var/run/docker.sock`.
 */
export function sensitiveMatch(hostPath: string, patterns: readonly HostPathPattern[]): SensitiveMatch | undefined {
  const literal = normaliseHostPath(hostPath);
  if (literal === undefined) return undefined;
  const linked = canonical(literal);
  const linkedPatterns = canonicalPaths(patterns);
  // The relations in order of preference, each as a loop of its own: every hostPath volume of
  // every DaemonSet is compared with every pattern.
  for (let i = 0; i < patterns.length; i++) {
    if (literal === patterns[i].path) return { pattern: patterns[i], relation: 'same', viaRunLink: false };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (linked === linkedPatterns[i]) return { pattern: patterns[i], relation: 'same', viaRunLink: true };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (patterns[i].subtree && isWithin(literal, patterns[i].path)) return { pattern: patterns[i], relation: 'inside', viaRunLink: false };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (patterns[i].subtree && isWithin(linked, linkedPatterns[i])) return { pattern: patterns[i], relation: 'inside', viaRunLink: true };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (isWithin(patterns[i].path, literal)) return { pattern: patterns[i], relation: 'contains', viaRunLink: false };
  }
  for (let i = 0; i < patterns.length; i++) {
    if (isWithin(linkedPatterns[i], linked)) return { pattern: patterns[i], relation: 'contains', viaRunLink: true };
  }
  return undefined;
}

/** The patterns' paths with the `/var/run` link applied; a rule passes the same list for every DaemonSet of a run. */
const canonicalPaths = memoizeByObject((patterns: readonly HostPathPattern[]): readonly string[] => patterns.map((p) => canonical(p.path)));

/**
 * True when `hostPath` is `prefix` or below it, segment by segment (`/var/lib/kubelet/plugins`
 * does not cover `/var/lib/kubelet/plugins_registry`), with the `/var/run` link applied to both.
 */
export function isUnderHostPath(hostPath: string, prefix: string): boolean {
  const path = normaliseHostPath(hostPath);
  const base = normaliseHostPath(prefix);
  if (path === undefined || base === undefined) return false;
  const p = canonical(path);
  const b = canonical(base);
  return p === b || isWithin(p, b);
}

/** Joins a volume's host path and a mount's `subPath` into the host path the mount exposes. */
export function joinHostPath(hostPath: string, subPath: string): string {
  if (subPath === '') return hostPath;
  return isWindowsHostPath(hostPath) ? `${hostPath.replace(/[\\/]+$/, '')}\\${subPath}` : `${hostPath.replace(/\/+$/, '')}/${subPath}`;
}
