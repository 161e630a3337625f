import type { Finding, ObjectRef } from './finding.js';

/**
 * How much of one value a message quotes (a name, a key, a value from the manifest). Valid
 * Kubernetes names stay whole (the longest, a DNS subdomain, is 253 characters), and so do the
 * API server's longest explanations rules pass as values (~320); a 1 MB name written into every
 * finding about its object would otherwise make reports of hundreds of MB.
 */
export const MAX_QUOTED = 400;
/** A whole message, help text, justification or related-location note. */
export const MAX_TEXT = 2000;

/** `text`, or its first `max - 1` characters and an ellipsis; a surrogate pair is never split. */
export function bounded(text: string, max: number = MAX_QUOTED): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * Caps the free text of a finding in place, whoever produced it (rules quote values through
 * message templates, which cap each value; engine messages, related-location notes, comment
 * text and paths can quote the manifest directly). Every format then stays bounded.
 */
export function boundFinding(f: Finding): void {
  if (f.message.length > MAX_TEXT) f.message = bounded(f.message, MAX_TEXT);
  if (f.help !== undefined && f.help.length > MAX_TEXT) f.help = bounded(f.help, MAX_TEXT);
  if (f.template !== undefined && f.template.length > MAX_QUOTED) f.template = bounded(f.template, MAX_QUOTED);
  if (f.object) f.object = boundedRef(f.object);
  if (f.path.some((s) => typeof s === 'string' && s.length > MAX_QUOTED)) f.path = f.path.map((s) => (typeof s === 'string' ? bounded(s) : s));
  for (const s of f.suppressions ?? []) if (s.justification.length > MAX_TEXT) s.justification = bounded(s.justification, MAX_TEXT);
  for (const r of f.related ?? []) if (r.message.length > MAX_TEXT) r.message = bounded(r.message, MAX_TEXT);
}

/** The reference itself when every field is short enough, else a bounded copy (references are shared between findings and with the caller). */
export function boundedRef(ref: ObjectRef): ObjectRef {
  const long = (value: string | undefined): boolean => value !== undefined && value.length > MAX_QUOTED;
  if (!long(ref.name) && !long(ref.namespace) && !long(ref.kind) && !long(ref.apiVersion)) return ref;
  const out: ObjectRef = { ...ref };
  for (const key of ['apiVersion', 'kind', 'namespace', 'name'] as const) {
    const value = out[key];
    if (value !== undefined) out[key] = bounded(value);
  }
  return out;
}
