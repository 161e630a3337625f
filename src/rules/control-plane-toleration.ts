import { defineRule } from '../types/rule.js';
import type { FixRequest } from '../types/rule.js';
import { POD_SPEC_PATH, podSpecOf } from '../k8s/containers.js';
import { controlPlaneTargeting, nodeSelectionOf } from '../k8s/node-selection.js';
import {
  CONTROL_PLANE_TAINT,
  LEGACY_MASTER_TAINT,
  isCatchAll,
  tolerates,
  tolerationMismatch,
  tolerationsOf,
  type TolerationMismatch,
  type TolerationRef,
} from '../k8s/tolerations.js';

export interface Options {
  /** `require`: DaemonSets that run on every node must tolerate the control plane; `forbid`: none may. */
  mode: 'require' | 'forbid';
}

const TAINT = `${CONTROL_PLANE_TAINT.key}:${CONTROL_PLANE_TAINT.effect}`;
const TOLERATIONS_PATH = [...POD_SPEC_PATH, 'tolerations'] as const;

const ADD_TOLERATION: FixRequest = {
  op: 'append',
  path: TOLERATIONS_PATH,
  value: { key: CONTROL_PLANE_TAINT.key, operator: 'Exists', effect: CONTROL_PLANE_TAINT.effect },
};

/** Why a toleration written for the control-plane key still does not tolerate its taint: a short form for the headline, and the whole reason. */
const NEAR_MISS_REASONS: Partial<Record<TolerationMismatch, (toleration: Record<string, unknown>) => { short: string; reason: string }>> = {
  effect: (t) => ({
    short: `effect ${String(t.effect)}, not ${CONTROL_PLANE_TAINT.effect}`,
    reason: `its effect is ${String(t.effect)}, the taint's is ${CONTROL_PLANE_TAINT.effect}`,
  }),
  value: (t) => ({
    short: `value "${String(t.value)}" (use operator: Exists)`,
    reason: `operator Equal compares the value "${String(t.value)}" with the taint's, which is empty; use operator: Exists`,
  }),
  comparison: (t) => ({
    short: `operator ${String(t.operator)} needs a value`,
    reason: `operator ${String(t.operator)} compares integers, and the taint has no value`,
  }),
  operator: (t) => ({
    short: `unknown operator "${String(t.operator)}"`,
    reason: `operator "${String(t.operator)}" is neither Exists nor Equal`,
  }),
};

export default defineRule<Options>({
  id: 'control-plane-toleration',
  meta: {
    description: 'A DaemonSet meant for every node tolerates the control-plane taint (or, in forbid mode, none does).',
    severity: 'warning',
    fixable: true,
    messages: {
      missing: {
        message: 'no toleration for the control-plane taint: pods skip control-plane nodes',
        help: `This DaemonSet targets every node, but control-plane nodes carry the taint ${TAINT}, so none of its pods run there (a node agent usually must). Add a toleration for it (the fix adds key ${CONTROL_PLANE_TAINT.key}, operator Exists, effect ${CONTROL_PLANE_TAINT.effect}), or a nodeSelector or node affinity that leaves control-plane nodes out if it must not run there.`,
      },
      missingSelected: {
        message: 'selects control-plane nodes but does not tolerate their taint',
        help: `The node selection picks control-plane nodes by their label, but they carry the taint ${TAINT}, so the pods never schedule there. Add a toleration for it (the fix adds key ${CONTROL_PLANE_TAINT.key}, operator Exists, effect ${CONTROL_PLANE_TAINT.effect}).`,
      },
      nearMiss: {
        message: 'control-plane toleration does not match the taint: {{short}}',
        help: `This toleration names ${CONTROL_PLANE_TAINT.key} but does not tolerate the taint ${TAINT}: {{reason}}. The pods never run on control-plane nodes. Use key ${CONTROL_PLANE_TAINT.key}, operator Exists, effect ${CONTROL_PLANE_TAINT.effect} (the fix adds such a toleration).`,
      },
      legacy: {
        message: `toleration only for the legacy taint ${LEGACY_MASTER_TAINT.key}`,
        help: `Kubernetes 1.25 removed the taint ${LEGACY_MASTER_TAINT.key}: control-plane nodes now carry ${TAINT}, so this toleration no longer lets the pods run there. Add a toleration for ${CONTROL_PLANE_TAINT.key} (the fix does); keep the old one only for clusters older than 1.25.`,
      },
      forbidden: {
        message: 'toleration lets pods run on control-plane nodes (mode: forbid)',
        help: `This toleration tolerates ${TAINT}, so the DaemonSet's pods run on control-plane nodes, which this rule's mode: forbid does not allow. Remove it.`,
      },
      forbiddenCatchAll: {
        message: 'toleration without a key tolerates {{which}}, control plane included',
        help: `A toleration without a key tolerates {{which}}, ${TAINT} included, so the DaemonSet's pods run on control-plane nodes, which this rule's mode: forbid does not allow. List the taints the pods need instead.`,
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { mode: { enum: ['require', 'forbid'] } },
    },
    defaultOptions: { mode: 'require' },
    tags: ['reliability'],
  },
  check(daemonSet, context) {
    const podSpec = podSpecOf(daemonSet);
    if (!podSpec) return;
    const targeting = controlPlaneTargeting(nodeSelectionOf(daemonSet));
    // A pod template that cannot land on a control-plane node gains nothing from tolerating it
    // and loses nothing by not doing so.
    if (targeting === 'excluded') return;

    if (context.options.mode === 'forbid') {
      const tolerating = tolerationsOf(daemonSet).filter((t) => tolerationMismatch(t.toleration, CONTROL_PLANE_TAINT) === undefined);
      for (const { toleration, path } of tolerating) {
        if (isCatchAll(toleration)) {
          const which = toleration.effect ? `every ${String(toleration.effect)} taint` : 'every taint';
          context.report({ path, messageId: 'forbiddenCatchAll', data: { which } });
        } else {
          context.report({ path, messageId: 'forbidden' });
        }
      }
      return;
    }

    if (tolerates(podSpec.tolerations, CONTROL_PLANE_TAINT)) return;
    const tolerations = tolerationsOf(daemonSet);

    // A toleration written for the control plane or for its old taint says the author meant the
    // pods to run there, whatever the node selection: point at it rather than at the list.
    const nearMisses = tolerations.flatMap((ref) => {
      const reason = nearMissReason(ref);
      return reason === undefined ? [] : [{ path: ref.path, reason }];
    });
    for (const { path, reason } of nearMisses) context.report({ path, messageId: 'nearMiss', data: reason, fix: ADD_TOLERATION });
    const legacy = tolerations.filter((t) => tolerationMismatch(t.toleration, LEGACY_MASTER_TAINT) === undefined);
    for (const { path } of legacy) context.report({ path, messageId: 'legacy', fix: ADD_TOLERATION });
    if (nearMisses.length > 0 || legacy.length > 0) return;

    if (targeting === 'subset') return;
    context.report({
      path: 'tolerations' in podSpec ? TOLERATIONS_PATH : POD_SPEC_PATH,
      messageId: targeting === 'control-plane' ? 'missingSelected' : 'missing',
      fix: ADD_TOLERATION,
    });
  },
});

function nearMissReason({ toleration }: TolerationRef): { short: string; reason: string } | undefined {
  if (toleration.key !== CONTROL_PLANE_TAINT.key) return undefined;
  const mismatch = tolerationMismatch(toleration, CONTROL_PLANE_TAINT);
  return mismatch === undefined ? undefined : NEAR_MISS_REASONS[mismatch]?.(toleration);
}
