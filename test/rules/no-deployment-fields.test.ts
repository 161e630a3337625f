import rule from '../../src/rules/no-deployment-fields.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const strategy =
  'spec.strategy is a Deployment field: rename it to spec.updateStrategy';
const strategyRecreate =
  'spec.strategy Recreate is a Deployment strategy: DaemonSets have none';
const strategyUnknownKeys =
  'spec.strategy is a Deployment field: move what applies to updateStrategy';
const strategyAndUpdateStrategy =
  'spec.strategy is a Deployment field, and spec.updateStrategy is set';
const paused =
  'spec.paused is a Deployment field: a DaemonSet cannot be paused';
const pausedFalse = 'spec.paused is a Deployment field: remove it';
const progressDeadlineSeconds =
  'spec.progressDeadlineSeconds is a Deployment field: remove it';

new RuleTester().run(rule, {
  valid: [
    { name: 'updateStrategy only', code: yaml`
      apiVersion: apps/v1
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate: {maxUnavailable: 1}
    ` },
    { name: 'a Deployment may have all three', code: yaml`
      apiVersion: apps/v1
      kind: Deployment
      spec:
        strategy: {type: Recreate}
        paused: true
        progressDeadlineSeconds: 600
    ` },
    { name: 'the same names elsewhere in a DaemonSet are not spec fields', code: yaml`
      kind: DaemonSet
      metadata:
        labels: {strategy: canary, paused: "false"}
      spec:
        template:
          metadata:
            annotations: {progressDeadlineSeconds: "600"}
    ` },
    { name: 'spec missing', code: yaml`
      kind: DaemonSet
      metadata: {name: a}
    ` },
    { name: 'spec is not a mapping', code: yaml`
      kind: DaemonSet
      spec: [strategy, paused]
    ` },
  ],
  invalid: [
    { name: 'strategy with a type a DaemonSet has: renamed', code: yaml`
      kind: DaemonSet
      spec:
        strategy:
          type: RollingUpdate
        selector: {matchLabels: {app: a}}
    `, errors: [{ message: strategy, line: 3, column: 3, endLine: 3, endColumn: 11 }], output: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'rolling update parameters valid for a DaemonSet: renamed', code: yaml`
      kind: DaemonSet
      spec: {strategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 10%}}}
    `, errors: [{ message: strategy, line: 2, column: 8 }], output: yaml`
      kind: DaemonSet
      spec: {updateStrategy: {type: RollingUpdate, rollingUpdate: {maxUnavailable: 0, maxSurge: 10%}}}
    ` },
    { name: 'an empty strategy: renamed', code: yaml`
      kind: DaemonSet
      spec:
        strategy:
    `, errors: [{ message: strategy, line: 3, column: 3 }], output: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
    ` },
    { name: 'Recreate: no DaemonSet equivalent, no fix', code: yaml`
      kind: DaemonSet
      spec:
        strategy:
          type: Recreate
    `, errors: [{ message: strategyRecreate, line: 3, column: 3 }], output: null },
    { name: 'Deployment percentages would be rejected as an updateStrategy: no fix', code: yaml`
      kind: DaemonSet
      spec:
        strategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: 25%
            maxUnavailable: 25%
    `, errors: [{
      message: 'spec.strategy is a Deployment field, and invalid as spec.updateStrategy', help: "DaemonSetSpec has no strategy field (only DeploymentSpec has): with strict field validation (kubectl's default since 1.27) the API server rejects it, and without it the field is dropped, so what it asks for never happens. A DaemonSet rolls out by spec.updateStrategy, but renamed as it is the API server would reject it: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: \"25%\": may not be set when maxUnavailable is non-zero. DaemonSets default maxUnavailable to 1 and maxSurge to 0, not 25% as Deployments do: move the strategy to spec.updateStrategy with values a DaemonSet accepts.",
      line: 3, column: 3,
    }], output: null },
    { name: 'maxSurge alone would be rejected as an updateStrategy: no fix', code: yaml`
      kind: DaemonSet
      spec:
        strategy:
          rollingUpdate: {maxSurge: 1}
    `, errors: [{
      message: 'spec.strategy is a Deployment field, and invalid as spec.updateStrategy',
      line: 3, column: 3,
    }], output: null },
    { name: 'keys an updateStrategy does not have: no fix', code: yaml`
      kind: DaemonSet
      spec:
        strategy:
          type: RollingUpdate
          rollingParams: {timeoutSeconds: 60}
    `, errors: [{ message: strategyUnknownKeys, line: 3, column: 3 }], output: null },
    { name: 'strategy next to updateStrategy: not ours to choose, no fix', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {type: OnDelete}
        strategy: {type: RollingUpdate}
    `, errors: [{ message: strategyAndUpdateStrategy, line: 4, column: 3 }], output: null },
    { name: 'paused: true states an intent a DaemonSet cannot honour: no fix', code: yaml`
      kind: DaemonSet
      spec:
        paused: true
        selector: {}
    `, errors: [{ message: paused, line: 3, column: 3, endColumn: 9 }], output: null },
    { name: 'paused: false asks for nothing: deleted', code: yaml`
      kind: DaemonSet
      spec:
        paused: false
        selector: {}
    `, errors: [{ message: pausedFalse, line: 3, column: 3 }], output: yaml`
      kind: DaemonSet
      spec:
        selector: {}
    ` },
    { name: 'progressDeadlineSeconds: deleted', code: yaml`
      kind: DaemonSet
      spec:
        selector: {}
        progressDeadlineSeconds: 600 # ten minutes
    `, errors: [{ message: progressDeadlineSeconds, line: 4, column: 3, endColumn: 26 }], output: yaml`
      kind: DaemonSet
      spec:
        selector: {}
    ` },
    { name: 'all three from a Deployment, in a List: every fix made', code: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            progressDeadlineSeconds: 600
            paused: false
            strategy:
              type: RollingUpdate
              rollingUpdate:
                maxUnavailable: 2
            selector: {}
    `, errors: [
      { message: progressDeadlineSeconds, line: 5, column: 7 },
      { message: pausedFalse, line: 6, column: 7 },
      { message: strategy, line: 7, column: 7 },
    ], output: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            updateStrategy:
              type: RollingUpdate
              rollingUpdate:
                maxUnavailable: 2
            selector: {}
    ` },
  ],
});
