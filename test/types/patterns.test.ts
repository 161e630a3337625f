import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob, compileWildcard, matchSequence, MAX_BRACE_EXPANSIONS, PatternError } from '../../src/types/patterns.js';

const glob = (pattern: string, path: string) => compileGlob(pattern)(path);

describe('globs', () => {
  it('matches as shells and picomatch (dot: true) do', () => {
    const cases: [string, string, boolean][] = [
      ['*.yaml', 'a.yaml', true],
      ['*.yaml', 'dir/a.yaml', false],
      ['*.yaml', '.hidden.yaml', true],
      ['**/*.yaml', 'a.yaml', true],
      ['**/*.yaml', 'a/b/c.yaml', true],
      ['a/**', 'a/b/c', true],
      ['a/**', 'b/c', false],
      ['a/**/b', 'a/b', true],
      ['a/**/b', 'a/x/y/b', true],
      ['a/**/b', 'a/x/y/c', false],
      ['{k8s,deploy}/*.yml', 'deploy/x.yml', true],
      ['{k8s,deploy}/*.yml', 'other/x.yml', false],
      ['x{a,{b,c}}y', 'xcy', true],
      ['x{a}y', 'x{a}y', true],
      ['[abc].yaml', 'b.yaml', true],
      ['[a-c].yaml', 'd.yaml', false],
      ['[!a-c].yaml', 'd.yaml', true],
      ['[^a].yaml', 'a.yaml', false],
      ['[]a].yaml', '].yaml', true],
      ['[a.yaml', '[a.yaml', true],
      ['?.yaml', '🙂.yaml', true],
      ['\\*.yaml', '*.yaml', true],
      ['\\*.yaml', 'a.yaml', false],
      ['a**b/c', 'axyb/c', true],
      ['/abs/**/*.json', '/abs/x/y.json', true],
    ];
    for (const [pattern, path, expected] of cases) expect(glob(pattern, path), `${pattern} ~ ${path}`).toBe(expected);
  });

  it('a range out of order is an error that says so, not a crash', () => {
    expect(() => compileGlob('deploy/[z-a].yaml')).toThrow(new PatternError('the range "z-a" in "deploy/[z-a].yaml" is out of order (write it "a-z")'));
  });

  it('too many alternatives or too long a pattern is an error', () => {
    expect(() => compileGlob('{a,b}'.repeat(11))).toThrow(`expands to more than ${MAX_BRACE_EXPANSIONS} alternatives`);
    expect(compileGlob('{a,b}'.repeat(10))('ab'.repeat(5).replace(/b/g, 'a'))).toBe(true);
    expect(() => compileGlob('a'.repeat(5000))).toThrow('longer than the 4096 allowed');
  });

  it('agrees with a backtracking reference on random patterns and paths', () => {
    const segment = fc.stringMatching(/^[ab.*?]{0,5}$/).filter((s) => s !== '**');
    const pattern = fc.array(fc.oneof(segment, fc.constant('**'), fc.constant('[!a]b'), fc.constant('[a-b]')), { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    const path = fc.array(fc.stringMatching(/^[ab.]{0,5}$/), { minLength: 1, maxLength: 6 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(pattern, path, (p, s) => {
        expect(glob(p, s)).toBe(reference(p, s));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('wildcards (exclude.objects)', () => {
  it('* spans any characters, / included; nothing else is special', () => {
    expect(compileWildcard('kube-system/*')('kube-system/agent')).toBe(true);
    expect(compileWildcard('*/agent-*')('ns/agent-1')).toBe(true);
    expect(compileWildcard('[a]?')('[a]?')).toBe(true);
    expect(compileWildcard('[a]?')('ab')).toBe(false);
    expect(compileWildcard('*-ds')('a/b/x-ds')).toBe(true);
  });
});

describe('linear time on the patterns that explode a backtracking matcher', () => {
  const n = 100_000;
  const adversarial: [string, string, boolean][] = [
    ['*a*a*a*a*a*a*a*a*a*a', `${'a'.repeat(n)}b`, false],
    ['*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(n), false],
    ['*a*a*a*a*a*a*a*a*a*a', 'a'.repeat(n), true],
    [`a${'*a'.repeat(20)}*c`, 'a'.repeat(n), false],
    ['**/*a*a*a*a*a*a*a*a/x', 'a'.repeat(n), false],
    [`${'**/'.repeat(10)}x`, `${'a/'.repeat(n / 2)}y`, false],
    [`${'**/'.repeat(10)}x`, `${'a/'.repeat(n / 2)}x`, true],
    ['**/a/**/a/**/a/**/a/**/a/**/b', 'a/'.repeat(n / 2), false],
    [`${'*/'.repeat(12)}x`, 'a/'.repeat(n / 2), false],
  ];
  for (const [pattern, path, expected] of adversarial) {
    it(`${pattern} against ${path.length} characters: ${expected}`, () => {
      expect(glob(pattern, path)).toBe(expected);
    });
  }

  it('the greedy matcher compares each (item, token) pair at most once: at most n·m comparisons', () => {
    for (const [pattern, items] of [
      ['*a*a*a*a*a*a*a*a*a*a', `${'a'.repeat(2000)}b`],
      ['*a*a*a*a*a*a*a*a*a*a*b', 'a'.repeat(2000)],
      [`a${'*a'.repeat(20)}*c`, 'a'.repeat(2000)],
      ['*ab*ab*ab*ab*abc', 'ab'.repeat(1000)],
    ] as const) {
      const tokens = Array.from(pattern).map((c) => (c === '*' ? 0 : c));
      let comparisons = 0;
      matchSequence(tokens as (string | 0)[], items, (t: string, c: string) => {
        comparisons++;
        return t === c;
      });
      expect(comparisons).toBeLessThanOrEqual(items.length * tokens.length);
    }
  });
});

/** Exponential backtracking, straight from the definitions, for small inputs only. */
function reference(pattern: string, path: string): boolean {
  const p = pattern.split('/');
  const s = path.split('/');
  const seg = (pp: string, ss: string): boolean => {
    if (pp === '') return ss === '';
    if (pp.startsWith('[!a]')) return ss !== '' && ss[0] !== 'a' && seg(pp.slice(4), ss.slice(1));
    if (pp.startsWith('[a-b]')) return ss !== '' && 'ab'.includes(ss[0]) && seg(pp.slice(5), ss.slice(1));
    if (pp[0] === '*') return seg(pp.slice(1), ss) || (ss !== '' && seg(pp, ss.slice(1)));
    if (pp[0] === '?') return ss !== '' && seg(pp.slice(1), ss.slice(1));
    return ss !== '' && pp[0] === ss[0] && seg(pp.slice(1), ss.slice(1));
  };
  const all = (i: number, j: number): boolean => {
    if (i === p.length) return j === s.length;
    if (p[i] === '**') return all(i + 1, j) || (j < s.length && all(i, j + 1));
    return j < s.length && seg(p[i], s[j]) && all(i + 1, j + 1);
  };
  return all(0, 0);
}
