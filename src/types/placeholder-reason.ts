/** Words people type to get past a required reason; none of them says why. */
const PLACEHOLDERS = new Set(['todo', 'tbd', 'n/a', 'none', '-']);
/** A reason that starts with a to-do marker ("TODO: explain") is still a placeholder. */
const PLACEHOLDER_MARKER = /^(todo|tbd)\b/i;

/**
 * Whether a reason (of a justification, a suppression comment or an ignore annotation) is only a
 * placeholder: a gate that asks for a reason must not take "TODO" for one, nor the "TODO: say why"
 * the editor's quick fixes leave for the author to replace.
 */
export function isPlaceholderReason(reason: string): boolean {
  const text = reason.trim();
  return PLACEHOLDERS.has(text.toLowerCase()) || PLACEHOLDER_MARKER.test(text);
}
