import rule from '../../src/rules/update-strategy.js';
import { RuleTester, yaml } from '../../src/testing/rule-tester.js';

const unsupported = (value: string): string =>
  `spec.updateStrategy: Unsupported value: ${value}: supported values: "RollingUpdate", "OnDelete"`;
const field = (name: string): string => `spec.updateStrategy.rollingUpdate.${name}`;
const invalidPercent = (name: string, value: string): string =>
  `${field(name)}: Invalid value: ${value}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%' or '93%', regex used for validation is '[0-9]+%')`;
const negative = (name: string, value: string): string => `${field(name)}: Invalid value: ${value}: must be greater than or equal to 0`;
const over100 = (name: string, value: string): string => `${field(name)}: Invalid value: ${value}: must not be greater than 100%`;
const bothZero = 'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0';
const bothZeroSurgeDefaulted = `${bothZero} (maxSurge defaults to 0 when left out)`;
const bothNonZero = (value: string): string =>
  `spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: ${value}: may not be set when maxUnavailable is non-zero`;
const bothNonZeroDefaulted = (value: string): string =>
  `${bothNonZero(value)} (maxUnavailable defaults to 1 when left out: set maxUnavailable: 0 to surge)`;

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
    `, errors: [{ message: unsupported('"Recreate"'), line: 4, column: 11, endLine: 4, endColumn: 19 }] },
    { name: 'types are case-sensitive', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy: {type: rollingUpdate, rollingUpdate: {maxUnavailable: 0}}
    `, errors: [{ message: unsupported('"rollingUpdate"'), line: 3, column: 26 }] },
    { name: 'a quoted number is a string, and not a percentage', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: "1"
    `, errors: [{ message: invalidPercent('maxUnavailable', '"1"'), line: 5, column: 23, endColumn: 26 }] },
    { name: 'negative', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: -1
    `, errors: [{ message: negative('maxUnavailable', '-1'), line: 5, column: 23 }] },
    { name: 'more than 100%', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxUnavailable: 150%
    `, errors: [{ message: over100('maxUnavailable', '"150%"'), line: 6, column: 23 }] },
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
    `, errors: [{ message: bothZeroSurgeDefaulted, line: 5, column: 23 }] },
    { name: 'maxSurge alone: maxUnavailable defaults to 1', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          type: RollingUpdate
          rollingUpdate:
            maxSurge: 1
    `, errors: [{ message: bothNonZeroDefaulted('1'), line: 6, column: 17 }] },
    { name: 'Deployment habit: 25% and 25%', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: 25%
            maxSurge: 25%
    `, errors: [{ message: bothNonZero('"25%"'), line: 6, column: 17 }] },
    { name: 'not a number at all: invalid, and counted as 0', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxUnavailable: all
    `, errors: [
      { message: invalidPercent('maxUnavailable', '"all"'), line: 5, column: 23 },
      { message: bothZeroSurgeDefaulted, line: 5, column: 23 },
    ] },
    { name: 'a quoted number still counts as non-zero', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate:
            maxSurge: "1"
    `, errors: [
      { message: invalidPercent('maxSurge', '"1"'), line: 5, column: 17 },
      { message: bothNonZeroDefaulted('"1"'), line: 5, column: 17 },
    ] },
    { name: 'negative surge with zero unavailability', code: yaml`
      kind: DaemonSet
      spec:
        updateStrategy:
          rollingUpdate: {maxUnavailable: 0, maxSurge: -2}
    `, errors: [{ message: negative('maxSurge', '-2'), line: 4, column: 50 }] },
    { name: 'a DaemonSet item of a List', code: yaml`
      kind: List
      items:
        - kind: DaemonSet
          spec:
            updateStrategy: {type: Rolling}
    `, errors: [{ message: unsupported('"Rolling"'), line: 5, column: 30 }] },
  ],
});
