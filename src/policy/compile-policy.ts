import type { Environment } from '@marcbachmann/cel-js';
import { compileExpression, type CompiledExpression, type ResultType } from './cel/compile.js';
import { kubernetesEnvironment } from './cel/environment.js';
import type { JsonPath } from '../types/finding.js';
import type { ExpressionSpec, NamedExpression, PolicySpec, ValidationSpec } from './model.js';

/**
 * A policy's expressions compiled as the API server compiles them when the policy is created,
 * each in the environment of its field (k8s.io/apiserver admission/plugin/cel compile.go):
 *
 * | field                 | variables it sees                                                    | must be |
 * |-----------------------|----------------------------------------------------------------------|---------|
 * | validations           | object, oldObject, request, params*, namespaceObject, variables, authorizer | bool |
 * | messageExpression     | the same but authorizer                                              | string  |
 * | matchConditions       | the same as validations but variables                                | bool    |
 * | variables[i]          | as validations, `variables` holding variables[0..i-1]                | any     |
 * | auditAnnotations      | as messageExpression                                                 | string or null |
 *
 * (*) `params` only when the policy has a paramKind. A variable's type is what its expression
 * checks to, so `variables.isExempt` is a bool where the expression says so.
 */
export interface CompiledPolicy {
  spec: PolicySpec;
  /** Compile errors, each at its expression (offsets into the expression's text). */
  errors: { path: JsonPath; expression: string; message: string; start: number; end: number }[];
  validations: { spec: ValidationSpec; program: CompiledExpression; message?: CompiledExpression }[];
  matchConditions: { spec: NamedExpression; program: CompiledExpression }[];
  variables: { spec: NamedExpression; program: CompiledExpression }[];
  variableByName: ReadonlyMap<string, { spec: NamedExpression; program: CompiledExpression }>;
  auditAnnotations: { spec: ExpressionSpec & { key: string }; program: CompiledExpression }[];
  /** Builds the value bound to `variables` for one evaluation: reading a variable evaluates it once. */
  variablesValue(resolve: (name: string) => unknown): unknown;
}

const RESOLVE = Symbol('resolve');

export function compilePolicy(spec: PolicySpec, minor: number): CompiledPolicy {
  const base = kubernetesEnvironment(minor);
  const errors: CompiledPolicy['errors'] = [];
  // One class per policy: the CEL library types a value by its constructor.
  class Variables {
    readonly [RESOLVE]: (name: string) => unknown;
    constructor(resolve: (name: string) => unknown) {
      this[RESOLVE] = resolve;
    }
  }
  for (const v of spec.variables) {
    Object.defineProperty(Variables.prototype, v.name, {
      get(this: Variables) {
        return this[RESOLVE](v.name);
      },
    });
  }

  const declare = (fields: Record<string, string> | undefined, withAuthorizer: boolean): Environment => {
    const env = base.clone();
    env.registerVariable('object', 'dyn');
    env.registerVariable('oldObject', 'dyn');
    env.registerVariable('request', 'AdmissionRequest');
    env.registerVariable('namespaceObject', 'dyn');
    if (spec.paramKind) env.registerVariable('params', 'dyn');
    if (withAuthorizer) env.registerVariable('authorizer', 'Authorizer');
    if (fields) {
      env.registerType('Variables', { ctor: Variables, fields });
      env.registerVariable('variables', 'Variables');
    }
    return env;
  };
  const compile = (env: Environment, at: ExpressionSpec, result: ResultType): CompiledExpression | undefined => {
    const compiled = compileExpression(env, at.expression, result, minor);
    if ('evaluate' in compiled) return compiled;
    errors.push({ path: at.path, expression: at.expression, ...compiled });
    return undefined;
  };

  const fields: Record<string, string> = {};
  const variables: CompiledPolicy['variables'] = [];
  const seen = new Set<string>();
  for (const v of spec.variables) {
    if (seen.has(v.name) || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(v.name)) {
      errors.push({ path: v.path.slice(0, -1).concat('name'), expression: v.expression, message: seen.has(v.name) ? `duplicate variable name ${JSON.stringify(v.name)}` : `variable name ${JSON.stringify(v.name)} is not a CEL identifier`, start: 0, end: 0 });
      continue;
    }
    seen.add(v.name);
    const program = compile(declare({ ...fields }, true), v, 'any');
    // A variable that does not compile is still declared, so that what uses it is checked too.
    fields[v.name] = program ? program.libraryType : 'dyn';
    if (program) variables.push({ spec: v, program });
  }
  const validationEnv = declare(fields, true);
  const messageEnv = declare(fields, false);
  const conditionEnv = declare(undefined, true);

  const validations: CompiledPolicy['validations'] = [];
  for (const v of spec.validations) {
    const program = compile(validationEnv, v, 'bool');
    const message = v.messageExpression ? compile(messageEnv, v.messageExpression, 'string') : undefined;
    if (program) validations.push(message ? { spec: v, program, message } : { spec: v, program });
  }
  const matchConditions: CompiledPolicy['matchConditions'] = [];
  for (const c of spec.matchConditions) {
    const program = compile(conditionEnv, c, 'bool');
    if (program) matchConditions.push({ spec: c, program });
  }
  const auditAnnotations: CompiledPolicy['auditAnnotations'] = [];
  for (const a of spec.auditAnnotations) {
    const program = compile(messageEnv, a, 'any');
    if (program) auditAnnotations.push({ spec: a, program });
  }
  return {
    spec,
    errors,
    validations,
    matchConditions,
    variables,
    variableByName: new Map(variables.map((v) => [v.spec.name, v])),
    auditAnnotations,
    variablesValue: (resolve) => new Variables(resolve),
  };
}
