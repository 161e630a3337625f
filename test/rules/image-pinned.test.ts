import rule, { type ImagePinnedOptions } from '../../src/rules/image-pinned.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const drift =
  'A moving tag means every node runs whatever the tag points to when that node pulls: nodes drift apart, a node that joins later runs something else, and a rollback cannot bring the old build back.';
const pinTag = 'pin a version tag or a digest';
const pinDigest = (image: string): string => `pin it by digest (${image}@sha256:<digest>)`;
const noTag = (container: string, image: string, _repository: string, _remedy = pinTag): string => `container "${container}" runs image "${image}" without a tag`;
const mutableTag = (container: string, image: string, tag: string, _remedy = pinTag): string => `container "${container}" runs image "${image}": tag "${tag}" moves`;
const noDigest = (container: string, image: string): string => `container "${container}" runs image "${image}" without a digest`;

const SHA = `sha256:${'3f'.repeat(32)}`;

new RuleTester().run<ImagePinnedOptions>(rule, {
  valid: [
    { name: 'version tags, on Docker Hub and on other registries', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: node-exporter}
      spec:
        template:
          spec:
            initContainers:
            - {name: init, image: busybox:1.36.1}
            containers:
            - {name: node-exporter, image: quay.io/prometheus/node-exporter:v1.8.2}
            - {name: proxy, image: "registry:5000/team/kube-rbac-proxy:0.18.1"}
    ` },
    { name: 'a digest pins the image, with or without a tag, even the latest tag', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, image: "nginx@${SHA}"}
            - {name: b, image: "example.com/agent:latest@${SHA}"}
            - {name: c, image: "registry:5000/agent@${SHA}"}
    ` },
    { name: 'a tag that starts with latest is another tag; Latest is not latest', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: azuredisk, image: mcr.microsoft.com/k8s/csi/azuredisk-csi:latest-windows-hp}
            - {name: b, image: example.com/agent:Latest}
            - {name: c, image: example.com/agent:main-1a2b3c4}
            - {name: d, image: example.com/agent:v2.1.0-dev.3}
            - {name: e, image: example.com/agent:headless}
    ` },
    { name: 'requireDigest is satisfied by digests', options: { requireDigest: true }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers: [{name: init, image: "busybox:1.36@${SHA}"}]
            containers: [{name: agent, image: "example.com/agent@${SHA}"}]
    ` },
    { name: 'missing, empty, non-string and unparsable images belong to other rules', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a}
            - {name: b, image: ""}
            - {name: c, image: 1.5}
            - {name: d, image: [nginx]}
            - {name: e, image: '${'${AGENT_IMAGE}'}'}
            - {name: f, image: "Nginx:latest"}
            - {name: g, image: "nginx@sha256:abc"}
            - {name: h, image: " nginx"}
    ` },
    { name: 'wrong shapes do not crash the rule', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers: {name: a, image: nginx}
            initContainers: [null, nginx, 3]
    ` },
    { name: 'a Deployment is not ours', code: yaml`
      kind: Deployment
      spec:
        template:
          spec:
            containers: [{name: web, image: nginx}]
    ` },
  ],
  invalid: [
    { name: 'no tag on an official image: reported at the image value', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: web}
      spec:
        template:
          spec:
            containers:
            - name: web
              image: nginx
    `, errors: [{
      message: noTag('web', 'nginx', 'docker.io/library/nginx'), line: 9, column: 16, endLine: 9, endColumn: 21,
      help: `No tag means docker.io/library/nginx:latest. ${drift} Fix: ${pinTag}.`,
    }] },
    { name: 'the latest tag, quoted', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - name: weave
              image: 'weaveworks/weave-kube:latest'
    `, errors: [{
      message: mutableTag('weave', 'weaveworks/weave-kube:latest', 'latest'), line: 7, column: 16, endColumn: 46,
      help: `${drift} Fix: ${pinTag}. The tags reported are latest and the rule's mutableTags option.`,
    }] },
    { name: 'a registry port is not a tag', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: agent, image: "registry:5000/team/agent"}
            - {name: local, image: localhost:5000/agent}
    `, errors: [
      { message: noTag('agent', 'registry:5000/team/agent', 'registry:5000/team/agent'), line: 6, column: 30 },
      { message: noTag('local', 'localhost:5000/agent', 'localhost:5000/agent'), line: 7, column: 30 },
    ] },
    { name: 'init containers, sidecars and ephemeral containers pull images too', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers:
            - name: install-cni
              image: docker.io/flannel/flannel-cni-plugin
            - name: proxy
              restartPolicy: Always
              image: index.docker.io/envoyproxy/envoy:latest
            containers:
            - name: agent
              image: example.com/agent:2.4.1
            ephemeralContainers:
            - name: debugger
              image: busybox
    `, errors: [
      { message: noTag('install-cni', 'docker.io/flannel/flannel-cni-plugin', 'docker.io/flannel/flannel-cni-plugin'), line: 7, column: 16 },
      { message: mutableTag('proxy', 'index.docker.io/envoyproxy/envoy:latest', 'latest'), line: 10, column: 16 },
      { message: noTag('debugger', 'busybox', 'docker.io/library/busybox'), line: 16, column: 16 },
    ] },
    { name: 'the default moving tags: main, master, head, edge, nightly, dev and *-head', code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, image: example.com/agent:main}
            - {name: b, image: example.com/agent:master}
            - {name: c, image: example.com/agent:head}
            - {name: d, image: example.com/agent:edge}
            - {name: e, image: example.com/agent:nightly}
            - {name: f, image: example.com/agent:dev}
            - {name: g, image: example.com/agent:v2-head}
    `, errors: [
      { message: mutableTag('a', 'example.com/agent:main', 'main'), line: 6, column: 26 },
      { message: mutableTag('b', 'example.com/agent:master', 'master'), line: 7, column: 26 },
      { message: mutableTag('c', 'example.com/agent:head', 'head'), line: 8, column: 26 },
      { message: mutableTag('d', 'example.com/agent:edge', 'edge'), line: 9, column: 26 },
      { message: mutableTag('e', 'example.com/agent:nightly', 'nightly'), line: 10, column: 26 },
      { message: mutableTag('f', 'example.com/agent:dev', 'dev'), line: 11, column: 26 },
      { message: mutableTag('g', 'example.com/agent:v2-head', 'v2-head'), line: 12, column: 26 },
    ] },
    { name: 'mutableTags: extra tags and wildcards, latest still reported', options: { mutableTags: ['master', 'latest-*', '*-nightly'] }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            containers:
            - {name: a, image: "registry.k8s.io/nfd/node-feature-discovery:master"}
            - {name: b, image: "mcr.microsoft.com/k8s/csi/azuredisk-csi:latest-windows-hp"}
            - {name: c, image: "example.com/agent:2.0-nightly"}
            - {name: d, image: "example.com/agent:latest"}
            - {name: e, image: "example.com/agent:masters"}
            - {name: f, image: "example.com/agent:v1-nightly.1"}
    `, errors: [
      { message: mutableTag('a', 'registry.k8s.io/nfd/node-feature-discovery:master', 'master'), line: 6, column: 26 },
      { message: mutableTag('b', 'mcr.microsoft.com/k8s/csi/azuredisk-csi:latest-windows-hp', 'latest-windows-hp'), line: 7, column: 26 },
      { message: mutableTag('c', 'example.com/agent:2.0-nightly', '2.0-nightly'), line: 8, column: 26 },
      { message: mutableTag('d', 'example.com/agent:latest', 'latest'), line: 9, column: 26 },
    ] },
    { name: 'requireDigest: every image without a digest, with the remedy changed', options: { requireDigest: true }, code: yaml`
      kind: DaemonSet
      spec:
        template:
          spec:
            initContainers: [{name: init, image: "busybox:1.36.1"}]
            containers:
            - {name: agent, image: "example.com/agent:2.4.1"}
            - {name: pinned, image: "example.com/agent@${SHA}"}
            - {name: web, image: nginx}
            - {name: edge, image: "nginx:latest"}
    `, errors: [
      {
        message: noDigest('init', 'busybox:1.36.1'), line: 5, column: 44,
        help: `The requireDigest option asks for digests: a tag can be pointed at other content at any time, a digest cannot. Fix: ${pinDigest('busybox:1.36.1')}.`,
      },
      { message: noDigest('agent', 'example.com/agent:2.4.1'), line: 7, column: 30 },
      { message: noTag('web', 'nginx', 'docker.io/library/nginx', pinDigest('nginx')), line: 9, column: 28 },
      { message: mutableTag('edge', 'nginx:latest', 'latest', pinDigest('nginx:latest')), line: 10, column: 29 },
    ] },
    { name: 'an unnamed container in a List item', code: yaml`
      kind: List
      items:
      - kind: DaemonSet
        spec:
          template:
            spec:
              containers:
              - image: fluent/fluent-bit
    `, errors: [{ message: noTag('containers[0]', 'fluent/fluent-bit', 'docker.io/fluent/fluent-bit'), line: 8, column: 18 }] },
  ],
});
