/**
 * Host paths as the node sees them, for deciding what a hostPath volume exposes. Comparison is
 * lexical: the linter never sees the node's filesystem, so the only symlink it knows about is
 * the one every current distribution ships (`/var/run` → `/run`, FHS 3.0 and systemd).
 */

import { memoizeByObject } from './memoize.js';

/**
 * The path with `//`, `.` and trailing slashes removed and `..` resolved, or undefined when it is
 * not an absolute POSIX path (a Windows path such as `C:\\var`, a relative path, or empty).
 * The API server rejects `..` in hostPath paths; resolving it keeps a bad manifest from slipping
 * past a prefix check.
 */
export function normaliseHostPath(path: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  // Without `//`, `/.` or a trailing slash there is nothing to remove: most paths are written so.
  if (!path.includes('//') && !path.includes('/.') && (path.length === 1 || !path.endsWith('/'))) return path;
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join('/')}`;
}

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
  if (ancestor === '/') return path !== '/';
  return path.length > ancestor.length && path.charCodeAt(ancestor.length) === SLASH && path.startsWith(ancestor);
}

const SLASH = 0x2f;

/** `/a/b` or `/a/b/**` from an option list: the path, and whether everything below it counts too. */
export interface HostPathPattern {
  /** The pattern as written, for messages. */
  text: string;
  /** Normalised path without the `/**` suffix. */
  path: string;
  subtree: boolean;
}

export function parseHostPathPattern(text: string): HostPathPattern | undefined {
  const subtree = text.endsWith('/**');
  const path = normaliseHostPath(subtree ? text.slice(0, -3) || '/' : text);
  return path === undefined ? undefined : { text, path, subtree };
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
  return subPath === '' ? hostPath : `${hostPath.replace(/\/+$/, '')}/${subPath}`;
}
