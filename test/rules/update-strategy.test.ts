import rule from '../../src/rules/update-strategy.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const bothZero = 'maxUnavailable and maxSurge are both 0: no pod could ever be replaced';

new RuleTester().run(rule, {
  valid: [
    { name: 'no updateStrategy: RollingUpdate with maxUnavailable 1', code: yaml`
      kind: DaemonSet
      spec:
        selector: {matchLabels: {app: a}}
    ` },
    { name: 'empty updateStrategy is defaulted', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {}
    ` },
    { name: 'a percentage', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 10%
          type: RollingUpdate
    ` },
    { name: 'OnDelete', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: OnDelete
    ` },
    { name: 'OnDelete ignores rollingUpdate, even values RollingUpdate would reject', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: OnDelete
          rollingUpdate: {maxUnavailable: 0, maxSurge: 0}
    ` },
    { name: 'surge instead of unavailability', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 0
            maxSurge: 1
    ` },
    { name: 'surge as a percentage, type left out', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate: {maxUnavailable: "0%", maxSurge: 100%}
    ` },
    { name: 'both written, exactly one non-zero', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: 0
            maxUnavailable: 1
    ` },
    { name: 'empty values are defaulted like missing ones', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type:
          rollingUpdate:
            maxUnavailable:
            maxSurge:
    ` },
    { name: 'a large absolute number is allowed', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {rollingUpdate: {maxUnavailable: 500}}
    ` },
    { name: 'wrong types are the schema rule\'s', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: true
            maxSurge: 1.5
    ` },
    { name: 'a type that is not a string, a rollingUpdate that is a list', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {type: 3, rollingUpdate: [1]}
    ` },
    { name: 'a Deployment strategy is not ours', code: yaml`
      kind: Deployment
      spec:
        updateStrategy: {type: Recreate}
    ` },
  ],
  invalid: [
    { name: 'Recreate is a Deployment type', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: Recreate
    `, errors: [{ message: 'updateStrategy.type "Recreate" is not supported: use RollingUpdate or OnDelete', help: 'The API server rejects this DaemonSet: spec.updateStrategy: Unsupported value: "Recreate": supported values: "RollingUpdate", "OnDelete". RollingUpdate replaces pods node by node when the template changes; OnDelete replaces a pod only when it is deleted.', line: 4, column: 11, endLine: 4, endColumn: 19 }] },
    { name: 'types are case-sensitive', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {type: rollingUpdate, rollingUpdate: {maxUnavailable: 0}}
    `, errors: [{ message: 'updateStrategy.type "rollingUpdate" is not supported: use RollingUpdate or OnDelete', line: 3, column: 26 }] },
    { name: 'a quoted number is a string, and not a percentage', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: "1"
    `, errors: [{ message: 'maxUnavailable "1" is not a valid percent: write digits and %, like 10%', help: "The API server rejects this DaemonSet: spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: \"1\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%'). Write a whole number of percent followed by %, or a number of pods without quotes.", line: 5, column: 23, endColumn: 26 }] },
    { name: 'negative', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: -1
    `, errors: [{ message: 'maxUnavailable -1 is negative: use 0 or more', help: 'The API server rejects this DaemonSet: spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: -1: must be greater than or equal to 0. Use a number of pods of 0 or more, or a percent of the nodes.', line: 5, column: 23 }] },
    { name: 'more than 100%', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 150%
    `, errors: [{ message: 'maxUnavailable "150%" is over 100%', help: 'The API server rejects this DaemonSet: spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%. Use at most 100% (every node at once).', line: 6, column: 23 }] },
    { name: 'both zero', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 0
            maxSurge: 0
    `, errors: [{ message: bothZero, line: 5, column: 23 }] },
    { name: 'maxUnavailable 0% alone: maxSurge defaults to 0', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 0%
    `, errors: [{ message: 'maxUnavailable is 0 and maxSurge defaults to 0: no pod could be replaced', help: 'The API server rejects this DaemonSet: spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0 (maxSurge defaults to 0 when left out). A rolling update must either take a pod down (maxUnavailable) or start one beside it (maxSurge): set maxUnavailable to 1 or more to replace pods in place, or maxSurge to 1 or more to start each new pod before its old one stops.', line: 5, column: 23 }] },
    { name: 'maxSurge alone: maxUnavailable defaults to 1', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: 1
    `, errors: [{ message: 'maxSurge 1 needs maxUnavailable: 0 (it defaults to 1)', help: 'The API server rejects this DaemonSet: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero (maxUnavailable defaults to 1 when left out: set maxUnavailable: 0 to surge). To surge (start the new pod before the old one stops), set maxUnavailable: 0; to replace pods in place, remove maxSurge.', line: 6, column: 17 }] },
    { name: 'Deployment habit: 25% and 25%', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 25%
            maxSurge: 25%
    `, errors: [{ message: 'maxSurge "25%" and maxUnavailable are both non-zero: set one to 0', help: 'The API server rejects this DaemonSet: spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: "25%": may not be set when maxUnavailable is non-zero. A DaemonSet either surges (maxSurge above 0, maxUnavailable: 0: the new pod starts before the old one stops) or replaces in place (maxUnavailable above 0, maxSurge: 0).', line: 6, column: 17 }] },
    { name: 'not a number at all: invalid, and counted as 0', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: all
    `, errors: [
      { message: 'maxUnavailable "all" is not a valid percent: write digits and %, like 10%', line: 5, column: 23 },
      { message: 'maxUnavailable is 0 and maxSurge defaults to 0: no pod could be replaced', line: 5, column: 23 },
    ] },
    { name: 'a quoted number still counts as non-zero', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxSurge: "1"
    `, errors: [
      { message: 'maxSurge "1" is not a valid percent: write digits and %, like 10%', line: 5, column: 17 },
      { message: 'maxSurge "1" needs maxUnavailable: 0 (it defaults to 1)', line: 5, column: 17 },
    ] },
    { name: 'negative surge with zero unavailability', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate: {maxUnavailable: 0, maxSurge: -2}
    `, errors: [{ message: 'maxSurge -2 is negative: use 0 or more', line: 4, column: 50 }] },
    { name: 'a DaemonSet item of a List', code: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            updateStrategy: {type: Rolling}
    `, errors: [{ message: 'updateStrategy.type "Rolling" is not supported: use RollingUpdate or OnDelete', line: 5, column: 30 }] },
  ],
});
