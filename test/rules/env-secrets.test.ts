import { describe, expect, it } from 'vitest';
import rule, { isSecretName } from '../../src/rules/env-secrets.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

new RuleTester().run(rule, {
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
        help: "ELASTICSEARCH_PASSWORD looks like a secret, and its value is written in the manifest: it is in the repository's history, readable by anyone who can read the DaemonSet, and in every node's container runtime metadata. Put it in a Secret and use valueFrom.secretKeyRef (or mount the Secret as a file).",
      },
      { message: 'container "agent" sets DD_API_KEY to a literal value', line: 11, column: 37 },
      { message: 'container "agent" sets newRelicLicenseKey to a literal value', line: 12, column: 45 },
      { message: 'container "agent" sets GITHUB_TOKEN to a literal value', line: 13, column: 39 },
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
  it.each(['PASSWORD', 'db_password', 'MYSQL_ROOT_PASSWORD', 'apiKey', 'API_KEY', 'AWS_SECRET_ACCESS_KEY', 'AWS_ACCESS_KEY', 'SLACK_TOKEN', 'GOOGLE_CREDENTIALS', 'PRIVATE_KEY', 'KEY', 'LICENSE_KEY'])('%s is a secret', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  it.each(['TOKEN_FILE', 'SECRET_NAME', 'API_KEY_PATH', 'NODE_KEY', 'KEY_NAME', 'AWS_ACCESS_KEY_ID', 'TOKEN_AUDIENCE', 'PASSWORD_ENABLED', 'KEYCLOAK_URL', 'MONKEY', 'TOKENIZER'])('%s is not', (name) => {
    expect(isSecretName(name)).toBe(false);
  });
});
