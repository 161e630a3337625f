/**
 * Kubernetes name formats, with the exact messages the API server gives when a name breaks one.
 * Mirrors k8s.io/apimachinery/pkg/util/validation (IsDNS1123Label, IsDNS1123Subdomain,
 * IsValidPortName, IsValidPortNum) and pkg/api/validation (NameIsDNSSubdomain, NameIsDNSLabel):
 * each function returns the list of problems, empty when the value is valid, and a caller
 * reports one error per message like the API does.
 */

export const DNS1123_LABEL_MAX_LENGTH = 63;
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

const dns1123LabelRegexp = new RegExp(`^${DNS1123_LABEL_FMT}$`);
const dns1123SubdomainRegexp = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);

/** `must be no more than N characters` */
export function maxLenError(length: number): string {
  return `must be no more than ${length} characters`;
}

/** A failed format check, with examples and the regex, worded like the API server's. */
export function regexError(message: string, format: string, ...examples: string[]): string {
  if (examples.length === 0) return `${message} (regex used for validation is '${format}')`;
  // Joined like the API joins them, which leaves two spaces before each " or ".
  return `${message} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${format}')`;
}

/** `must be between LO and HI, inclusive` */
export function inclusiveRangeError(lo: number, hi: number): string {
  return `must be between ${lo} and ${hi}, inclusive`;
}

/** Length in bytes, as Go's `len` counts a string. */
function byteLength(value: string): number {
  return NON_ASCII.test(value) ? encoder.encode(value).length : value.length;
}

const NON_ASCII = /[^\x00-\x7f]/;
const encoder = new TextEncoder();

/**
 * What the checks return for a valid value: every name of every DaemonSet is checked, and
 * nearly all are valid. A value that matches a format here is ASCII, so its length is its size.
 */
const NO_ERRORS: readonly string[] = Object.freeze([]);

/** A DNS (RFC 1123) label: container, volume and port-less names, `hostname`, namespaces. */
export function isDNS1123Label(value: string): readonly string[] {
  if (value.length <= DNS1123_LABEL_MAX_LENGTH && dns1123LabelRegexp.test(value)) return NO_ERRORS;
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!dns1123LabelRegexp.test(value)) {
    // A valid subdomain that is not a valid label (the length was checked already) has dots.
    if (dns1123SubdomainRegexp.test(value)) errors.push('must not contain dots');
    else errors.push(regexError(DNS1123_LABEL_ERR_MSG, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
  }
  return errors;
}

/** A DNS (RFC 1123) subdomain: object names, service accounts, priority classes. */
export function isDNS1123Subdomain(value: string): readonly string[] {
  if (value.length <= DNS1123_SUBDOMAIN_MAX_LENGTH && dns1123SubdomainRegexp.test(value)) return NO_ERRORS;
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dns1123SubdomainRegexp.test(value)) {
    errors.push(regexError(DNS1123_SUBDOMAIN_ERR_MSG, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  }
  return errors;
}

/**
 * With `prefix` (a `generateName`, which gets random characters appended), a trailing dash is
 * allowed. The API masks it exactly like this, dropping two characters for one: the result only
 * needs to no longer end in a dash.
 */
function maskTrailingDash(name: string): string {
  return name.length > 1 && name.endsWith('-') ? `${name.slice(0, -2)}a` : name;
}

/** The name check of most object kinds, DaemonSets included (`NameIsDNSSubdomain`). */
export function nameIsDNSSubdomain(name: string, prefix = false): readonly string[] {
  return isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
}

/** The name check of namespaces (`NameIsDNSLabel`). */
export function nameIsDNSLabel(name: string, prefix = false): readonly string[] {
  return isDNS1123Label(prefix ? maskTrailingDash(name) : name);
}

const portNameCharset = /^[-a-z0-9]+$/;
const portNameOneLetter = /[a-z]/;
/** Every rule below at once: a letter, no `--`, no hyphen at either end. */
const validPortName = /^(?=[-a-z0-9]*[a-z])(?![-a-z0-9]*--)[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

/** An IANA service name: a container port's `name`, a probe's named port. */
export function isValidPortName(port: string): readonly string[] {
  if (port.length <= 15 && validPortName.test(port)) return NO_ERRORS;
  const errors: string[] = [];
  if (byteLength(port) > 15) errors.push(maxLenError(15));
  if (!portNameCharset.test(port)) errors.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!portNameOneLetter.test(port)) errors.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errors.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errors.push('must not begin or end with a hyphen');
  return errors;
}

/** A TCP/UDP/SCTP port number, 1-65535. */
export function isValidPortNum(port: number): readonly string[] {
  return port >= 1 && port <= 65535 ? NO_ERRORS : [inclusiveRangeError(1, 65535)];
}

/**
 * An IP address as the API parses it (netutils.ParseIPSloppy): dotted IPv4 (leading zeros
 * allowed, read as decimal) or IPv6 (without a zone).
 */
export function isValidIP(value: string): readonly string[] {
  return parseIPv4(value) || isIPv6(value) ? NO_ERRORS : ['must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'];
}

function parseIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^[0-9]{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(value: string): boolean {
  if (!/^[0-9A-Fa-f:.]+$/.test(value) || !value.includes(':')) return false;
  let head = value;
  const lastColon = value.lastIndexOf(':');
  const tail = value.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!parseIPv4(tail)) return false;
    head = value.slice(0, lastColon + 1) + '0:0';
  }
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const groups = (s: string): string[] | undefined => {
    if (s === '') return [];
    const g = s.split(':');
    return g.every((x) => /^[0-9A-Fa-f]{1,4}$/.test(x)) ? g : undefined;
  };
  const left = groups(halves[0]);
  const right = halves.length === 2 ? groups(halves[1]) : [];
  if (!left || !right) return false;
  const count = left.length + right.length;
  return halves.length === 2 ? count < 8 : count === 8;
}

const ENV_VAR_NAME_FMT = '[-._a-zA-Z][-._a-zA-Z0-9]*';
const envVarName = new RegExp(`^${ENV_VAR_NAME_FMT}$`);

/** An environment variable name before 1.32 (IsEnvVarName): letters, digits, `_`, `-`, `.`, not starting with a digit. */
export function isEnvVarName(value: string): readonly string[] {
  const errors: string[] = [];
  if (!envVarName.test(value)) {
    errors.push(
      regexError(
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
        ENV_VAR_NAME_FMT,
        'my.env-name',
        'MY_ENV.NAME',
        'MyEnvName1',
      ),
    );
  }
  errors.push(...hasChDirPrefix(value));
  return errors;
}

/** `.` and `..` and names starting with `..` are refused (they name directories). */
function hasChDirPrefix(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/** An environment variable name from 1.32 (IsRelaxedEnvVarName): printable ASCII but `=`. */
export function isRelaxedEnvVarName(value: string): readonly string[] {
  const errors: string[] = [];
  if (!/^[\x20-\x7e]*$/.test(value) || value.includes('=')) {
    errors.push("a valid environment variable name must consist only of printable ASCII characters other than '='");
  }
  return errors;
}

const CONFIG_MAP_KEY_FMT = '[-._a-zA-Z0-9]+';
const configMapKey = new RegExp(`^${CONFIG_MAP_KEY_FMT}$`);

/** A ConfigMap or Secret key (IsConfigMapKey). */
export function isConfigMapKey(value: string): readonly string[] {
  const errors: string[] = [];
  if (value.length > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!configMapKey.test(value)) {
    errors.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_MAP_KEY_FMT, 'key.name', 'KEY_NAME', 'key-name'));
  }
  errors.push(...hasChDirPrefix(value));
  return errors;
}

