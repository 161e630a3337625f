import type { BuiltDocument } from '../source-node.js';
import { BlockReader } from './block.js';
import { BAIL } from './lines.js';
import { KeyError } from '../kubernetes-scalars.js';

/**
 * A single-pass reader for the YAML that manifests are written in: block collections, plain and
 * quoted scalars (folded over lines too), block scalars, flow collections, comments. For one
 * document chunk it yields exactly what `buildDocuments(parseEvents(chunk), chunk, base, …)[0]`
 * yields, without parser events, or UNSUPPORTED for anything it is not sure of, including every
 * document js-yaml rejects: the caller then takes the full parser, which also words the syntax
 * errors. Where js-yaml or the event builder has a quirk (where an empty sequence item sits, where
 * a block scalar's node starts, indentation not counted on the first line) this reader follows it
 * or refuses, because the two paths must agree to the offset. Decoding that is easy to get subtly
 * wrong (escapes, folding, chomping) is left to js-yaml's own getScalarValue.
 */
export const UNSUPPORTED: unique symbol = Symbol('fast reader: unsupported');

/**
 * Reads one document chunk (as split-documents.ts cuts it) whose offsets start at `base` in the
 * file. Returns UNSUPPORTED when the chunk is outside the subset this reader handles exactly.
 */
export function readDocumentFast(source: string, base: number): BuiltDocument | typeof UNSUPPORTED {
  // Carriage returns end lines (also inside what looks like a comment), NUL is refused outright and
  // a byte order mark past the start can end a document: all rare, all left to the full parser.
  if (source.indexOf('\r') !== -1 || source.indexOf('\0') !== -1 || source.indexOf('\ufeff', 1) !== -1) return UNSUPPORTED;
  try {
    return new BlockReader(source, base).document();
  } catch (error) {
    // A key JSON cannot name (`null:`) is an error the event reader words.
    if (error === BAIL || error instanceof KeyError) return UNSUPPORTED;
    throw error;
  }
}

