import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRuleInfos } from './rules.js';
import { didYouMean } from '../../types/suggest.js';

/** `daemonlint explain` was given no rule, or a rule it does not know (exit 2). */
export class UnknownRuleError extends Error {}

/**
 * `daemonlint explain <rule>`: the rule's documentation page (docs/rules/<id>.md) as Markdown.
 * The pages ship in the package, so this works offline and matches the installed version.
 */
export function explainRule(id: string | undefined, docsDir: string | undefined = findDocsDir()): string {
  const known = builtinRuleInfos().map((r) => r.id);
  if (id === undefined || !known.includes(id)) {
    const what = id === undefined ? 'explain needs a rule id' : `unknown rule "${id}"${didYouMean(id, known)}`;
    throw new UnknownRuleError(`${what}; rules: ${known.join(', ')}`);
  }
  const page = docsDir === undefined ? undefined : path.join(docsDir, `${id}.md`);
  if (page === undefined || !existsSync(page)) {
    throw new UnknownRuleError(`no documentation page for "${id}" in this installation (looked for docs/rules/${id}.md)`);
  }
  const text = readFileSync(page, 'utf8');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * docs/rules of the package this module belongs to: the nearest directory above the module
 * that has one. Bundled, the module is dist/cli.cjs, dist/cli.js or a chunk in dist/chunks/;
 * from source, src/commands/explain.ts. Either way the package root is a few levels up.
 */
export function findDocsDir(from: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from, depth = 0; depth < 4; dir = path.dirname(dir), depth++) {
    const candidate = path.join(dir, 'docs', 'rules');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    if (path.dirname(dir) === dir) break;
  }
  return undefined;
}
