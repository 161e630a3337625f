import type { JsonPath } from '../types/finding.js';

/** A path as the API server names fields in messages: `spec.validations[0].expression`. */
export function fieldName(path: JsonPath): string {
  return path.reduce<string>((out, segment) => (typeof segment === 'number' ? `${out}[${segment}]` : out === '' ? segment : `${out}.${segment}`), '');
}

/** Text from a policy, for a message: on one line, at most `max` characters. */
export function bounded(text: string, max: number): string {
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
