import { defineRule } from '../types/rule.js';
import type { JsonPath } from '../types/finding.js';
import { asRecord } from '../k8s/values.js';
import {
  INVALID_PERCENT_MESSAGE,
  formatIntOrString,
  intOrPercentValue,
  parseIntOrString,
  percentValue,
  type IntOrString,
} from '../k8s/int-or-percent.js';

/**
 * Mirrors what the API server does with `spec.updateStrategy` of an apps/v1 DaemonSet:
 * defaulting first (SetDefaults_DaemonSet in pkg/apis/apps/v1/defaults.go), then
 * ValidateDaemonSetUpdateStrategy and ValidateRollingUpdateDaemonSet in
 * pkg/apis/apps/validation/validation.go
 * (https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go).
 * Messages use the API server's own wording and field paths.
 */
/** A message for something the API server rejects: the headline, then the API's error and how to fix it. */
function rejected(message: string, api: string, fix: string): { message: string; help: string; api: string } {
  return { message, help: `The API server rejects this DaemonSet: ${api}. ${fix}`, api };
}

const BOTH_ZERO_FIX =
  'A rolling update must either take a pod down (maxUnavailable) or start one beside it (maxSurge): set maxUnavailable to 1 or more to replace pods in place, or maxSurge to 1 or more to start each new pod before its old one stops.';

/**
 * Each message: the headline, the help, and `api`, the API server's own error (the help quotes
 * it, and no-deployment-fields says what a renamed Deployment strategy would be rejected with).
 */
export const messages = {
  // field.NotSupported(fldPath, strategy, ["RollingUpdate", "OnDelete"]): the API reports it on
  // spec.updateStrategy as a whole; the value shown here is the type, the part that is wrong.
  unsupportedType: rejected(
    'updateStrategy.type {{value}} is not supported: use RollingUpdate or OnDelete',
    'spec.updateStrategy: Unsupported value: {{value}}: supported values: "RollingUpdate", "OnDelete"',
    'RollingUpdate replaces pods node by node when the template changes; OnDelete replaces a pod only when it is deleted.',
  ),
  // ValidatePositiveIntOrPercent, string case: validation.IsValidPercent.
  invalidPercent: rejected(
    '{{name}} {{value}} is not a valid percent: write digits and %, like 10%',
    `{{field}}: Invalid value: {{value}}: ${INVALID_PERCENT_MESSAGE}`,
    'Write a whole number of percent followed by %, or a number of pods without quotes.',
  ),
  // ValidatePositiveIntOrPercent, int case: ValidateNonnegativeField.
  negative: rejected('{{name}} {{value}} is negative: use 0 or more', '{{field}}: Invalid value: {{value}}: must be greater than or equal to 0', 'Use a number of pods of 0 or more, or a percent of the nodes.'),
  // IsNotMoreThan100Percent.
  over100: rejected('{{name}} {{value}} is over 100%', '{{field}}: Invalid value: {{value}}: must not be greater than 100%', 'Use at most 100% (every node at once).'),
  // "Validate exactly one of MaxSurge or MaxUnavailable is non-zero".
  bothZero: rejected(
    'maxUnavailable and maxSurge are both 0: no pod could ever be replaced',
    'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0',
    BOTH_ZERO_FIX,
  ),
  bothZeroSurgeDefaulted: rejected(
    'maxUnavailable is 0 and maxSurge defaults to 0: no pod could be replaced',
    'spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0 (maxSurge defaults to 0 when left out)',
    BOTH_ZERO_FIX,
  ),
  bothNonZero: rejected(
    'maxSurge {{value}} and maxUnavailable are both non-zero: set one to 0',
    'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: {{value}}: may not be set when maxUnavailable is non-zero',
    'A DaemonSet either surges (maxSurge above 0, maxUnavailable: 0: the new pod starts before the old one stops) or replaces in place (maxUnavailable above 0, maxSurge: 0).',
  ),
  bothNonZeroUnavailableDefaulted: rejected(
    'maxSurge {{value}} needs maxUnavailable: 0 (it defaults to 1)',
    'spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: {{value}}: may not be set when maxUnavailable is non-zero (maxUnavailable defaults to 1 when left out: set maxUnavailable: 0 to surge)',
    'To surge (start the new pod before the old one stops), set maxUnavailable: 0; to replace pods in place, remove maxSurge.',
  ),
} as const;


export type UpdateStrategyMessageId = keyof typeof messages;

/** One thing the API server rejects, with its path relative to the strategy object. */
export interface UpdateStrategyProblem {
  path: JsonPath;
  messageId: UpdateStrategyMessageId;
  data: Record<string, string>;
}

const FIELD_PREFIX = 'spec.updateStrategy.rollingUpdate';

/**
 * What the API server would reject in `strategy` if it were a DaemonSet's `spec.updateStrategy`.
 * Values of the wrong type are skipped (the schema rule reports them; the API would fail to
 * decode the object before validating it). Exported for rules that need to know whether a
 * strategy written elsewhere (a Deployment's `strategy`) would be accepted as an updateStrategy.
 */
