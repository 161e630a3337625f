import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Finding } from '../types/finding.js';
import { formatJsonPath } from './json.js';

const STDIN = '<stdin>';

/**
 * A fingerprint for every finding, in the order given: what code scanning (SARIF
 * `partialFingerprints`) and GitLab code quality use to recognise a finding across commits.
 *
 * The hash covers the rule id, the file, the object's kind, namespace and name, the path in the
 * object and the message id (the text for rules without ids): never the line, so an edit above a
 * finding does not turn it into a new one; the message id rather than the text, so rewording a
 * message or a changed value it quotes does not either; never the apiVersion, so an apps/v1beta2
 * to apps/v1 migration keeps it. `:n` numbers findings that share all of that in file order, so two of them
 * are still two. Numbering counts suppressed findings too, so a finding keeps its fingerprint
 * whether or not its neighbours are suppressed, and in every format alike.
 */
export function fingerprints(findings: readonly Finding[], cwd: string): string[] {
  const seen = new Map<string, number>();
  // A file's name in the key, worked out once per file: path.relative is most of a key's cost.
  const names = new Map<string, string>();
  return findings.map((f) => {
    let file = names.get(f.file);
    if (file === undefined) {
      file = f.file === STDIN ? STDIN : (relativeUriPath(f.file, cwd) ?? f.file);
      names.set(f.file, file);
    }
    const key = fingerprintKey(f, file);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return `${hash(key)}:${occurrence}`;
  });
}

function fingerprintKey(f: Finding, file: string): string {
  return JSON.stringify([
    f.ruleId,
    file,
    f.object?.kind ?? '',
    f.object?.namespace ?? '',
    f.object?.name ?? '',
    formatJsonPath(f.path),
    f.messageId ?? f.message,
  ]);
}

/**
 * crypto.hash (Node 20.12+) hashes in one call, without a Hash object per finding: about twice as
 * fast for keys this short, with the same digest. Looked up on first use through
 * process.getBuiltinModule (Node 20.16+): a named import of it would stop the ES module builds from
 * loading at all on an older Node 20, and a namespace import would make the CLI load node:crypto
 * at start-up (scripts/build.mjs loads it on first use).
 */
type HashOnce = (algorithm: string, data: string, encoding: 'hex') => string;
let hashOnce: HashOnce | null | undefined;

function hash(text: string): string {
  if (hashOnce === undefined) {
    const getBuiltin = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
    const found = (getBuiltin?.('node:crypto') as { hash?: unknown } | undefined)?.hash;
    hashOnce = typeof found === 'function' ? (found as HashOnce) : null;
  }
  const digest = hashOnce !== null ? hashOnce('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
  return digest.slice(0, 32);
}

/** `file` as a relative URI reference from `cwd`, or undefined when there is none (another Windows drive). */
export function relativeUriPath(file: string, cwd: string): string | undefined {
  const relative = relativePath(file, cwd);
  if (relative === undefined) return undefined;
  // Percent-encoding each segment keeps spaces, `#`, `?` and a leading `x:` from changing what the URI means.
  return relative.split('/').map(encodeURIComponent).join('/');
}

/**
 * `file` relative to `cwd` with `/` separators and without `./` (how GitHub and GitLab name files
 * in a repository), or undefined when there is no relative path (another Windows drive).
 */
export function relativePath(file: string, cwd: string): string | undefined {
  // Normalised so `./a.yaml` and `a.yaml` are one file with one fingerprint.
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : path.normalize(file);
  if (path.isAbsolute(relative)) return undefined;
  // Windows accepts both separators in what users type; elsewhere a backslash is part of a name.
  return relative.split(path.sep === '\\' ? /[\\/]/ : '/').join('/');
}
