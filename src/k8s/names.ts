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
