import { defineRule } from '../types/rule.js';
import { containerName, containersOf } from '../k8s/containers.js';
import { DEFAULT_TAG, parseImageReference, repositoryName } from '../k8s/image-reference.js';
import { memoizeByObject } from '../k8s/memoize.js';
import { wildcardMatcher } from '../k8s/wildcard.js';

export interface ImagePinnedOptions {
  /** Report every image that is not pinned by digest, whatever its tag. */
  requireDigest: boolean;
  /** Tags that move, reported like `latest` (which always is); `*` matches any run of characters. Replaces the default list. */
  mutableTags: string[];
}

/** Tags that point at whatever was built last, reported like `latest` (which always is). */
export const DEFAULT_MUTABLE_TAGS = ['main', 'master', 'head', 'edge', 'nightly', 'dev', '*-head'];

const DRIFT =
  'A moving tag means every node runs whatever the tag points to when that node pulls: nodes drift apart, a node that joins later runs something else, and a rollback cannot bring the old build back.';

export default defineRule<ImagePinnedOptions>({
  id: 'image-pinned',
  meta: {
    description: 'Every container image names a fixed version: a tag that does not move (not latest, main, nightly, ...), or a digest.',
    severity: 'warning',
    fixable: false,
    messages: {
      noTag: {
        message: 'container "{{container}}" runs image "{{image}}" without a tag',
        help: `No tag means {{repository}}:${DEFAULT_TAG}. ${DRIFT} Fix: {{remedy}}.`,
      },
      mutableTag: {
        message: 'container "{{container}}" runs image "{{image}}": tag "{{tag}}" moves',
        help: `${DRIFT} Fix: {{remedy}}. The tags reported are latest and the rule's mutableTags option.`,
      },
      noDigest: {
        message: 'container "{{container}}" runs image "{{image}}" without a digest',
        help: 'The requireDigest option asks for digests: a tag can be pointed at other content at any time, a digest cannot. Fix: {{remedy}}.',
      },
    },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireDigest: { type: 'boolean' },
        // Tag characters and the wildcard, so a typo such as `:latest` is caught at load.
        mutableTags: { type: 'array', items: { type: 'string', pattern: '^[A-Za-z0-9_.*-]+$' } },
      },
    },
    defaultOptions: { requireDigest: false, mutableTags: DEFAULT_MUTABLE_TAGS },
    tags: ['reliability', 'security'],
    // Medium on GitHub's scale: a moved tag runs unreviewed code on every node (a supply-chain
    // exposure), but the manifest grants no privilege by it.
    securitySeverity: 4.0,
  },
  check(daemonSet, context) {
    const { requireDigest } = context.options;
    const isMutable = mutableTagMatcher(context.options.mutableTags);
    // Every list: plain init containers run on every node too, and ephemeral ones (which the API
    // refuses in a template, as api-validation reports) would pull the same way.
    const containers = containersOf(daemonSet);
    for (let i = 0; i < containers.length; i++) {
      const ref = containers[i];
      const image: unknown = ref.container.image;
      if (typeof image !== 'string') continue;
      const reference = parseImageReference(image);
      // A missing image is api-validation's finding; one no runtime can parse fails with
      // InvalidImageName, which is not a question of pinning.
      if (!reference || reference.digest !== undefined) continue;
      const tag = reference.tag;
      const mutable = tag !== undefined && isMutable(tag);
      if (tag !== undefined && !mutable && !requireDigest) continue;

      const remedy = requireDigest ? `pin it by digest (${image}@sha256:<digest>)` : 'pin a version tag or a digest';
      const data = { container: containerName(ref), image, remedy };
      const path = [...ref.path, 'image'];
      if (tag === undefined) {
        context.report({ path, at: 'value', messageId: 'noTag', data: { ...data, repository: repositoryName(reference) } });
      } else if (mutable) {
        context.report({ path, at: 'value', messageId: 'mutableTag', data: { ...data, tag } });
      } else {
        context.report({ path, at: 'value', messageId: 'noDigest', data });
      }
    }
  },
});

/**
 * `latest` and the configured tags. Tags are compared as registries store them, case and all:
 * `Latest` is a different tag, and not the one the kubelet defaults to.
 */
const mutableTagMatcher = memoizeByObject((patterns: readonly string[]) => wildcardMatcher([DEFAULT_TAG, ...patterns]));
