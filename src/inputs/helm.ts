import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { SourceFile } from '../yaml/source-file.js';
import type { DocumentChunk } from '../yaml/split-documents.js';
import type { Finding, Range } from '../types/finding.js';
import { readLimited } from '../types/read-limited.js';

/**
 * `helm template` writes `# Source: <chart>/templates/<file>` at the top of each document. A
 * finding in rendered output names that template, so a person knows which file to edit; its
 * line and column stay those of the linted stream, the only text they were measured in.
 */
const SOURCE_COMMENT = /^# Source: ([^\n]*)$/m;

export function templatesByDocument(file: SourceFile, chunks: readonly DocumentChunk[]): Map<number, string> {
  const out = new Map<number, string>();
  if (!file.text.includes('# Source: ')) return out;
  for (const chunk of chunks) {
    const m = SOURCE_COMMENT.exec(file.text.slice(chunk.start, chunk.end));
    // Trimmed here, not by the pattern: `(.+?)\s*$` is quadratic on a line of spaces.
    const name = m?.[1].trim();
    if (name) out.set(chunk.index, name);
  }
  return out;
}

/**
 * With `--chart-dir`, a finding is also located in its template when its offending key appears
 * exactly once there: `<chart>/templates/x.yaml` is looked up under the chart directory (and
 * under `charts/<chart>/` for subcharts). Anything ambiguous is left alone: a line number must
 * never point into a file it was not measured in.
 */
export async function locateInTemplates(findings: Finding[], chartDir: string, cwd: string): Promise<void> {
  const cache = new Map<string, string | null>();
  for (const f of findings) {
    if (!f.template) continue;
    const key = templateKey(f);
    if (key === undefined) continue;
    const file = await templateFile(chartDir, f.template, cache, cwd);
    if (!file) continue;
    const range = uniqueKeyRange(file.text, key);
    if (!range) continue;
    (f.related ??= []).push({ file: file.shown, range, message: templatePlaceMessage(key, f.template) });
    f.inTemplate = { file: file.shown, range };
  }
}

/**
 * The place in its template that locateInTemplates gave a finding, found again among the related
 * places of a finding read back from a json report (which does not name it apart): what a merge
 * of shares linted with --chart-dir needs to put it where the single run does.
 */
export function restoreTemplatePlace(f: Finding): void {
  if (!f.template || !f.related || f.inTemplate) return;
  const key = templateKey(f);
  if (key === undefined) return;
  const message = templatePlaceMessage(key, f.template);
  // locateInTemplates adds it last.
  const place = [...f.related].reverse().find((r) => r.message === message);
  if (place) f.inTemplate = { file: place.file, range: place.range };
}

/** The key a finding is about (the last of its path), when its path ends in one: what is looked up in its template. */
function templateKey(f: Finding): string | undefined {
  const last = f.path[f.path.length - 1];
  return typeof last === 'string' ? last : undefined;
}

function templatePlaceMessage(key: string, template: string): string {
  return `${key} in the template ${template}`;
}

async function templateFile(chartDir: string, template: string, cache: Map<string, string | null>, cwd: string): Promise<{ text: string; shown: string } | undefined> {
  const parts = template.split('/');
  const candidates = [path.join(chartDir, ...parts.slice(1))];
  // A subchart's templates render as <subchart>/templates/x.yaml too, from charts/<subchart>/.
  if (parts.length > 2) candidates.push(path.join(chartDir, 'charts', ...parts));
  for (const candidate of candidates) {
    if (!cache.has(candidate)) cache.set(candidate, readInChart(chartDir, candidate));
    const text = cache.get(candidate);
    if (text != null) return { text, shown: path.relative(cwd, candidate).split(path.sep).join('/') };
  }
  return undefined;
}

/**
 * A template's text, only from a regular file inside the chart: a `# Source:` comment is part of
 * the input, which may come from anyone (`# Source: chart/../../../etc/passwd`, or a link in the
 * chart pointing out of it), and must not make a run read files elsewhere. null when refused.
 */
function readInChart(chartDir: string, candidate: string): string | null {
  try {
    const root = realpathSync(chartDir);
    const real = realpathSync(candidate);
    const relative = path.relative(root, real);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return null;
    const read = readLimited(real, MAX_TEMPLATE_SIZE, { regularOnly: true });
    if (read.notRegular || read.tooLarge) return null;
    return new TextDecoder().decode(read.bytes);
  } catch {
    return null;
  }
}

const MAX_TEMPLATE_SIZE = 16 * 1024 * 1024;

function uniqueKeyRange(text: string, key: string): Range | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^([ \\t]*(?:- )?)(${escaped}|"${escaped}"|'${escaped}'):(?=\\s|$)`, 'gm');
  const matches = [...text.matchAll(re)];
  if (matches.length !== 1) return undefined;
  const m = matches[0];
  const offset = (m.index ?? 0) + m[1].length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const end = column + m[2].length;
  return { start: { line, column, offset }, end: { line, column: end, offset: offset + m[2].length } };
}
