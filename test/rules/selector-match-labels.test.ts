import rule from '../../src/rules/selector-match-labels.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const missing =
  'spec.selector is missing: apps/v1 requires one';
const empty =
  'spec.selector is empty: it would select every pod in the namespace';


new RuleTester().run(rule, {
  valid: [
    { name: 'matchLabels equal to the template labels', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent
    ` },
    { name: 'the template may carry labels the selector does not name', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app.kubernetes.io/name: agent}
        template:
          metadata:
            labels: {app.kubernetes.io/name: agent, app.kubernetes.io/version: "1.2", tier: node}
    ` },
    { name: 'every operator satisfied', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: tier, operator: In, values: [edge, node]}
          - {key: track, operator: NotIn, values: [canary]}
          - {key: zone, operator: NotIn, values: [a]}
          - {key: app, operator: Exists}
          - {key: debug, operator: DoesNotExist}
        template:
          metadata:
            labels: {app: agent, tier: node, track: stable}
    ` },
    { name: 'an empty value is the empty string on both sides', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels:
            app: agent
            flavor:
            variant: ""
        template:
          metadata:
            labels:
              app: agent
              flavor: ""
              variant:
    ` },
    { name: 'a quoted number is a string', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {version: "1", enabled: "yes"}}
        template:
          metadata: {labels: {version: "1", enabled: "yes"}}
    ` },
    { name: 'selectors of other kinds are not ours', code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        template:
          metadata: {labels: {app: web}}
    ` },
    { name: 'a selector of the wrong shape is left to the schema rule', code: yaml`
      kind: DaemonSet
      spec:
        selector: 5
        template:
          metadata: {labels: {app: agent}}
    ` },
    { name: 'matchLabels of the wrong shape is left to the schema rule', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: [app, agent]
        template:
          metadata: {labels: {app: other}}
    ` },
    { name: 'without a pod template there are no labels to compare; the schema rule reports the template', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: agent}}
    ` },
    { name: 'only NotIn and DoesNotExist: a template without labels satisfies them', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchExpressions:
          - {key: debug, operator: DoesNotExist}
          - {key: track, operator: NotIn, values: [canary]}
        template:
          spec: {}
    ` },
    { name: 'a valid DaemonSet inside a List', code: yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: DaemonSet
          spec:
            selector: {matchLabels: {app: agent}}
            template: {metadata: {labels: {app: agent}}}
    ` },
    { name: 'template labels of the wrong shape are left to the schema rule', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata:
            labels: [app, agent]
    ` },
    { name: 'labels shared through a YAML anchor', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: &labels
            app: agent
            tier: node
        template:
          metadata:
            labels: *labels
    ` },
  ],
  invalid: [
    { name: 'selector missing: reported on spec', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          metadata:
            labels: {app: agent}
    `, errors: [{ message: missing, line: 4, column: 1, endLine: 4, endColumn: 5 }] },
    { name: 'extensions/v1beta1 defaulted the selector; apps/v1 does not', code: yaml`
      apiVersion: extensions/v1beta1
      kind: DaemonSet
      spec:
        template:
          metadata:
            labels: {app: agent}
    `, errors: [{ message: missing, line: 3, column: 1 }] },
    { name: 'no spec at all: reported on the document', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
    `, errors: [{ message: missing, line: 1, column: 1, endLine: 2, endColumn: 24 }] },
    { name: 'empty selector {}', code: yaml`
      kind: DaemonSet
      spec:
        selector: {}
        template:
          metadata: {labels: {app: agent}}
    `, errors: [{ message: empty, line: 3, column: 3, endLine: 3, endColumn: 11 }] },
    { name: 'selector with no value: null is no selector to the API (not an empty one)', code: yaml`
      kind: DaemonSet
      spec:
        selector:
        template:
          metadata: {labels: {app: agent}}
    `, errors: [{ message: missing, line: 2, column: 1 }] },
    { name: 'empty matchLabels and matchExpressions', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {}
          matchExpressions: []
    `, errors: [{ message: empty, line: 3, column: 3 }] },
    { name: 'labels written straight under selector', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          app: agent
        template:
          metadata: {labels: {app: agent}}
    `, errors: [{
      message: 'spec.selector has app but no matchLabels: labels go there', help: 'A selector has only matchLabels and matchExpressions: app is not a selector field, so this selector is empty and the API server rejects it. Move the labels under spec.selector.matchLabels.',
      line: 4, column: 5, endColumn: 8,
    }] },
    { name: 'matchLabels pair absent from the template labels: reported on the selector key', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels:
            app: agent
            tier: node
        template:
          metadata:
            labels:
              app: agent
    `, errors: [{ message: 'pod template has no label tier, which the selector requires', help: "spec.selector requires tier=node, but spec.template.metadata.labels has no label tier: the selector would not match the DaemonSet's own pods, and the API server rejects it. Add the label to the pod template.", line: 6, column: 7, endLine: 6, endColumn: 11 }] },
    { name: 'value differs: reported on the template value', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels:
            app: agent
        template:
          metadata:
            labels:
              app: agent-v2
    `, errors: [{ message: 'pod template label app=agent-v2 does not satisfy app=agent', help: "spec.template.metadata.labels has app=agent-v2, but spec.selector requires app=agent: the selector would not match the DaemonSet's own pods, and the API server rejects it. Change the template label (spec.selector cannot change once the DaemonSet exists).", line: 9, column: 14, endLine: 9, endColumn: 22 }] },
    { name: 'template labels missing entirely: one finding naming every label needed', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: tier, operator: In, values: [node]}
          - {key: debug, operator: DoesNotExist}
          - {key: zone, operator: Exists}
        template:
          metadata:
            name: agent
    `, errors: [{ message: 'pod template labels are missing: the selector matches none of its pods', help: "spec.template.metadata.labels is missing, so spec.selector selects none of the DaemonSet's own pods, and the API server rejects it. Add labels that satisfy app=agent, tier in (node), zone to exist.", line: 10, column: 5, endColumn: 13 }] },
    { name: 'template without metadata: reported on template', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          spec: {}
    `, errors: [{ message: 'pod template labels are missing: the selector matches none of its pods', line: 4, column: 3, endColumn: 11 }] },
    { name: 'template labels empty', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: agent}}
        template:
          metadata:
            labels: {}
    `, errors: [{ message: 'pod template labels are empty: the selector matches none of its pods', line: 6, column: 7 }] },
    { name: 'In: label absent (on the expression key) and value not listed (on the template value)', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchExpressions:
          - key: tier
            operator: In
            values: [node, edge]
          - key: zone
            operator: In
            values: [a, b]
        template:
          metadata:
            labels: {tier: web, app: agent}
    `, errors: [
      { message: 'pod template has no label zone, which the selector requires', line: 8, column: 12, endColumn: 16 },
      { message: 'pod template label tier=web does not satisfy tier in (node, edge)', line: 13, column: 22, endColumn: 25 },
    ] },
    { name: 'NotIn: the template has an excluded value', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: track, operator: NotIn, values: [canary, beta]}
        template:
          metadata:
            labels: {app: agent, track: beta}
    `, errors: [{ message: 'pod template label track=beta does not satisfy track notin (canary, beta)', line: 9, column: 35, endColumn: 39 }] },
    { name: 'Exists: the template lacks the label', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: tier, operator: Exists}
        template:
          metadata:
            labels: {app: agent}
    `, errors: [{ message: 'pod template has no label tier, which the selector requires', line: 6, column: 13, endColumn: 17 }] },
    { name: 'DoesNotExist: reported on the template label key', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: debug, operator: DoesNotExist}
        template:
          metadata:
            labels:
              app: agent
              debug: "true"
    `, errors: [{
      message: 'pod template has label debug, which the selector excludes', help: "spec.selector requires debug not to exist, but spec.template.metadata.labels has label debug: the selector would not match the DaemonSet's own pods, and the API server rejects it. Remove the label from the pod template.",
      line: 11, column: 9, endColumn: 14,
    }] },
    { name: 'bad operators: wrong case, a node selector operator, none at all', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: tier, operator: in, values: [node]}
          - {key: cpu, operator: Gt, values: ["4"]}
          - {key: zone, values: [a]}
        template:
          metadata:
            labels: {app: agent}
    `, errors: [
      { message: 'unknown selector operator "in": use In', help: 'The API server accepts only In, NotIn, Exists or DoesNotExist as the operator of a selector requirement (spec.selector.matchExpressions[0]).', line: 6, column: 29, endColumn: 31 },
      { message: 'unknown selector operator "Gt": use In, NotIn, Exists or DoesNotExist', line: 7, column: 28 },
      { message: 'spec.selector.matchExpressions[2] has no operator', help: 'The API server rejects a selector requirement without an operator: use In, NotIn, Exists or DoesNotExist.', line: 8, column: 7, endColumn: 31 },
    ] },
    { name: 'values with Exists and DoesNotExist; none with In and NotIn', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - key: tier
            operator: Exists
            values: [node]
          - {key: debug, operator: DoesNotExist, values: ["true"]}
          - key: zone
            operator: In
          - {key: track, operator: NotIn, values: []}
        template:
          metadata:
            labels: {app: agent, tier: node}
    `, errors: [
      { message: 'spec.selector.matchExpressions[0] uses Exists but lists values', help: 'Exists tests only whether tier exists and takes no values: the API server rejects them. Remove values.', line: 8, column: 7, endColumn: 13 },
      { message: 'spec.selector.matchExpressions[1] uses DoesNotExist but lists values', line: 9, column: 44 },
      { message: 'spec.selector.matchExpressions[2] uses In without values', help: 'In compares zone with a list of values and needs at least one: the API server rejects an empty list. Add values, or use Exists or DoesNotExist.', line: 10, column: 7, endLine: 11, endColumn: 19 },
      { message: 'spec.selector.matchExpressions[3] uses NotIn without values', line: 12, column: 37 },
    ] },
    { name: 'expression without a key', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {operator: Exists}
        template:
          metadata: {labels: {app: agent}}
    `, errors: [{ message: 'spec.selector.matchExpressions[0] has no key', help: 'Each selector requirement names the label it tests, and the API server rejects one without a key. Add key: with the label name.', line: 6, column: 7 }] },
    { name: 'expression without a key or values: both problems, each once', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {operator: NotIn}
          - {operator: In, values: [a_]}
        template:
          metadata: {labels: {app: agent}}
    `, errors: [
      { message: 'spec.selector.matchExpressions[0] has no key', line: 6, column: 7, endColumn: 24 },
      { message: 'spec.selector.matchExpressions[0] uses NotIn without values', line: 6, column: 7 },
      { message: 'spec.selector.matchExpressions[1] has no key', line: 7, column: 7 },
      { message: 'invalid value "a_" for label (no key)', help: "The API server rejects this value of (no key) in spec.selector.matchExpressions[1].values: a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?').", line: 7, column: 31, endColumn: 33 },
    ] },
    { name: 'invalid label keys in matchLabels, an expression and the template', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels:
            -app: agent
            Example.com/tier: node
          matchExpressions:
          - {key: a/b/c, operator: Exists}
        template:
          metadata:
            labels: {-app: agent, "my label": x}
    `, errors: [
      { message: 'invalid label key "-app" in spec.selector.matchLabels', help: "The API server rejects this label key: name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]').", line: 5, column: 7, endColumn: 11 },
      {
        message: `invalid label key "Example.com/tier" in spec.selector.matchLabels`,
        line: 6, column: 7,
      },
      {
        message: 'invalid label key "a/b/c" in spec.selector.matchExpressions[0].key',
        line: 8, column: 13, endColumn: 18,
      },
      { message: 'invalid label key "-app" in spec.template.metadata.labels', line: 11, column: 16, endColumn: 20 },
      { message: 'invalid label key "my label" in spec.template.metadata.labels', line: 11, column: 29, endColumn: 39 },
    ] },
    { name: 'invalid label values: bad characters, too long, in values of an expression', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels:
            app: agent_
            owner: ${'x'.repeat(64)}
          matchExpressions:
          - {key: tier, operator: In, values: [node, "edge node"]}
        template:
          metadata:
            labels: {app: agent_, owner: x, tier: node}
    `, errors: [
      { message: 'invalid value "agent_" for label app', line: 5, column: 12, endColumn: 18 },
      { message: 'invalid value "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" for label owner', line: 6, column: 14, endColumn: 78 },
      { message: 'invalid value "edge node" for label tier', line: 8, column: 48, endColumn: 59 },
      { message: 'invalid value "agent_" for label app', line: 11, column: 21 },
    ] },
    { name: 'numbers and YAML 1.1 booleans are not strings: each side reported once, no mismatch on top', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels:
            app: agent
            version: 1
            enabled: yes
          matchExpressions:
          - {key: mode, operator: In, values: [on, "x"]}
        template:
          metadata:
            labels:
              app: agent
              version: "1"
              enabled: yes
              mode: x
              release: 0755
    `, errors: [
      { message: 'label version has the number 1 as its value: quote it', help: 'YAML reads the value of version in spec.selector.matchLabels as the number 1, not a string; label values are strings, so the API server rejects it. Quote the value.', line: 6, column: 16, endColumn: 17 },
      { message: 'label enabled has the boolean true as its value: quote it', line: 7, column: 16, endColumn: 19 },
      { message: 'label mode has the boolean true as its value: quote it', line: 9, column: 42, endColumn: 44 },
      { message: 'label enabled has the boolean true as its value: quote it', line: 15, column: 18 },
      { message: 'label release has the number 493 as its value: quote it', line: 17, column: 18, endColumn: 22 },
    ] },
    { name: 'flow style throughout', code: yaml`
      kind: DaemonSet
      spec: {selector: {matchLabels: {app: agent, tier: node}}, template: {metadata: {labels: {app: agnet}}}}
    `, errors: [
      { message: 'pod template has no label tier, which the selector requires', line: 2, column: 45, endColumn: 49 },
      { message: 'pod template label app=agnet does not satisfy app=agent', line: 2, column: 95, endColumn: 100 },
    ] },
    { name: 'DaemonSet as a List item', code: yaml`
      apiVersion: v1
      kind: List
      items:
        - apiVersion: apps/v1
          kind: DaemonSet
          metadata: {name: agent}
          spec:
            selector:
              matchLabels: {name: agent}
            template:
              metadata:
                labels: {app: agent}
    `, errors: [{ message: 'pod template has no label name, which the selector requires', line: 9, column: 23, endColumn: 27 }] },
    { name: 'an invalid requirement is reported as invalid only; the valid ones are still matched', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent}
          matchExpressions:
          - {key: tier, operator: IN, values: [node]}
        template:
          metadata:
            labels: {app: other}
    `, errors: [
      { message: 'unknown selector operator "IN": use In', line: 6, column: 29 },
      { message: 'pod template label app=other does not satisfy app=agent', line: 9, column: 21, endColumn: 26 },
    ] },
    { name: 'spec with no value', code: yaml`
      kind: DaemonSet
      spec:
    `, errors: [{ message: missing, line: 2, column: 1, endColumn: 5 }] },
    { name: 'a template label the API rejects is reported once, not again as a mismatch', code: yaml`
      kind: DaemonSet
      spec:
        selector:
          matchLabels: {app: agent, version: "2"}
        template:
          metadata:
            labels: {app: agent_, version: 2}
    `, errors: [
      { message: 'invalid value "agent_" for label app', line: 7, column: 21, endColumn: 27 },
      { message: 'label version has the number 2 as its value: quote it', line: 7, column: 38, endColumn: 39 },
    ] },
  ],
});
