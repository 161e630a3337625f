import type { Environment } from '@marcbachmann/cel-js';
import { fail } from './common.js';

/**
 * Kubernetes' semver library (k8s.io/apiserver/pkg/cel/library/semverlib.go, base environment
 * 1.33, with the normalizing overloads): versions as blang/semver reads them.
 */
export class SemverValue {
  constructor(
    readonly major: bigint,
    readonly minor: bigint,
    readonly patch: bigint,
    readonly pre: readonly string[],
  ) {}

  compareTo(other: SemverValue): -1 | 0 | 1 {
    for (const key of ['major', 'minor', 'patch'] as const) {
      if (this[key] !== other[key]) return this[key] < other[key] ? -1 : 1;
    }
    if (this.pre.length === 0 || other.pre.length === 0) return this.pre.length === other.pre.length ? 0 : this.pre.length === 0 ? 1 : -1;
    for (let i = 0; i < Math.min(this.pre.length, other.pre.length); i++) {
      const order = comparePre(this.pre[i], other.pre[i]);
      if (order !== 0) return order;
    }
    return this.pre.length === other.pre.length ? 0 : this.pre.length < other.pre.length ? -1 : 1;
  }

  equals(other: unknown): boolean {
    return other instanceof SemverValue && this.compareTo(other) === 0;
  }
}

const NUMERIC = /^[0-9]+$/;

function comparePre(a: string, b: string): -1 | 0 | 1 {
  const an = NUMERIC.test(a);
  const bn = NUMERIC.test(b);
  if (an && bn) return BigInt(a) === BigInt(b) ? 0 : BigInt(a) < BigInt(b) ? -1 : 1;
  if (an !== bn) return an ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

const IDENTIFIER = /^[0-9A-Za-z-]+$/;

function parse(text: string, normalize: boolean): SemverValue | string {
  let version = text;
  if (normalize) {
    version = version.replace(/^v/, '');
    const core = /^([0-9]+)(?:\.([0-9]+))?(?:\.([0-9]+))?(.*)$/.exec(version);
    if (core) {
      if ((core[2] === undefined || core[3] === undefined) && core[4] !== '') return 'short version cannot contain PreRelease/Build meta data';
      version = [core[1], core[2] ?? '0', core[3] ?? '0'].map((n) => String(BigInt(n))).join('.') + core[4];
    }
  }
  const m = /^([0-9]+)\.([0-9]+)\.([0-9]+)(?:-([^+]*))?(?:\+(.*))?$/.exec(version);
  if (!m) return 'No Major.Minor.Patch elements found';
  for (const n of [m[1], m[2], m[3]]) if (n.length > 1 && n.startsWith('0')) return `Number part must not contain leading zeroes: ${JSON.stringify(n)}`;
  const pre = m[4] === undefined ? [] : m[4].split('.');
  for (const p of pre) {
    if (p === '') return 'Prerelease is empty';
    if (!IDENTIFIER.test(p)) return `Invalid character(s) found in prerelease ${JSON.stringify(p)}`;
    if (NUMERIC.test(p) && p.length > 1 && p.startsWith('0')) return `Numeric PreRelease version must not contain leading zeroes ${JSON.stringify(p)}`;
  }
  if (m[5] !== undefined && m[5].split('.').some((b) => !IDENTIFIER.test(b))) return `Invalid character(s) found in build meta data ${JSON.stringify(m[5])}`;
  return new SemverValue(BigInt(m[1]), BigInt(m[2]), BigInt(m[3]), pre);
}

function semver(text: string, normalize: boolean): SemverValue {
  const v = parse(text, normalize);
  return typeof v === 'string' ? fail(`could not parse ${JSON.stringify(text)} as semver: ${v}`) : v;
}

export function registerSemver(env: Environment): void {
  env.registerType('Semver', SemverValue);
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn('semver(string): Semver', (s: string) => semver(s, false));
  fn('semver(string, bool): Semver', (s: string, normalize: boolean) => semver(s, normalize));
  fn('isSemver(string): bool', (s: string) => typeof parse(s, false) !== 'string');
  fn('isSemver(string, bool): bool', (s: string, normalize: boolean) => typeof parse(s, normalize) !== 'string');
  fn('Semver.major(): int', (v: SemverValue) => v.major);
  fn('Semver.minor(): int', (v: SemverValue) => v.minor);
  fn('Semver.patch(): int', (v: SemverValue) => v.patch);
  fn('Semver.isGreaterThan(Semver): bool', (a: SemverValue, b: SemverValue) => a.compareTo(b) === 1);
  fn('Semver.isLessThan(Semver): bool', (a: SemverValue, b: SemverValue) => a.compareTo(b) === -1);
  fn('Semver.compareTo(Semver): int', (a: SemverValue, b: SemverValue) => BigInt(a.compareTo(b)));
  env.registerOperator('Semver == Semver', (a: SemverValue, b: SemverValue) => a.equals(b));
}
