import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import type { AnyRule } from '../../src/types/rule.js';

/**
 * Each rule page's list of messages is generated from the rule's metadata, so the docs say what
 * the rule prints: the block between the markers must equal what this test generates
 * (`DAEMONLINT_UPDATE_DOCS=1 npx vitest run test/docs` rewrites it; read the diff).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const START = '<!-- messages: generated from the rule metadata by test/docs/rule-messages.test.ts -->';
const END = '<!-- end of messages -->';

function cell(text: string): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, '*$1*').replaceAll('|', '\\|');
}

function messagesTable(rule: AnyRule): string {
  const rows = Object.entries(rule.meta.messages).map(([id, m]) =>
    typeof m === 'string' ? `| \`${id}\` | ${cell(m)} | |` : `| \`${id}\` | ${cell(m.message)} | ${cell(m.help)} |`,
  );
  return [START, '| id | headline | help |', '|---|---|---|', ...rows, END].join('\n');
}

describe('rule pages list the messages their rule prints', () => {
  for (const rule of builtinRules) {
    const file = path.join(root, 'docs', 'rules', `${rule.id}.md`);
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf(START);
    it.runIf(start >= 0)(rule.id, () => {
      const end = text.indexOf(END, start) + END.length;
      const expected = messagesTable(rule);
      if (process.env.DAEMONLINT_UPDATE_DOCS) writeFileSync(file, text.slice(0, start) + expected + text.slice(end));
      else expect(text.slice(start, end)).toBe(expected);
    });
  }
});
