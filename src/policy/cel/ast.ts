import { forEachChild } from './cost.js';

/**
 * The parts of @marcbachmann/cel-js's AST this module reads. The library does not document them
 * (its version is pinned exactly; test/policy/cel-engine.test.ts exercises every use, so an
 * upgrade that changes them fails there first).
 *
 * op: 'id' (args: name), 'value' (args: literal), '.' and '.?' (args: [receiver, field]),
 * '[]' and '[?]' (args: [receiver, index]), 'call' (args: [name, arguments]), 'rcall' (args:
 * [name, receiver, arguments]), operators ('&&', '==', '!_', '?:' ... args: operands), 'list',
 * 'map', 'comprehension'. A macro call (all, exists, map, filter) keeps what it expands to in
 * `meta.alternate`; has() keeps its own evaluator in `meta.macro`.
 */
export interface AstNode {
  op: string;
  args: unknown;
  start: number;
  end: number;
  readonly meta: {
    alternate?: AstNode;
    macro?: { evaluate(ev: unknown, macro: unknown, ctx: unknown): unknown };
    evaluate: (ev: unknown, ast: AstNode, ctx: unknown) => unknown;
  };
  evaluate: (ev: unknown, ast: AstNode, ctx: unknown) => unknown;
}

/** Every node of an expression as written (macro expansions not included), parents first. */
export function walk(root: AstNode, visit: (node: AstNode) => void): void {
  const seen = new Set<AstNode>();
  const go = (node: AstNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    visit(node);
    forEachChild(node.args, go);
  };
  go(root);
}

/** The function name of a call node ('call' or 'rcall'). */
export function callName(node: AstNode): string | undefined {
  return node.op === 'call' || node.op === 'rcall' ? ((node.args as unknown[])[0] as string) : undefined;
}

/** Renames a method call (the library's own overloads cannot be replaced, so replacements get other names). */
export function renameCall(node: AstNode, name: string): void {
  (node.args as unknown[])[0] = name;
}

/** The receiver of a method call. */
export function receiverOf(node: AstNode): AstNode | undefined {
  return node.op === 'rcall' ? ((node.args as unknown[])[1] as AstNode) : undefined;
}

/** The arguments of a call. */
export function argumentsOf(node: AstNode): AstNode[] {
  if (node.op === 'rcall') return (node.args as unknown[])[2] as AstNode[];
  if (node.op === 'call') return (node.args as unknown[])[1] as AstNode[];
  return [];
}

/**
 * The field path an expression selects from a variable: `object.spec.template` → ['spec',
 * 'template'] for `object`; `object.metadata.labels['app']` → ['metadata', 'labels', 'app'].
 * Undefined when the node is not such a selection.
 */
export function selectionPath(node: AstNode, variable: string): (string | number)[] | undefined {
  const path: (string | number)[] = [];
  let at: AstNode = node;
  for (;;) {
    if (at.op === 'id') return at.args === variable ? path.reverse() : undefined;
    if (at.op === '.' || at.op === '.?') {
      const [receiver, field] = at.args as [AstNode, string];
      path.push(field);
      at = receiver;
      continue;
    }
    if (at.op === '[]' || at.op === '[?]') {
      const [receiver, index] = at.args as [AstNode, AstNode];
      if (index.op !== 'value' || (typeof index.args !== 'string' && typeof index.args !== 'bigint')) return undefined;
      path.push(typeof index.args === 'bigint' ? Number(index.args) : index.args);
      at = receiver;
      continue;
    }
    return undefined;
  }
}

/**
 * The one field path of `variable` an expression reads, when it reads exactly one (and, maybe,
 * parts of it: `has(object.spec.x) && object.spec.x > 1` reads spec.x): where a violation of it
 * is to be shown. Reads through optional selection and index count alike.
 */
export function singleFieldPath(root: AstNode, variable: string): (string | number)[] | undefined {
  const paths: (string | number)[][] = [];
  const seen = new Set<AstNode>();
  const go = (node: AstNode): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const path = selectionPath(node, variable);
    if (path !== undefined) {
      paths.push(path);
      return;
    }
    if (node.op === 'id' && node.args === variable) {
      paths.push([]);
      return;
    }
    forEachChild(node.args, go);
  };
  go(root);
  if (paths.length === 0) return undefined;
  // The longest path, if every other one is a prefix of it.
  const longest = paths.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length === 0) return undefined;
  return paths.every((p) => p.every((segment, i) => longest[i] === segment)) ? longest : undefined;
}