export function updateStrategyProblems(strategy: unknown): readonly UpdateStrategyProblem[] {
  if (strategy === null || strategy === undefined) return NO_PROBLEMS;
  const record = asRecord(strategy);
  if (!record) return NO_PROBLEMS;

  // SetDefaults_DaemonSet: an empty type becomes RollingUpdate.
  const type = record.type ?? '';
  if (typeof type !== 'string') return NO_PROBLEMS;
  if (type === 'OnDelete') {
    // ValidateDaemonSetUpdateStrategy does not look at rollingUpdate for OnDelete: it is accepted
    // and ignored, so there is nothing the API rejects.
    return NO_PROBLEMS;
  }
  if (type !== '' && type !== 'RollingUpdate') {
    return [{ path: ['type'], messageId: 'unsupportedType', data: { value: JSON.stringify(type) } }];
  }

  // SetDefaults_DaemonSet: a missing rollingUpdate is created, then maxUnavailable defaults to 1
  // and maxSurge to 0 (a null value is the same as a missing one).
  const rollingUpdate = record.rollingUpdate ?? DEFAULTED_ROLLING_UPDATE;
  const fields = asRecord(rollingUpdate);
  if (!fields) return NO_PROBLEMS;
  const rawUnavailable = fields.maxUnavailable;
  const rawSurge = fields.maxSurge;
  const unavailableGiven = rawUnavailable !== undefined && rawUnavailable !== null;
  const surgeGiven = rawSurge !== undefined && rawSurge !== null;
  // The decoded or defaulted value; undefined when the written value has the wrong type.
  const unavailable = unavailableGiven ? parseIntOrString(rawUnavailable) : DEFAULT_MAX_UNAVAILABLE;
  const surge = surgeGiven ? parseIntOrString(rawSurge) : DEFAULT_MAX_SURGE;

  let problems: UpdateStrategyProblem[] | undefined;
  if (unavailable && unavailableGiven) problems = valueProblem('maxUnavailable', unavailable, problems);
  if (surge && surgeGiven) problems = valueProblem('maxSurge', surge, problems);
  // Whether each is zero is only known when both decode; otherwise the API never gets this far.
  if (!unavailable || !surge) return problems ?? NO_PROBLEMS;
  const hasUnavailable = intOrPercentValue(unavailable) !== 0;
  const hasSurge = intOrPercentValue(surge) !== 0;
  if (hasUnavailable && hasSurge) {
    (problems ??= []).push({
      path: ['rollingUpdate', 'maxSurge'],
      messageId: unavailableGiven ? 'bothNonZero' : 'bothNonZeroUnavailableDefaulted',
      data: { value: formatIntOrString(surge) },
    });
  } else if (!hasUnavailable && !hasSurge) {
    (problems ??= []).push({
      path: ['rollingUpdate', 'maxUnavailable'],
      messageId: surgeGiven ? 'bothZero' : 'bothZeroSurgeDefaulted',
      data: {},
    });
  }
  return problems ?? NO_PROBLEMS;
}

/** What nearly every DaemonSet gets: nothing is built for a strategy the API accepts. */
const NO_PROBLEMS: readonly UpdateStrategyProblem[] = Object.freeze([]);
const DEFAULTED_ROLLING_UPDATE: Readonly<Record<string, unknown>> = Object.freeze({});
const DEFAULT_MAX_UNAVAILABLE: IntOrString = { kind: 'int', value: 1 };
const DEFAULT_MAX_SURGE: IntOrString = { kind: 'int', value: 0 };

/** ValidatePositiveIntOrPercent and IsNotMoreThan100Percent for one field: adds its problem, if any. */
function valueProblem(name: 'maxUnavailable' | 'maxSurge', value: IntOrString, problems: UpdateStrategyProblem[] | undefined): UpdateStrategyProblem[] | undefined {
  let messageId: UpdateStrategyMessageId | undefined;
  if (value.kind === 'int') {
    if (value.value < 0) messageId = 'negative';
  } else {
    const percent = percentValue(value);
    if (percent === undefined) messageId = 'invalidPercent';
    else if (percent > 100) messageId = 'over100';
  }
  if (messageId === undefined) return problems;
  (problems ??= []).push({ path: ['rollingUpdate', name], messageId, data: { field: `${FIELD_PREFIX}.${name}`, name, value: formatIntOrString(value) } });
  return problems;
}

export default defineRule({
  id: 'update-strategy',
  meta: {
    description: 'spec.updateStrategy is one the API server accepts: a known type, and maxUnavailable/maxSurge it can use.',
    severity: 'error',
    fixable: false,
    messages,
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (!spec) return;
    const problems = updateStrategyProblems(spec.updateStrategy);
    for (let i = 0; i < problems.length; i++) {
      const problem = problems[i];
      context.report({
        path: ['spec', 'updateStrategy', ...problem.path],
        at: 'value',
        messageId: problem.messageId,
        data: problem.data,
      });
    }
  },
});
