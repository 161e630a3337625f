import { defineRule } from '../types/rule.js';
import { containerName, containersOf } from '../k8s/containers.js';
import { asRecord } from '../k8s/values.js';
import { wildcardMatcher } from '../k8s/wildcard.js';

export interface EnvSecretsOptions {
  /** More names that hold secrets (`*` matches any run of characters), beside the built-in words. */
  secretNames: string[];
  /** Names never reported as secrets, even when their words say so (same wildcards). */
  ignoreNames: string[];
}

export default defineRule<EnvSecretsOptions>({
  id: 'env-secrets',
  meta: {
    description: 'Secrets come from Secrets, not literal env values; a container sets each env variable once.',
    severity: 'warning',
    fixable: false,
    messages: {
      literal: {
        message: 'container "{{container}}" sets {{name}} to a literal value',
        help: "{{name}} looks like a secret, and its value is written in the manifest: it is in the repository's history, readable by anyone who can read the DaemonSet, and in every node's container runtime metadata. Put it in a Secret and use valueFrom.secretKeyRef (or mount the Secret as a file); a name that only looks like a secret goes in the rule's ignoreNames option.",
      },
      duplicate: {
        message: 'container "{{container}}" sets env {{name}} twice',
        help: 'When a name appears twice the kubelet keeps the later value: the earlier entry is dead, and a reader who finds it first is misled. Remove one of them.',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        secretNames: { type: 'array', items: { type: 'string', minLength: 1 } },
        ignoreNames: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
    defaultOptions: { secretNames: [], ignoreNames: [] },
    tags: ['security'],
    securitySeverity: 5.0,
  },
  check(daemonSet, context) {
    const extra = wildcardMatcher(context.options.secretNames);
    const ignored = wildcardMatcher(context.options.ignoreNames);
    const containers = containersOf(daemonSet);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const env: unknown = ref.container.env;
      if (!Array.isArray(env)) continue;
      const seen = new Set<string>();
      for (let index = 0; index < env.length; index++) {
        const entry = asRecord(env[index]);
        const name = entry?.name;
        if (typeof name !== 'string') continue;
        const container = containerName(ref);
        if (seen.has(name)) context.report({ path: [...ref.path, 'env', index, 'name'], at: 'value', messageId: 'duplicate', data: { container, name } });
        seen.add(name);
        if (!ignored(name) && (extra(name) || isSecretName(name)) && isLiteralSecret(entry?.value)) {
          // The value is never quoted: it is the secret.
          context.report({ path: [...ref.path, 'env', index, 'value'], at: 'value', messageId: 'literal', data: { container, name } });
        }
      }
    }
  },
});

/** Words that make a variable a secret wherever they appear in its name. */
const SECRET_WORDS = new Set([
  'PASSWORD', 'PASSWD', 'PASS', 'PASSPHRASE', 'SECRET', 'TOKEN', 'CREDENTIAL', 'CREDENTIALS',
  // Written as one word: apikey, AUTHTOKEN, writeKey.
  'APIKEY', 'PRIVATEKEY', 'ACCESSKEY', 'SECRETKEY', 'AUTHTOKEN', 'ACCESSTOKEN', 'WRITEKEY', 'LICENSEKEY',
]);
/** Words that make a following KEY a secret (API_KEY, LICENSE_KEY; not NODE_KEY or KEY_NAME). */
const KEY_QUALIFIERS = new Set([
  'API', 'APP', 'ACCESS', 'SECRET', 'PRIVATE', 'ENCRYPTION', 'SIGNING', 'AUTH', 'LICENSE', 'MASTER', 'CLIENT', 'SHARED', 'SESSION',
  'INGESTION', 'INGEST', 'WRITE', 'AGENT', 'DOWNLOAD', 'SSH', 'TLS', 'HMAC', 'SERVICE', 'ROUTING', 'INTEGRATION',
]);
/** A last word that makes the variable about a secret, not the secret: a file, a name, a switch. */
const NOT_THE_SECRET = new Set(['FILE', 'PATH', 'DIR', 'NAME', 'REF', 'ID', 'URL', 'URI', 'ENDPOINT', 'HEADER', 'TYPE', 'TTL', 'EXPIRY', 'TIMEOUT', 'LENGTH', 'SIZE', 'ENABLED', 'ENABLE', 'DISABLED', 'MODE', 'FORMAT', 'AUDIENCE', 'FIELD', 'VERSION', 'PREFIX', 'LOCATION', 'NAMESPACE',
  'INTERVAL', 'PERIOD', 'DURATION', 'RETRIES', 'LIMIT', 'PORT', 'HOST', 'USER', 'USERNAME', 'ALGORITHM', 'KIND', 'POLICY', 'SOURCE', 'MOUNT',
]);

/** `DB_PASSWORD`, `datadogApiKey`, `NEW_RELIC_LICENSE_KEY`; not `TOKEN_FILE`, `SECRET_NAME`, `NODE_KEY`. */
export function isSecretName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  if (words.length === 0 || NOT_THE_SECRET.has(words[words.length - 1])) return false;
  for (let i = 0; i < words.length; i++) {
    if (SECRET_WORDS.has(words[i])) return true;
    if (words[i] === 'KEY' && (words.length === 1 || (i > 0 && KEY_QUALIFIERS.has(words[i - 1])))) return true;
  }
  return false;
}

/** Switch values: `USE_TOKEN: "true"` turns a feature on, it is no secret. */
const SWITCH = /^(true|false|yes|no|on|off|enabled?|disabled?)$/i;

/**
 * A value that could be the secret itself: a non-empty literal that is not a switch, a reference
 * the kubelet expands (`$(VAR)`), a template left for another tool (`${VAR}`, `{{ .Values.x }}`),
 * or a file path.
 */
function isLiteralSecret(value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const text = String(value).trim();
  if (text === '' || SWITCH.test(text)) return false;
  return !/\$\(|\$\{|\{\{/.test(text) && !/^(\/|\.\/|[A-Za-z]:\\)/.test(text);
}
