import type { ContainerRef } from './containers.js';
import { asRecord } from './values.js';

/**
 * Capability names as the container runtimes read them: case-insensitive, with an optional
 * `CAP_` prefix (containerd upper-cases and prefixes; CRI-O keeps an existing `cap_` prefix).
 * Normalising to the most permissive reading reports anything some runtime would grant.
 */
export function normaliseCapability(name: string): string {
  const upper = name.trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

/** One entry of a container's `securityContext.capabilities.add`. */
export interface AddedCapability {
  /** Normalised (`NET_ADMIN` for `cap_net_admin`). */
  name: string;
  /** Its index in the `add` list. */
  index: number;
}

/** The capabilities a container adds, normalised; entries that are not strings are the schema rule's. */
export function addedCapabilities(ref: ContainerRef): AddedCapability[] {
  const add = asRecord(asRecord(asRecord(ref.container.securityContext)?.capabilities))?.add;
  const out: AddedCapability[] = [];
  if (!Array.isArray(add)) return out;
  for (let index = 0; index < add.length; index++) {
    const item: unknown = add[index];
    if (typeof item === 'string') out.push({ name: normaliseCapability(item), index });
  }
  return out;
}
