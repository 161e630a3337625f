import type { JsonPath } from '../types/finding.js';

/**
 * The end of a field path that a headline names a field by: its last `names` keys with the list
 * indexes between and after them (`containers[0].name`, `template.spec`). The finding's position
 * says where the field is; the help gives the whole path.
 */
export function lastFieldSteps(path: JsonPath, names = 2): JsonPath {
  let start = path.length;
  for (let seen = 0; start > 0; start--) {
    if (typeof path[start - 1] === 'string' && ++seen > names) break;
  }
  while (start < path.length - 1 && typeof path[start] === 'number') start++;
  return path.slice(start);
}
