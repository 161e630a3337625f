import type { Container } from 'kubernetes-types/core/v1.js';
import { parseImageReference } from './image-reference.js';

/**
 * Placeholder containers: containers that only keep the pod running while init containers do
 * the work (image pre-pullers, sysctl and kernel-module setters). Recognised by their image (a
 * pause image) or their command (sleep, `tail -f /dev/null`, also through `sh -c`); anything else
 * in the command makes the container real work.
 * Returns what gave it away, for documentation and tests, or undefined.
 */
export function placeholderReason(container: Container): string | undefined {
  const image: unknown = container.image;
  if (typeof image === 'string' && isPauseImage(image)) return `its image ${image} is a pause image`;
  const command: unknown = container.command;
  const args: unknown = container.args;
  // Without a command, args go to the image's entrypoint: a sleep there is still what runs, for
  // the images these containers use (busybox, alpine: no entrypoint, or one that execs "$@").
  const argv = [...(Array.isArray(command) ? command : []), ...(Array.isArray(args) ? args : [])];
  if (argv.length === 0 || !argv.every((a): a is string => typeof a === 'string')) return undefined;
  return onlyWaits(argv) ? `its command only waits (${argv.join(' ')})` : undefined;
}

/** `registry.k8s.io/pause:3.9`, `rancher/mirrored-pause`, `gcr.io/google_containers/pause-amd64`. */
function isPauseImage(image: string): boolean {
  const reference = parseImageReference(image);
  if (!reference) return false;
  const last = reference.path.slice(reference.path.lastIndexOf('/') + 1);
  return /^(mirrored-)?pause(-[a-z0-9]+)?$/.test(last);
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'busybox']);

function onlyWaits(argv: readonly string[]): boolean {
  const program = basename(argv[0]);
  if (program === 'pause') return argv.length === 1;
  if (SHELLS.has(program)) {
    // `sh -c '<script>'` (any flags ending in c, such as -ec); busybox runs applets: `busybox sleep 3600`.
    if (program === 'busybox' && argv.length > 1 && !argv[1].startsWith('-')) return onlyWaits(argv.slice(1));
    const c = argv.findIndex((a, i) => i > 0 && /^-[a-z]*c$/.test(a));
    return c > 0 && c + 1 < argv.length && scriptOnlyWaits(argv[c + 1]);
  }
  return isWait(argv);
}

/** A single command that waits forever or for a while: `sleep <durations>`, `tail -f /dev/null`. */
function isWait(words: readonly string[]): boolean {
  const program = basename(words[0] ?? '');
  if (program === 'sleep') return words.length > 1 && words.slice(1).every((w) => DURATION.test(w));
  if (program === 'tail') return words.length === 3 && (words[1] === '-f' || words[1] === '-F') && words[2] === '/dev/null';
  if (program === 'pause') return words.length === 1;
  return false;
}

const DURATION = /^(infinity|inf|\d+(\.\d+)?[smhd]?)$/;

/**
 * A shell script that only waits: statements that are a wait (above), possibly in a
 * `while true; do …; done` loop, behind `exec`, with `trap` and `wait` around them. No wait at
 * all, or any other statement, and it is not a placeholder.
 */
function scriptOnlyWaits(script: string): boolean {
  let waits = 0;
  for (const raw of script.split(/[;&|\n]+/)) {
    let words = raw.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    if (words[0] === 'do' || words[0] === 'exec') words = words.slice(1);
    if (words.length === 0) continue;
    const statement = words.join(' ');
    if (statement === 'done' || statement === 'wait' || statement === 'true' || statement === ':' || words[0] === 'trap') continue;
    if (/^while (true|:)$/.test(statement)) continue;
    if (!isWait(words)) return false;
    waits++;
  }
  return waits > 0;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
