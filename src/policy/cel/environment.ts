import { Environment } from '@marcbachmann/cel-js';
import { registerAuthz } from './libs/authz.js';
import { registerOptionalExtras, registerTwoVariableComprehensions } from './libs/comprehensions.js';
import { registerFormat } from './libs/format.js';
import { registerKubernetesLists, registerListsExtension, registerSets } from './libs/lists.js';
import { registerNet } from './libs/net.js';
import { registerQuantity } from './libs/quantity.js';
import { registerRegex } from './libs/regex.js';
import { registerSemver } from './libs/semver.js';
import { OVERRIDDEN_STRING_FUNCTIONS, registerStrings } from './libs/strings.js';
import { registerUrls } from './libs/urls.js';

/**
 * Kubernetes' CEL environment for admission policies, per Kubernetes minor version, as
 * k8s.io/apiserver/pkg/cel/environment/base.go declares it: each library from the version that
 * introduced it (an API server evaluates stored policies with every library of its own version).
 */
export const LIBRARY_VERSIONS = {
  /** URLs, regex, Kubernetes lists, ext.Strings, authorizer, optional types, quantity, sets. */
  base: 29,
  ipAndCidr: 30,
  format: 31,
  twoVariableComprehensions: 32,
  semver: 33,
  listsExtension: 34,
} as const;

/** Names a run's Kubernetes version may lack, with the version that brought them (for messages). */
export const INTRODUCED_IN: Readonly<Record<string, number>> = {
  ip: 30,
  isIP: 30,
  cidr: 30,
  isCIDR: 30,
  format: 31,
  transformList: 32,
  transformMap: 32,
  transformMapEntry: 32,
  existsOne: 32,
  semver: 33,
  isSemver: 33,
  lists: 34,
  slice: 34,
  flatten: 34,
  distinct: 34,
  reverse: 34,
  sort: 34,
};

/** Functions the CEL library defines in a way Kubernetes does not: calls to them are renamed to Kubernetes' versions. */
export const OVERRIDDEN = new Set<string>([...OVERRIDDEN_STRING_FUNCTIONS, 'matches']);
const PREFIX = '__k8s_';
export const renamed = (name: string): string => `${PREFIX}${name}`;
/** A name as the user wrote it (for messages about renamed calls). */
export const originalName = (name: string): string => (name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name);
export const RENAMED_PATTERN = new RegExp(PREFIX, 'g');

/**
 * Functions of the CEL library that Kubernetes' environment does not have (ext.Bindings' cel.bind,
 * the library's bytes helpers): an expression using one does not compile in a cluster.
 */
export const NOT_IN_KUBERNETES = new Set(['bind', 'at', 'base64', 'hex', 'json', 'string']);

const environments = new Map<number, Environment>();

/** The shared environment of a Kubernetes minor version (29 for 1.29), built once; policies clone it. */
export function kubernetesEnvironment(minor: number): Environment {
  let env = environments.get(minor);
  if (env === undefined) {
    env = build(minor);
    environments.set(minor, env);
  }
  return env;
}

function build(minor: number): Environment {
  // Kubernetes: HomogeneousAggregateLiterals, OptionalTypes, CrossTypeNumericComparisons (the
  // library compares numbers across types by default).
  const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: true, unlistedVariablesAreDyn: false });
  // `request` is typed (its fields are known), `object`, `oldObject` and `params` are dyn.
  env.registerType('AdmissionRequest', {
    fields: {
      kind: 'map<string, string>',
      resource: 'map<string, string>',
      subResource: 'string',
      requestKind: 'map<string, string>',
      requestResource: 'map<string, string>',
      requestSubResource: 'string',
      name: 'string',
      namespace: 'string',
      operation: 'string',
      userInfo: 'map<string, dyn>',
      dryRun: 'bool',
      options: 'dyn',
    },
  });
  registerStrings(env, renamed);
  registerRegex(env, renamed);
  registerKubernetesLists(env, renamed);
  registerUrls(env);
  registerQuantity(env);
  registerSets(env);
  registerOptionalExtras(env);
  registerAuthz(env, minor >= 31);
  if (minor >= LIBRARY_VERSIONS.ipAndCidr) registerNet(env);
  if (minor >= LIBRARY_VERSIONS.format) registerFormat(env);
  if (minor >= LIBRARY_VERSIONS.twoVariableComprehensions) registerTwoVariableComprehensions(env);
  if (minor >= LIBRARY_VERSIONS.semver) registerSemver(env);
  if (minor >= LIBRARY_VERSIONS.listsExtension) registerListsExtension(env);
  return env;
}
