import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/config.js';
import { defaultKubeVersion, targetableKubeVersions } from '../../schema/validators.js';
import { HOMEPAGE, VERSION } from '../../version.js';

/** Where editors find the config's JSON Schema: the installed package's copy, else the release's on GitHub. */
export function schemaReference(dir: string): string {
  const local = path.join(dir, 'node_modules', 'daemonlint', 'dist', 'daemonlint.schema.json');
  if (existsSync(local)) return './node_modules/daemonlint/dist/daemonlint.schema.json';
  return `https://raw.githubusercontent.com/daemonlint/daemonlint/v${VERSION}/dist/daemonlint.schema.json`;
}

/** The commented `.daemonlint.yaml` that `daemonlint init` writes: the preset, the version, and a line per option people most often change. */
export function initialConfig(schema: string): string {
  return `# yaml-language-server: $schema=${schema}
# daemonlint configuration: ${HOMEPAGE}/blob/main/docs/configuration.md

# The preset the rules start from: recommended, strict (warnings become errors, image digests,
# Pod Security restricted) or all.
extends: recommended

# The Kubernetes version your clusters run (${targetableKubeVersions[0]} to ${defaultKubeVersion}).
kubeVersion: "${defaultKubeVersion}"

# A level per rule (off, info, warning or warn, error), or [level, {options}]; daemonlint rules
# lists them, daemonlint explain <rule> documents each.
rules:
  # priority-class: off
  # image-pinned: [warning, {requireDigest: true}]
  # hostpath-readonly: [error, {allowWritablePrefixes: [/var/lib/my-agent]}]
  # control-plane-toleration: off

# Paths (globs, relative to this file) that are not linted at all.
# ignore:
#   - "vendor/**"

# Findings accepted for some objects, and why.
# exclude:
#   - rules: [privileged-justified]
#     objects: ["kube-system/*"]
#     reason: "platform agents, reviewed by the platform team"
`;
}

/**
 * `daemonlint init`: writes .daemonlint.yaml in the directory, or, when a config file is already
 * there, says so and leaves it as it is. Returns what to print and the exit code (0 either way).
 */
export function initCommand(dir: string): { stdout: string; stderr: string } {
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path.join(dir, name)));
  if (existing !== undefined) return { stdout: '', stderr: `daemonlint: ${existing} exists; left as it is\n` };
  const file = path.join(dir, CONFIG_FILE_NAMES[0]);
  writeFileSync(file, initialConfig(schemaReference(dir)), { flag: 'wx' });
  return { stdout: `Wrote ${CONFIG_FILE_NAMES[0]}: edit it, then run daemonlint.\n`, stderr: '' };
}