const HTTP_HEADER_NAME_FMT = '[-A-Za-z0-9]+';
const httpHeaderName = new RegExp(`^${HTTP_HEADER_NAME_FMT}$`);

/** An HTTP header name (IsHTTPHeaderName). */
export function isHTTPHeaderName(value: string): readonly string[] {
  return httpHeaderName.test(value) ? NO_ERRORS : [regexError("a valid HTTP header must consist of alphanumeric characters or '-'", HTTP_HEADER_NAME_FMT, 'X-Header-Name')];
}

/**
 * A user or group ID (IsValidUserID, IsValidGroupID): 0 to 2^31-1 (math.MaxInt32) in every
 * supported version, 1.29 to 1.36. Upstream master later widened the range to 2^32-1; no release
 * this linter targets accepts, for example, `runAsUser: 3000000000`.
 */
export function isValidID(value: number | bigint): readonly string[] {
  return value >= 0 && value <= MAX_ID ? NO_ERRORS : [inclusiveRangeError(0, MAX_ID)];
}
const MAX_ID = 2147483647;

/** The relaxed DNS search path of 1.33 (`_` allowed at the start of a label). */
const DNS_SEARCH_LABEL_FMT = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const DNS_SEARCH_FMT = `${DNS_SEARCH_LABEL_FMT}(\\.${DNS_SEARCH_LABEL_FMT})*`;
const dnsSearch = new RegExp(`^${DNS_SEARCH_FMT}$`);

/** A dnsConfig search path from 1.33 (RelaxedDNSSearchValidation): a lone `.`, or labels that may hold `_`. */
export function isRelaxedSearchPath(value: string): readonly string[] {
  if (value === '.') return NO_ERRORS;
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH) errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!dnsSearch.test(value)) {
    errors.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character",
        DNS_SEARCH_FMT,
        'example.com',
      ),
    );
  }
  return errors;
}
