import type { Environment } from '@marcbachmann/cel-js';
import { RE2JS } from 're2js';
import { charge } from '../cost.js';
import { fail, int } from './common.js';

/**
 * Regular expressions as Kubernetes evaluates them: RE2 syntax and semantics (Go's regexp), whose
 * matching takes time linear in the input, so no pattern can hang a run. JavaScript's RegExp
 * differs in syntax (`(?i)` is RE2, lookahead is not) and backtracks exponentially on patterns
 * such as `^(a+)+$`. Covers the standard `matches` and Kubernetes' regex library (`find`,
 * `findAll`). `matches` replaces the CEL library's own (the compiler renames calls to it).
 */
const compiled = new Map<string, RE2JS | Error>();
const MAX_CACHED = 512;

/** A compiled pattern (cached: policies use a few patterns on every object), or the reason it is invalid. */
export function compileRegex(pattern: string): RE2JS | Error {
  let re = compiled.get(pattern);
  if (re === undefined) {
    try {
      re = RE2JS.compile(pattern);
    } catch (error) {
      re = error instanceof Error ? error : new Error(String(error));
    }
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(pattern, re);
  }
  return re;
}

function regex(pattern: string): RE2JS {
  const re = compileRegex(pattern);
  if (re instanceof Error) return fail(`Illegal regex: ${re.message}`);
  return re;
}

export function registerRegex(env: Environment, renamed: (name: string) => string): void {
  env.registerFunction(`string.${renamed('matches')}(string): bool`, (s: string, pattern: string) => {
    charge(s.length);
    return regex(pattern).matcher(s).find();
  });
  env.registerFunction(`${renamed('matches')}(string, string): bool`, (s: string, pattern: string) => {
    charge(s.length);
    return regex(pattern).matcher(s).find();
  });
  env.registerFunction('string.find(string): string', (s: string, pattern: string) => {
    charge(s.length);
    const m = regex(pattern).matcher(s);
    return m.find() ? (m.group() ?? '') : '';
  });
  env.registerFunction('string.findAll(string): list<string>', (s: string, pattern: string) => findAll(s, pattern, -1));
  env.registerFunction('string.findAll(string, int): list<string>', (s: string, pattern: string, n: bigint) => findAll(s, pattern, int(n)));
}

/** Go's FindAllString: n < 0 finds every match, otherwise at most n; an empty match right after a match is skipped. */
function findAll(s: string, pattern: string, n: number): string[] {
  charge(s.length);
  const out: string[] = [];
  if (n === 0) return out;
  const m = regex(pattern).matcher(s);
  let previousEnd = -1;
  let from = 0;
  while ((n < 0 || out.length < n) && from <= s.length && m.find(from)) {
    const start = m.start();
    const end = m.end();
    if (end === start && start === previousEnd) {
      from = start + 1;
      continue;
    }
    out.push(m.group() ?? '');
    previousEnd = end;
    from = end === start ? end + 1 : end;
  }
  return out;
}
