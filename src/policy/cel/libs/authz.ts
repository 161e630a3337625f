import type { Environment } from '@marcbachmann/cel-js';
import { NotEvaluableError } from '../values.js';

/**
 * Kubernetes' authorizer library (k8s.io/apiserver/pkg/cel/library/authz.go, base environment
 * 1.27): declared in full, so policies that use it compile as they do in a cluster, but a check
 * asks the cluster's authorizer (RBAC, webhooks) about the requesting user, which no manifest
 * holds. Every `check()` therefore raises NotEvaluableError: an expression whose outcome depends
 * on one is reported as not evaluable offline, never taken as allowed or denied.
 */
export const AUTHORIZER_REASON = 'authorizer checks ask the cluster who may do what; no manifest says';

class AuthorizerValue {
  readonly requestResource = new ResourceCheckValue();
}
class GroupCheckValue {}
class ResourceCheckValue {}
class PathCheckValue {}
class DecisionValue {}

export function registerAuthz(env: Environment, selectors: boolean): void {
  env.registerType('Authorizer', { ctor: AuthorizerValue, fields: { requestResource: 'ResourceCheck' } });
  env.registerType('GroupCheck', GroupCheckValue);
  env.registerType('ResourceCheck', ResourceCheckValue);
  env.registerType('PathCheck', PathCheckValue);
  env.registerType('Decision', DecisionValue);
  const notEvaluable = (): never => {
    throw new NotEvaluableError(AUTHORIZER_REASON);
  };
  env.registerFunction('Authorizer.group(string): GroupCheck', () => new GroupCheckValue());
  env.registerFunction('Authorizer.path(string): PathCheck', () => new PathCheckValue());
  env.registerFunction('Authorizer.serviceAccount(string, string): Authorizer', () => new AuthorizerValue());
  env.registerFunction('GroupCheck.resource(string): ResourceCheck', () => new ResourceCheckValue());
  for (const part of ['subresource', 'namespace', 'name', ...(selectors ? ['fieldSelector', 'labelSelector'] : [])]) {
    env.registerFunction(`ResourceCheck.${part}(string): ResourceCheck`, (check: ResourceCheckValue) => check);
  }
  env.registerFunction('ResourceCheck.check(string): Decision', notEvaluable);
  env.registerFunction('PathCheck.check(string): Decision', notEvaluable);
  env.registerFunction('Decision.allowed(): bool', notEvaluable);
  env.registerFunction('Decision.reason(): string', notEvaluable);
  env.registerFunction('Decision.errored(): bool', notEvaluable);
  env.registerFunction('Decision.error(): string', notEvaluable);
}

/** The value bound to `authorizer`. */
export function authorizerValue(): unknown {
  return new AuthorizerValue();
}
