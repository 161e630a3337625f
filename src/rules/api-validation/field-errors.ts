import type { MessageTemplate, ReportDescriptor } from '../../types/rule.js';
import type { JsonPath } from '../../types/finding.js';
import { lastFieldSteps } from '../../k8s/field-path.js';

/**
 * The API server's validation errors (k8s.io/apimachinery/pkg/util/validation/field), rendered
 * the way `field.Error.Error()` renders them: `<field path>: <type>[: <value>][: <detail>]`. The
 * headline names the field by its last steps (`containers[0].name`: the finding points at it),
 * and the help quotes the error whole, as `kubectl apply` would print it.
 */
export const FIELD_ERROR_MESSAGES = {
  required: apiError('{{name}}: Required value', '{{field}}: Required value'),
  requiredDetail: apiError('{{name}}: Required value{{briefDetail}}', '{{field}}: Required value: {{detail}}'),
  invalid: apiError('{{name}}: Invalid value: {{value}}{{briefDetail}}', '{{field}}: Invalid value: {{value}}: {{detail}}'),
  duplicate: apiError('{{name}}: Duplicate value: {{value}}', '{{field}}: Duplicate value: {{value}}'),
  notFound: apiError('{{name}}: Not found: {{value}}', '{{field}}: Not found: {{value}}'),
  notSupported: apiError('{{name}}: Unsupported value: {{value}}', '{{field}}: Unsupported value: {{value}}: supported values: {{supported}}'),
  forbidden: apiError('{{name}}: Forbidden{{briefDetail}}', '{{field}}: Forbidden: {{detail}}'),
} as const;

function apiError(message: string, error: string): MessageTemplate {
  return { message, help: `The API server rejects this DaemonSet, and kubectl apply fails with: ${error}. Correct the field as the error says.` };
}

/** Where the finding points when that is not the field itself (a missing field's container). */
export interface Anchor {
  node?: JsonPath;
  at?: 'key' | 'value';
}

interface Reporter {
  report(descriptor: ReportDescriptor): void;
}

/** `spec.template.spec.containers[0].name`: keys joined with dots, list indexes in brackets. */
export function fieldPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/**
 * The detail of an error as the headline shows it: whole when the headline stays within about 80
 * characters, otherwise left to the help (the API's explanations of a name's format run to 200).
 */
function briefDetail(name: string, data: Record<string, string>): string {
  const detail = data.detail;
  if (!detail) return '';
  const length = name.length + 20 + (data.value?.length ?? 0) + detail.length;
  return length <= 80 ? `: ${detail}` : '';
}

/** A bad value as the API prints it: numbers and booleans bare, strings quoted, the rest as JSON. */
export function goValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Reports field errors. Bad values point at the value, missing and forbidden fields at their key. */
export class FieldErrors {
  /** How many errors were reported so far: a check can tell whether its part was valid. */
  count = 0;

  constructor(private readonly context: Reporter) {}

  required(field: JsonPath, detail = '', anchor: Anchor = {}): void {
    this.emit(field, anchor, 'key', detail ? 'requiredDetail' : 'required', { detail });
  }

  invalid(field: JsonPath, value: unknown, detail: string, anchor: Anchor = {}): void {
    this.emit(field, anchor, 'value', 'invalid', { value: goValue(value), detail });
  }

  duplicate(field: JsonPath, value: unknown, anchor: Anchor = {}): void {
    this.emit(field, anchor, 'value', 'duplicate', { value: goValue(value) });
  }

  notFound(field: JsonPath, value: unknown, anchor: Anchor = {}): void {
    this.emit(field, anchor, 'value', 'notFound', { value: goValue(value) });
  }

  notSupported(field: JsonPath, value: unknown, supported: readonly string[], anchor: Anchor = {}): void {
    this.emit(field, anchor, 'value', 'notSupported', {
      value: goValue(value),
      supported: supported.map((s) => JSON.stringify(s)).join(', '),
    });
  }

  forbidden(field: JsonPath, detail: string, anchor: Anchor = {}): void {
    this.emit(field, anchor, 'key', 'forbidden', { detail });
  }

  private emit(
    field: JsonPath,
    anchor: Anchor,
    defaultAt: 'key' | 'value',
    messageId: keyof typeof FIELD_ERROR_MESSAGES,
    data: Record<string, string>,
  ): void {
    this.count++;
    const name = fieldPath(lastFieldSteps(field));
    this.context.report({
      path: anchor.node ?? field,
      at: anchor.at ?? defaultAt,
      messageId,
      data: { field: fieldPath(field), name, briefDetail: briefDetail(name, data), ...data },
    });
  }
}

/** The value when it is a string. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The value when it is a whole number. */
export function integerOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** Set, as Go sees a pointer or slice field: present and not null. */
export function isSet(record: Record<string, unknown> | undefined, key: string): boolean {
  return record !== undefined && record[key] !== undefined && record[key] !== null;
}

/** `must be greater than or equal to 0` (ValidateNonnegativeField). */
export const IS_NEGATIVE_ERROR_MSG = 'must be greater than or equal to 0';
