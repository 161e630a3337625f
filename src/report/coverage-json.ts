import type { CoverageReport, DaemonSetCoverage, NodeOutcome } from '../types/inventory.js';
import { safeJsonText } from './safe-text.js';

/**
 * The JSON report's `coverage` member as `JSON.stringify(coverage, null, 2)` would write it at the
 * report's indentation (and safeJsonText would make it safe), in pieces. It lists every node each
 * DaemonSet misses: for 5,000 nodes and 50 DaemonSets about 100,000 entries and 30 MB of text,
 * whose objects, one string and second pass over that string cost more than the rest of the run.
 * So each entry is written from strings escaped once per distinct node name, pool and reason, and
 * the text goes out in chunks, made as they are asked for, a DaemonSet at a time: written out
 * at once, each is garbage before the collector would copy it. Each DaemonSet's `object` is
 * written as given (json.ts fixes its key order).
 */
export function* coverageJsonPieces(coverage: CoverageReport): Generator<string, void, undefined> {
  const out = new Chunks();
  const escaped = new Map<string, string>();
  const quoted = (text: string): string => {
    let json = escaped.get(text);
    if (json === undefined) escaped.set(text, (json = safeJsonText(JSON.stringify(text))));
    return json;
  };
  out.add(`{\n${INDENT[2]}"inventory": ${reindent(safeJsonText(JSON.stringify(coverage.inventory, null, 2)), 2)},\n${INDENT[2]}"daemonSets": `);
  if (coverage.daemonSets.length === 0) out.add('[]');
  else {
    out.add('[\n');
    for (let i = 0; i < coverage.daemonSets.length; i++) {
      if (i > 0) out.add(',\n');
      daemonSet(coverage.daemonSets[i], out, quoted);
      yield* out.take();
    }
    out.add(`\n${INDENT[2]}]`);
  }
  out.add(`\n${INDENT[1]}}`);
  out.flush();
  yield* out.take();
}

/** One DaemonSet's entry at the depth of `coverage.daemonSets`' items, its node lists spliced into the rest as JSON.stringify writes it. */
function daemonSet(d: DaemonSetCoverage, out: Chunks, quoted: (text: string) => string): void {
  const rest = { ...d, nodes: { ...d.nodes, missed: [], unfit: [] } };
  const text = INDENT[3] + reindent(safeJsonText(JSON.stringify(rest, null, 2)), 3);
  // The keys are the entry's own (user text is only in values, where a quote is escaped): each occurs once.
  const missedAt = text.indexOf(EMPTY_MISSED);
  const unfitAt = text.indexOf(EMPTY_UNFIT, missedAt);
  if (missedAt === -1 || unfitAt === -1) throw new Error('a coverage entry lists missed and unfit nodes');
  out.add(text.slice(0, missedAt + EMPTY_MISSED.length - 2));
  outcomes(d.nodes.missed, out, quoted);
  out.add(text.slice(missedAt + EMPTY_MISSED.length, unfitAt + EMPTY_UNFIT.length - 2));
  outcomes(d.nodes.unfit, out, quoted);
  out.add(text.slice(unfitAt + EMPTY_UNFIT.length));
}

/**
 * A list of node outcomes (`nodes.missed`, `nodes.unfit`), as JSON.stringify writes it at their
 * depth. The nodes of a pool that miss for one reason come one after another and share all but
 * their names: the text after the name is made once for each such run.
 */
function outcomes(list: readonly NodeOutcome[], out: Chunks, quoted: (text: string) => string): void {
  if (list.length === 0) {
    out.add('[]');
    return;
  }
  out.add('[\n');
  let last: NodeOutcome | undefined;
  let rest = '';
  for (let i = 0; i < list.length; i++) {
    const o = list[i];
    if (last === undefined || o.pool !== last.pool || o.cause !== last.cause || o.reason !== last.reason) {
      rest = `,\n${INDENT[7]}"pool": ${quoted(o.pool)},\n${INDENT[7]}"cause": ${quoted(o.cause)},\n${INDENT[7]}"reason": ${quoted(o.reason)}\n${INDENT[6]}}`;
      last = o;
    }
    out.add(i > 0 ? ENTRY_NEXT : ENTRY_FIRST);
    out.add(quoted(o.node));
    out.add(rest);
  }
  out.add(`\n${INDENT[5]}]`);
}

/** Indentation by depth, two spaces a level as the report writes it. */
const INDENT = Array.from({ length: 8 }, (_, depth) => '  '.repeat(depth));

const ENTRY_FIRST = `${INDENT[6]}{\n${INDENT[7]}"node": `;
const ENTRY_NEXT = `,\n${ENTRY_FIRST}`;
const EMPTY_MISSED = '"missed": []';
const EMPTY_UNFIT = '"unfit": []';

/** JSON.stringify's text of a value, moved `depth` levels in: a JSON text has line breaks only between tokens. */
function reindent(text: string, depth: number): string {
  return text.replaceAll('\n', `\n${INDENT[depth]}`);
}

/**
 * Text gathered into chunks of about CHUNK characters: a write each, neither one string nor a
 * hundred thousand. A chunk is joined from its parts once: concatenating them one by one would
 * build a tree of string halves for the collector to trace and the encoder to flatten.
 */
class Chunks {
  private pieces: string[] = [];
  private parts: string[] = [];
  private length = 0;

  add(text: string): void {
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= CHUNK) this.flush();
  }

  /** The chunks completed so far, handed over. */
  take(): string[] {
    const pieces = this.pieces;
    this.pieces = [];
    return pieces;
  }

  flush(): void {
    if (this.parts.length > 0) this.pieces.push(this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }
}

const CHUNK = 1 << 16;
