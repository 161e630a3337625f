import { distance } from 'fastest-levenshtein';

/**
 * The known name closest to a mistyped one, as ESLint and ruff suggest them: the same name in
 * other case first, else the nearest by edit distance if it is near enough to be a typo (at most
 * a third of the name's length, and at least one edit). Undefined when nothing is close.
 */
export function closest(input: string, known: Iterable<string>): string | undefined {
  const lower = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(1, Math.floor(input.length / 3)) ? best : undefined;
}

/** `; did you mean "x"?` for the closest known name, or nothing. */
export function didYouMean(input: string, known: Iterable<string>, quote = true): string {
  const match = closest(input, known);
  if (match === undefined) return '';
  return quote ? `; did you mean "${match}"?` : `; did you mean ${match}?`;
}
