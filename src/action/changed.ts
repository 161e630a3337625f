import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What a pull request changes: files (paths from the repository root) and the lines each now has new or changed. */
export type Changes = Map<string, ReadonlySet<number>>;

/**
 * The changes of the pull request the workflow runs for, or undefined when the event is not a
 * pull request or git cannot tell. actions/checkout checks out the merge commit (HEAD), often
 * with depth 1: the base commit is fetched when missing, and the diff of HEAD against it is what
 * the pull request changes.
 */
export function pullRequestChanges(env: NodeJS.ProcessEnv, workspace: string): Changes | undefined {
  if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target') return undefined;
  let base: unknown;
  try {
    base = (JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as { pull_request?: { base?: { sha?: unknown } } }).pull_request?.base?.sha;
  } catch {
    return undefined;
  }
  if (typeof base !== 'string' || !/^[0-9a-f]{40}$/.test(base)) return undefined;
  const git = (args: string[]) => spawnSync('git', args, { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 28 });
  const diff = ['diff', '--no-color', '--no-ext-diff', '--unified=0', base, 'HEAD', '--'];
  let r = git(diff);
  if (r.status !== 0) {
    git(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', base]);
    r = git(diff);
  }
  return r.status === 0 ? parseUnifiedDiff(r.stdout) : undefined;
}

/** The files of a `git diff --unified=0` and the lines of each that are new (a deleted file has none). */
export function parseUnifiedDiff(text: string): Changes {
  const out: Changes = new Map();
  let lines: Set<number> | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4);
      lines = undefined;
      if (name !== '/dev/null') {
        lines = new Set();
        out.set(unquote(name).replace(/^b\//, ''), lines);
      }
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && lines) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
  return out;
}

/** git quotes a path with unusual characters in C style: "b/ü.yaml" is "\"b/\\303\\274.yaml\"". */
function unquote(name: string): string {
  if (!name.startsWith('"')) return name;
  const bytes: number[] = [];
  const body = name.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, '"': 34, '\\': 92 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}
