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

/** What every message of this rule explains first. */
function notAField(field: string): string {
  return `DaemonSetSpec has no ${field} field (only DeploymentSpec has): with strict field validation (kubectl's default since 1.27) the API server rejects it, and without it the field is dropped, so what it asks for never happens.`;
}

export default defineRule({
  id: 'no-deployment-fields',
  meta: {
    description: 'No Deployment-only fields in a DaemonSet spec: strategy, paused, progressDeadlineSeconds.',
    severity: 'error',
    fixable: true,
    messages: {
      strategy: {
        message: 'spec.strategy is a Deployment field: rename it to spec.updateStrategy',
        help: `${notAField('strategy')} A DaemonSet rolls out by spec.updateStrategy, which takes the same type and rollingUpdate: rename the key (the fix does).`,
      },
      strategyRecreate: {
        message: 'spec.strategy Recreate is a Deployment strategy: DaemonSets have none',
        help: `${notAField('strategy')} DaemonSets have no Recreate strategy: use spec.updateStrategy with type OnDelete (pods are replaced only when deleted) or RollingUpdate with maxUnavailable: 100% (all at once), then remove spec.strategy.`,
      },
      strategyInvalid: {
        message: 'spec.strategy is a Deployment field, and invalid as spec.updateStrategy',
        help: `${notAField('strategy')} A DaemonSet rolls out by spec.updateStrategy, but renamed as it is the API server would reject it: {{problem}}. DaemonSets default maxUnavailable to 1 and maxSurge to 0, not 25% as Deployments do: move the strategy to spec.updateStrategy with values a DaemonSet accepts.`,
      },
      strategyUnknownKeys: {
        message: 'spec.strategy is a Deployment field: move what applies to updateStrategy',
        help: `${notAField('strategy')} A DaemonSet rolls out by spec.updateStrategy, which has only type and rollingUpdate (maxUnavailable, maxSurge): move what applies there and remove spec.strategy.`,
      },
      strategyAndUpdateStrategy: {
        message: 'spec.strategy is a Deployment field, and spec.updateStrategy is set',
        help: `${notAField('strategy')} spec.updateStrategy already sets how this DaemonSet rolls out: remove spec.strategy, after moving anything it should keep into spec.updateStrategy.`,
      },
      paused: {
        message: 'spec.paused is a Deployment field: a DaemonSet cannot be paused',
        help: `${notAField('paused')} Rollouts are not held back by it. To hold back updates, use spec.updateStrategy type OnDelete (pods are replaced only when deleted), then remove spec.paused.`,
      },
      pausedFalse: {
        message: 'spec.paused is a Deployment field: remove it',
        help: `${notAField('paused')} A DaemonSet cannot be paused, and this value asks for nothing: remove it (the fix does).`,
      },
      progressDeadlineSeconds: {
        message: 'spec.progressDeadlineSeconds is a Deployment field: remove it',
        help: `${notAField('progressDeadlineSeconds')} DaemonSet rollouts have no progress deadline, and nothing reads it: remove it (the fix does).`,
      },
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
    const text = formatMessage(updateStrategyMessages[problem.messageId].api, problem.data);
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
