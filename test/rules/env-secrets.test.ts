import { describe, expect, it } from 'vitest';
import rule, { isSecretName, type EnvSecretsOptions } from '../../src/rules/env-secrets.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run<EnvSecretsOptions>(rule, {
  valid: [
    { name: 'secrets from Secrets, paths to secret files, names about secrets, references', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              env:
              - name: DB_PASSWORD
                valueFrom: {secretKeyRef: {name: db, key: password}}
              - {name: TOKEN_FILE, value: /var/run/secrets/token}
              - {name: API_KEY_PATH, value: /etc/agent/api-key}
              - {name: SECRET_NAME, value: agent-credentials}
              - {name: NODE_KEY, value: node-1}
              - {name: AUTH_TOKEN, value: $(TOKEN_FROM_SECRET)}
              - {name: CLIENT_SECRET, value: "${'${CLIENT_SECRET}'}"}
              - {name: SESSION_KEY, value: "{{ .Values.sessionKey }}"}
              - {name: PASSWORD, value: ""}
              - {name: KUBERNETES_SERVICE_HOST, value: 10.0.0.1}
    ` },
    { name: 'switches are no secrets, however the name reads', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              env:
              - {name: USE_SERVICE_ACCOUNT_TOKEN, value: "true"}
              - {name: K8S_TOKEN_REVIEW, value: "False"}
              - {name: BASIC_AUTH_PASSWORD_CHECK, value: "off"}
              - {name: REQUIRE_API_KEY, value: enabled}
              - {name: TOKEN_REFRESH_INTERVAL, value: 5m}
    ` },
    { name: 'ignoreNames: exact names and wildcards, case and all', options: { ignoreNames: ['PUBLIC_API_KEY', 'DEMO_*'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              env:
              - {name: PUBLIC_API_KEY, value: pk_live_public}
              - {name: DEMO_PASSWORD, value: demo}
    ` },
  ],
  invalid: [
    { name: 'literal secrets: at the value, which is never quoted', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: setup
              env: [{name: ELASTICSEARCH_PASSWORD, value: changeme}]
            containers:
            - name: agent
              env:
              - {name: DD_API_KEY, value: 0123456789abcdef}
              - {name: newRelicLicenseKey, value: abc}
              - {name: GITHUB_TOKEN, value: 12345}
    `, errors: [
      {
        message: 'container "setup" sets ELASTICSEARCH_PASSWORD to a literal value', line: 7, column: 53,
        help: "ELASTICSEARCH_PASSWORD looks like a secret, and its value is written in the manifest: it is in the repository's history, readable by anyone who can read the DaemonSet, and in every node's container runtime metadata. Put it in a Secret and use valueFrom.secretKeyRef (or mount the Secret as a file); a name that only looks like a secret goes in the rule's ignoreNames option.",
      },
      { message: 'container "agent" sets DD_API_KEY to a literal value', line: 11, column: 37 },
      { message: 'container "agent" sets newRelicLicenseKey to a literal value', line: 12, column: 45 },
      { message: 'container "agent" sets GITHUB_TOKEN to a literal value', line: 13, column: 39 },
    ] },
    { name: 'secretNames add names; ignoreNames is case-sensitive like env names', options: { secretNames: ['*_DSN', 'WEBHOOK'], ignoreNames: ['demo_*'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              env:
              - {name: SENTRY_DSN, value: "https://abc@sentry.example.com/1"}
              - {name: WEBHOOK, value: hook}
              - {name: WEBHOOK_URL, value: "https://example.com"}
              - {name: DEMO_PASSWORD, value: demo}
    `, errors: [
      { message: 'container "agent" sets SENTRY_DSN to a literal value', line: 8, column: 37 },
      { message: 'container "agent" sets WEBHOOK to a literal value', line: 9, column: 34 },
      { message: 'container "agent" sets DEMO_PASSWORD to a literal value', line: 11, column: 40 },
    ] },
    { name: 'an env name set twice in one container: at the later one', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: agent
              env:
              - {name: LOG_LEVEL, value: info}
              - {name: NODE_NAME, valueFrom: {fieldRef: {fieldPath: spec.nodeName}}}
              - {name: LOG_LEVEL, value: debug}
            - name: other
              env: [{name: LOG_LEVEL, value: info}]
    `, errors: [{
      message: 'container "agent" sets env LOG_LEVEL twice', line: 10, column: 18,
      help: 'When a name appears twice the kubelet keeps the later value: the earlier entry is dead, and a reader who finds it first is misled. Remove one of them.',
    }] },
  ],
});

describe('isSecretName', () => {
  it.each(['PASSWORD', 'db_password', 'MYSQL_ROOT_PASSWORD', 'apiKey', 'API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY', 'SLACK_TOKEN', 'GOOGLE_CREDENTIALS', 'PRIVATE_KEY', 'KEY', 'LICENSE_KEY', 'DD_APP_KEY', 'INSTANA_AGENT_KEY', 'SSH_KEY', 'TLS_KEY', 'DB_PASS', 'AUTHTOKEN', 'honeycombWriteKey', 'SPLUNK_HEC_TOKEN'])('%s is a secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it.each(['TOKEN_FILE', 'SECRET_NAME', 'API_KEY_PATH', 'NODE_KEY', 'KEY_NAME', 'AWS_ACCESS_KEY_ID', 'TOKEN_AUDIENCE', 'PASSWORD_ENABLED', 'KEYCLOAK_URL', 'MONKEY', 'TOKENIZER', 'TOKEN_REFRESH_INTERVAL', 'KUBE_TOKEN_TTL', 'PASSWORD_USER', 'BYPASS_CACHE', 'KEYRING', 'SECRETS_DIR'])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});
