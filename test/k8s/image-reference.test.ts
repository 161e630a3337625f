import { describe, expect, it } from 'vitest';
import { parseImageReference, repositoryName } from '../../src/k8s/image-reference.js';

const SHA256 = `sha256:${'a1'.repeat(32)}`;
const SHA512 = `sha512:${'0f'.repeat(64)}`;

describe('parseImageReference', () => {
  it.each([
    // Docker Hub defaults: official images get library/, legacy index.docker.io is docker.io.
    ['nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['nginx:1.27.0', { domain: 'docker.io', path: 'library/nginx', tag: '1.27.0' }],
    ['docker.io/nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['index.docker.io/nginx:latest', { domain: 'docker.io', path: 'library/nginx', tag: 'latest' }],
    ['docker.io/library/busybox:1.36', { domain: 'docker.io', path: 'library/busybox', tag: '1.36' }],
    ['weaveworks/weave-kube:latest', { domain: 'docker.io', path: 'weaveworks/weave-kube', tag: 'latest' }],
    ['grafana/agent', { domain: 'docker.io', path: 'grafana/agent' }],
    // Registries: a dot, a port, localhost, or an upper-case letter make the first component a host.
    ['registry.k8s.io/sig-storage/livenessprobe:v2.12.0', { domain: 'registry.k8s.io', path: 'sig-storage/livenessprobe', tag: 'v2.12.0' }],
    ['registry:5000/team/agent', { domain: 'registry:5000', path: 'team/agent' }],
    ['registry:5000/team/agent:2.0', { domain: 'registry:5000', path: 'team/agent', tag: '2.0' }],
    ['localhost/agent', { domain: 'localhost', path: 'agent' }],
    ['localhost:5000/agent:dev', { domain: 'localhost:5000', path: 'agent', tag: 'dev' }],
    ['Registry/agent', { domain: 'Registry', path: 'agent' }],
    ['10.0.0.1:5000/agent', { domain: '10.0.0.1:5000', path: 'agent' }],
    ['[::1]:5000/agent:1', { domain: '[::1]:5000', path: 'agent', tag: '1' }],
    ['[fe80::1]/agent', { domain: '[fe80::1]', path: 'agent' }],
    // Without a slash there is no host: `registry:5000` is the image `registry` with tag `5000`.
    ['registry:5000', { domain: 'docker.io', path: 'library/registry', tag: '5000' }],
    // A name without a dot, colon or capital is a Docker Hub namespace, not a host.
    ['quay/agent', { domain: 'docker.io', path: 'quay/agent' }],
    // Separators inside path components, and tags that only start like `latest`.
    ['mcr.microsoft.com/k8s/csi/azuredisk-csi:latest-windows-hp', { domain: 'mcr.microsoft.com', path: 'k8s/csi/azuredisk-csi', tag: 'latest-windows-hp' }],
    ['example.com/a__b/c--d/e.f_g:V1_2.3-rc', { domain: 'example.com', path: 'a__b/c--d/e.f_g', tag: 'V1_2.3-rc' }],
    ['example.com/agent:_x', { domain: 'example.com', path: 'agent', tag: '_x' }],
    // Digests, alone or after a tag.
    [`nginx@${SHA256}`, { domain: 'docker.io', path: 'library/nginx', digest: SHA256 }],
    [`nginx:1.27@${SHA256}`, { domain: 'docker.io', path: 'library/nginx', tag: '1.27', digest: SHA256 }],
    [`registry:5000/agent:latest@${SHA512}`, { domain: 'registry:5000', path: 'agent', tag: 'latest', digest: SHA512 }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual({ tag: undefined, digest: undefined, ...expected });
  });

  it.each([
    ['empty', ''],
    ['blank', ' '],
    ['surrounding space', ' nginx:1.2'],
    ['upper-case repository', 'Nginx'],
    ['upper-case path below a host', 'example.com/Agent:1'],
    ['upper-case Hub namespace', 'grafana/Agent'],
    ['empty tag', 'nginx:'],
    ['tag that starts with a dot', 'nginx:.1'],
    ['tag of 129 characters', `nginx:${'a'.repeat(129)}`],
    ['two tags', 'nginx:1:2'],
    ['trailing slash', 'example.com/agent/'],
    ['double slash', 'example.com//agent'],
    ['leading separator', 'example.com/-agent'],
    ['three underscores', 'example.com/a___b'],
    ['host with an underscore and a port', 'my_registry:5000/agent'],
    ['port without digits', 'registry:/agent'],
    ['a placeholder', '${IMAGE}'],
    ['a template', '{{ .Values.image }}'],
    ['a bare content identifier', 'a1'.repeat(32)],
    ['short digest', 'nginx@sha256:abc'],
    ['digest of the wrong length for its algorithm', `nginx@sha512:${'a'.repeat(64)}`],
    ['upper-case digest hex', `nginx@sha256:${'A'.repeat(64)}`],
    ['unknown digest algorithm', `nginx@md5:${'a'.repeat(32)}`],
    ['an algorithm named like an object property', `nginx@constructor:${'a'.repeat(64)}`],
    ['digest before the tag', `nginx@${SHA256}:1.2`],
    ['name longer than 255', `example.com/${'a'.repeat(244)}`],
    ['very long text', 'a'.repeat(100_000)],
  ])('rejects %s', (_name, text) => {
    expect(parseImageReference(text)).toBeUndefined();
  });

  it('accepts a name of exactly 255 characters', () => {
    expect(parseImageReference(`example.com/${'a'.repeat(243)}`)?.path).toHaveLength(243);
  });

  it('stays fast on text built to make a backtracking matcher slow', () => {
    const start = performance.now();
    for (const text of [`${'a-'.repeat(200)}!`, `${'a.'.repeat(200)}/!`, `example.com/${'a_'.repeat(120)}_`, `${'a'.repeat(250)}.-/x`]) {
      expect(parseImageReference(text)).toBeUndefined();
    }
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe('repositoryName', () => {
  it('spells out the defaults', () => {
    expect(repositoryName(parseImageReference('nginx')!)).toBe('docker.io/library/nginx');
    expect(repositoryName(parseImageReference('registry:5000/team/agent:1')!)).toBe('registry:5000/team/agent');
  });
});
