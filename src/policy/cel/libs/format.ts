import { Optional, type Environment } from '@marcbachmann/cel-js';
import { isDNS1123Label, isDNS1123Subdomain, nameIsDNSLabel, nameIsDNSSubdomain, regexError, maxLenError } from '../../../k8s/names.js';
import { labelKeyErrors, labelValueErrors } from '../../../k8s/selector.js';
import { registerNamespace } from './common.js';

/**
 * Kubernetes' format library (k8s.io/apiserver/pkg/cel/library/format.go, base environment
 * 1.31): `format.dns1123Label().validate(name)` and the other named formats give none when the
 * value is valid, else the API server's own messages.
 */
export class FormatValue {
  constructor(
    readonly name: string,
    readonly validate: (value: string) => readonly string[],
  ) {}
}

const DNS1035_LABEL_FMT = '[a-z]([-a-z0-9]*[a-z0-9])?';
const DNS1035_LABEL_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
const dns1035Label = new RegExp(`^${DNS1035_LABEL_FMT}$`);

function isDNS1035Label(value: string): readonly string[] {
  const errors: string[] = [];
  if (value.length > 63) errors.push(maxLenError(63));
  if (!dns1035Label.test(value)) errors.push(regexError(DNS1035_LABEL_MESSAGE, DNS1035_LABEL_FMT, 'my-name', 'abc-123'));
  return errors;
}

/** With `prefix` (a generateName), a trailing dash is allowed: the API masks it as names.ts explains. */
function prefixed(check: (value: string) => readonly string[]): (value: string) => readonly string[] {
  return (value) => check(value.length > 1 && value.endsWith('-') ? `${value.slice(0, -2)}a` : value);
}

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1];
}

const FORMATS: Readonly<Record<string, (value: string) => readonly string[]>> = {
  dns1123Label: isDNS1123Label,
  dns1123Subdomain: isDNS1123Subdomain,
  dns1035Label: isDNS1035Label,
  qualifiedName: labelKeyErrors,
  dns1123LabelPrefix: (value) => nameIsDNSLabel(value, true),
  dns1123SubdomainPrefix: (value) => nameIsDNSSubdomain(value, true),
  dns1035LabelPrefix: prefixed(isDNS1035Label),
  labelValue: labelValueErrors,
  uri: (value) => (/^[A-Za-z][A-Za-z0-9+.-]*:\/?|^\//.test(value) && !/[\x00-\x1f\x7f]/.test(value) ? [] : ['invalid URI']),
  uuid: (value) => (UUID.test(value) ? [] : ['does not match the UUID format']),
  byte: (value) => (/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(value) ? [] : ['invalid base64']),
  date: (value) => {
    const m = DATE.exec(value);
    return m && validDate(Number(m[1]), Number(m[2]), Number(m[3])) ? [] : ['invalid date'];
  },
  datetime: (value) => {
    const m = DATETIME.exec(value);
    const valid = m && validDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60 && Number(m[6]) < 60;
    return valid ? [] : ['invalid datetime'];
  },
};

export function registerFormat(env: Environment): void {
  env.registerType('Format', FormatValue);
  registerNamespace(env, 'format', 'FormatNamespace');
  for (const [name, validate] of Object.entries(FORMATS)) {
    const value = new FormatValue(name, validate);
    env.registerFunction(`FormatNamespace.${name}(): Format`, () => value);
  }
  env.registerFunction('FormatNamespace.named(string): optional<Format>', (_: unknown, name: string) =>
    Object.hasOwn(FORMATS, name) ? Optional.of(new FormatValue(name, FORMATS[name])) : Optional.none(),
  );
  env.registerFunction('Format.validate(string): optional<list<string>>', (format: FormatValue, value: string) => {
    const errors = format.validate(value);
    return errors.length === 0 ? Optional.none() : Optional.of([...errors]);
  });
}
