import { memoize } from './memoize.js';

/**
 * Container image references, read the way the kubelet and the container runtimes read them
 * (`ParseNormalizedNamed` of github.com/distribution/reference, which the kubelet uses to decide
 * the default tag and pull policy, and which containerd's CRI plugin uses to pull):
 *
 *   reference := name [":" tag] ["@" digest]
 *   name      := [domain "/"] path-component ["/" path-component]*
 *   domain    := host [":" port]
 *
 * The first component of a name is a registry host only when it looks like one: it contains a
 * `.` or a `:` (`registry.example.com/agent`, `registry:5000/agent`), is `localhost`, or has an
 * upper-case letter (repository paths are lower-case). Otherwise the image is on Docker Hub, and
 * a single-component name is an official image: `nginx` is `docker.io/library/nginx`.
 *
 * A colon after the last `/` starts a tag; a colon before it is a port, so
 * `registry:5000/team/agent` has no tag. A reference with no tag and no digest means the tag
 * `latest`. A digest pins the content: when a reference has both, the runtime pulls the digest and
 * the tag is only a label.
 */

export interface ImageReference {
  /**
   * Registry host with its port, after defaulting: `docker.io` for Docker Hub (also written
   * `index.docker.io`). Empty in the rare case the grammar reads a would-be host as a path.
   */
  domain: string;
  /** Repository path in the registry, `library/` included for Docker Hub official images. */
  path: string;
  /** The tag as written, undefined when there is none. */
  tag?: string;
  /** `algorithm:hex`, undefined when there is none. */
  digest?: string;
}

const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_REPOSITORY_PREFIX = 'library/';
export const DEFAULT_TAG = 'latest';

/** Longest name (domain and path) a registry accepts. */
const NAME_MAX_LENGTH = 255;

// The grammar's productions, as regular expression sources.
const ALPHANUMERIC = '[a-z0-9]+';
// One period, one or two underscores, or any number of dashes.
const SEPARATOR = '(?:[._]|__|-+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const DOMAIN_NAME_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
// Compressed or full IPv6 in brackets; zone identifiers are not accepted.
const IPV6_ADDRESS = '\\[[a-fA-F0-9:]+\\]';
const HOST = `(?:${DOMAIN_NAME_COMPONENT}(?:\\.${DOMAIN_NAME_COMPONENT})*|${IPV6_ADDRESS})`;
const DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';

/** Groups: 1 domain, 2 path, 3 tag, 4 digest. */
const REFERENCE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);

/** A content identifier without algorithm, which a reference may not be (it would read as a name). */
const IDENTIFIER = /^[a-f0-9]{64}$/;

/**
 * Digest algorithms a runtime can verify, with the length of their lower-case hex encoding
 * (github.com/opencontainers/go-digest). A digest of another algorithm cannot be pulled.
 */
const DIGEST_HEX_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['sha256', 64],
  ['sha384', 96],
  ['sha512', 128],
]);

/**
 * The longest text that can be a valid reference: a full-length name, the longest tag and the
 * longest digest. Longer text is rejected before the regular expression sees it.
 */
const REFERENCE_MAX_LENGTH = NAME_MAX_LENGTH + 1 + 128 + 1 + 'sha512:'.length + 128;

/** Parses an image reference; undefined when a runtime would refuse it (`InvalidImageName`). */
// Every container of every DaemonSet is parsed by more than one rule, and inputs repeat images.
export const parseImageReference: (text: string) => ImageReference | undefined = memoize((text: string) => {
  const reference = readImageReference(text);
  return reference && Object.freeze(reference);
});

function readImageReference(text: string): ImageReference | undefined {
  if (text.length > REFERENCE_MAX_LENGTH || IDENTIFIER.test(text)) return undefined;
  const [domain, remainder] = splitDomain(text);
  // The repository (everything before the first colon after the host) must be lower-case.
  const colon = remainder.indexOf(':');
  const repository = colon === -1 ? remainder : remainder.slice(0, colon);
  if (repository !== repository.toLowerCase()) return undefined;

  const match = REFERENCE.exec(`${domain}/${remainder}`);
  if (!match) return undefined;
  const [, parsedDomain = '', path, tag, digest] = match;
  const nameLength = (parsedDomain === '' ? 0 : parsedDomain.length + 1) + path.length;
  if (nameLength > NAME_MAX_LENGTH) return undefined;
  if (digest !== undefined && !isSupportedDigest(digest)) return undefined;
  return { domain: parsedDomain, path, tag, digest };
}

/** Splits off the registry host, defaulting to Docker Hub and its `library/` namespace. */
function splitDomain(text: string): [string, string] {
  const slash = text.indexOf('/');
  if (slash === -1) return [DEFAULT_DOMAIN, OFFICIAL_REPOSITORY_PREFIX + text];
  const first = text.slice(0, slash);
  const rest = text.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (first === LEGACY_DEFAULT_DOMAIN) {
    [domain, remainder] = [DEFAULT_DOMAIN, rest];
  } else if (first === 'localhost' || HOST_MARK.test(first) || first !== first.toLowerCase()) {
    [domain, remainder] = [first, rest];
  } else {
    [domain, remainder] = [DEFAULT_DOMAIN, text];
  }
  // `docker.io/nginx` is the official image too; other registries have no such namespace.
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_REPOSITORY_PREFIX + remainder;
  return [domain, remainder];
}

const HOST_MARK = /[.:]/;
const LOWER_HEX = /^[a-f0-9]*$/;

function isSupportedDigest(digest: string): boolean {
  const colon = digest.indexOf(':');
  const hexLength = DIGEST_HEX_LENGTHS.get(digest.slice(0, colon));
  const hex = digest.slice(colon + 1);
  return hexLength !== undefined && hex.length === hexLength && LOWER_HEX.test(hex);
}

/** The repository's full name, `docker.io/library/nginx` for `nginx`. */
export function repositoryName(reference: ImageReference): string {
  return reference.domain === '' ? reference.path : `${reference.domain}/${reference.path}`;
}
