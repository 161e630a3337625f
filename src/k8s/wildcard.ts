import { memoizeByObject } from './memoize.js';

/**
 * Option patterns where `*` stands for any run of characters and every other character for
 * itself (image tags, env names). Options are the same array for every DaemonSet of a run, so
 * each list is compiled once.
 */
export const wildcardMatcher = memoizeByObject((patterns: readonly string[]): ((text: string) => boolean) => {
  const expressions = patterns.map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`, 's'));
  return (text) => expressions.some((expression) => expression.test(text));
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
