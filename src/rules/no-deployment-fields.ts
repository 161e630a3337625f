import { defineRule, formatMessage, type RuleContext } from '../types/rule.js';
import { asRecord } from '../k8s/values.js';
import { messages as updateStrategyMessages, updateStrategyProblems } from './update-strategy.js';

/*
 * `strategy`, `paused` and `progressDeadlineSeconds` exist in DeploymentSpec only
 * (staging/src/k8s.io/api/apps/v1/types.go); DaemonSetSpec has none of them. With strict field
 * validation (kubectl's default since 1.27) the API server rejects them as unknown fields; without
 * it they are dropped, so what they ask for never happens.
 */

/** The keys a Deployment strategy can have that mean the same in a DaemonSet updateStrategy. */
const STRATEGY_KEYS = new Set(['type', 'rollingUpdate']);
const ROLLING_UPDATE_KEYS = new Set(['maxUnavailable', 'maxSurge']);

export default defineRule({
  id: 'no-deployment-fields',
  meta: {
    description: 'No Deployment-only fields in a DaemonSet spec: strategy, paused, progressDeadlineSeconds.',
    severity: 'error',
    fixable: true,
    messages: {
      strategy:
        'spec.strategy is a Deployment field, so it is ignored or rejected here: a DaemonSet rolls out by spec.updateStrategy; rename it',
      strategyRecreate:
        'spec.strategy is a Deployment field, and DaemonSets have no Recreate strategy: use spec.updateStrategy with type OnDelete (pods are replaced only when deleted) or RollingUpdate with maxUnavailable: 100% (all at once)',
      strategyInvalid:
        'spec.strategy is a Deployment field: a DaemonSet rolls out by spec.updateStrategy, but renamed as it is the API would reject it ({{problem}})',
      strategyUnknownKeys:
        'spec.strategy is a Deployment field: a DaemonSet rolls out by spec.updateStrategy, which has only type and rollingUpdate (maxUnavailable, maxSurge); move what applies there',
      strategyAndUpdateStrategy:
        'spec.strategy is a Deployment field and is ignored or rejected here: spec.updateStrategy already sets how this DaemonSet rolls out; remove spec.strategy',
      paused:
        'spec.paused is a Deployment field: a DaemonSet cannot be paused; to hold back updates use spec.updateStrategy type OnDelete, then remove spec.paused',
      pausedFalse: 'spec.paused is a Deployment field, and a DaemonSet cannot be paused; remove it',
      progressDeadlineSeconds:
        'spec.progressDeadlineSeconds is a Deployment field: DaemonSet rollouts have no progress deadline; remove it',
    },
    defaultOptions: {},
    tags: ['api'],
  },
  check(daemonSet, context) {
    const spec = asRecord(daemonSet.spec);
    if (!spec) return;

    if ('strategy' in spec) checkStrategy(spec, context);

    if ('paused' in spec) {
      // `paused: true` says someone wanted rollouts held: deleting it would silently drop that
      // intent, so only a value that asks for nothing (false, empty) is removed.
      const harmless = spec.paused === false || spec.paused === null;
      context.report({
        path: ['spec', 'paused'],
        messageId: harmless ? 'pausedFalse' : 'paused',
        ...(harmless ? { fix: { op: 'delete', path: ['spec', 'paused'] } } : {}),
      });
    }

    if ('progressDeadlineSeconds' in spec) {
      // Nothing in a DaemonSet reads a deadline: removing it changes nothing the cluster does.
      context.report({
        path: ['spec', 'progressDeadlineSeconds'],
        messageId: 'progressDeadlineSeconds',
        fix: { op: 'delete', path: ['spec', 'progressDeadlineSeconds'] },
      });
    }
  },
});

function checkStrategy(spec: Record<string, unknown>, context: RuleContext<Record<string, never>>): void {
  const path = ['spec', 'strategy'];
  if ('updateStrategy' in spec) {
    // Which of the two the author meant is not ours to guess.
    context.report({ path, messageId: 'strategyAndUpdateStrategy' });
    return;
  }
  const strategy = spec.strategy;
  const record = asRecord(strategy);
  if (strategy !== null && !record) {
    // A scalar or a list: the schema rule reports the type; there is nothing to rename into place.
    context.report({ path, messageId: 'strategyUnknownKeys' });
    return;
  }
  if (record?.type === 'Recreate') {
    context.report({ path, messageId: 'strategyRecreate' });
    return;
  }
  if (record && !hasOnlyUpdateStrategyKeys(record)) {
    context.report({ path, messageId: 'strategyUnknownKeys' });
    return;
  }
  // Renamed, the strategy is validated as a DaemonSet's (maxUnavailable defaults to 1 and maxSurge
  // to 0 there, not 25%/25%): rename only what the API would then accept.
  const [problem] = updateStrategyProblems(strategy);
  if (problem) {
    const text = formatMessage(updateStrategyMessages[problem.messageId], problem.data);
    context.report({ path, messageId: 'strategyInvalid', data: { problem: text } });
    return;
  }
  context.report({ path, messageId: 'strategy', fix: { op: 'rename', path, to: 'updateStrategy' } });
}

function hasOnlyUpdateStrategyKeys(strategy: Record<string, unknown>): boolean {
  if (!Object.keys(strategy).every((key) => STRATEGY_KEYS.has(key))) return false;
  const rollingUpdate = strategy.rollingUpdate;
  if (rollingUpdate === undefined || rollingUpdate === null) return true;
  const fields = asRecord(rollingUpdate);
  return fields !== undefined && Object.keys(fields).every((key) => ROLLING_UPDATE_KEYS.has(key));
}
