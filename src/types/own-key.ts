/**
 * Sets `key` on `record` as an own, enumerable property. Plain assignment of `__proto__` (a key a
 * manifest or a file may hold) would set the object's prototype instead, and the key would be gone.
 */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}
