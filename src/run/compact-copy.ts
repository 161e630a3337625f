import { setOwn } from '../types/own-key.js';
import { ownString } from '../types/own-string.js';

/**
 * Copies of what the rules across the input collect, made to be kept small until every file is
 * linted (a run reported file by file keeps nothing else of the input that grows with it):
 *
 * - A copy, because a string cut from a file's text keeps that whole text alive in V8; copied,
 *   the text is garbage with its batch.
 * - Strings up to INTERN_MAX characters are shared: the namespaces, kinds, label keys and file
 *   paths of 100,000 DaemonSets are a few hundred distinct strings, not a million.
 * - Frozen objects and arrays are shared as they are: rules freeze the constants they collect
 *   (a path, the tolerations the DaemonSet controller adds to every pod), which are the same
 *   for every object and hold nothing of a file's text.
 *
 * - An object or array reached twice in one value is copied once, as structuredClone does (a
 *   DaemonSet's tolerations are in both what places its pods and what the controller adds to).
 *
 * Measured on 20,000 collected DaemonSets: ~1,320 bytes each after structuredClone, ~750 after
 * this copy (the string table included).
 */
export class CompactCopier {
  private readonly strings = new Map<string, string>();

  copy<T>(value: T): T {
    return this.value(value, new Map(), 0) as T;
  }

  private value(value: unknown, copies: Map<object, unknown>, depth: number): unknown {
    if (typeof value === 'string') return this.string(value);
    if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
    const copied = copies.get(value);
    if (copied !== undefined) return copied;
    const prototype: unknown = Object.getPrototypeOf(value);
    const plain = Array.isArray(value) || value instanceof Map || value instanceof Set || prototype === Object.prototype || prototype === null;
    // Collected values are plain trees a few levels deep. Anything else (a class instance, a
    // Date) or deeper is left to structuredClone, which copies any shape it can send to a worker.
    if (!plain || depth > MAX_DEPTH) {
      const out: unknown = structuredClone(value);
      copies.set(value, out);
      return out;
    }
    const next = depth + 1;
    if (Array.isArray(value)) {
      const out = new Array<unknown>(value.length);
      copies.set(value, out);
      for (let i = 0; i < value.length; i++) out[i] = this.value(value[i], copies, next);
      return out;
    }
    if (value instanceof Map) {
      const out = new Map<unknown, unknown>();
      copies.set(value, out);
      for (const [k, v] of value) out.set(this.value(k, copies, next), this.value(v, copies, next));
      return out;
    }
    if (value instanceof Set) {
      const out = new Set<unknown>();
      copies.set(value, out);
      for (const v of value) out.add(this.value(v, copies, next));
      return out;
    }
    const out: Record<string, unknown> = prototype === null ? (Object.create(null) as Record<string, unknown>) : {};
    copies.set(value, out);
    for (const key of Object.keys(value)) {
      setOwn(out, this.string(key), this.value((value as Record<string, unknown>)[key], copies, next));
    }
    return out;
  }

  /** A string to keep: a short one shared with its equals, a longer one copied (a slice keeps its whole text alive). */
  string(value: string): string {
    // V8 keeps strings shorter than 13 characters as copies, never as slices of a larger one.
    if (value.length > INTERN_MAX) return ownString(value);
    let shared = this.strings.get(value);
    if (shared === undefined) {
      shared = ownString(value);
      this.strings.set(shared, shared);
    }
    return shared;
  }
}

const INTERN_MAX = 256;
const MAX_DEPTH = 32;
