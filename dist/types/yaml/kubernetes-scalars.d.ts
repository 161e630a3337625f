/**
 * How Kubernetes resolves YAML scalars: sigs.k8s.io/yaml reads manifests with go-yaml v2 into
 * untyped values and converts them to JSON. Each function here follows one function of go-yaml v2
 * (resolve.go `resolve`, decode.go `scalar`) or of sigs.k8s.io/yaml (yaml.go
 * `convertToJSONableObject`); every reader resolves through them, so all three agree.
 *
 * What a plain scalar becomes, in go-yaml's order:
 * - an exact spelling from its table: `y Y yes Yes YES true True TRUE on On ON` (true),
 *   `n N no No NO false False FALSE off Off OFF` (false), `~ null Null NULL` and the empty scalar
 *   (null), `.inf .Inf .INF +.inf ... -.inf ... .nan .NaN .NAN` (infinities and NaN, which JSON
 *   cannot hold: a document with one is an error);
 * - starting with `.`: a Go float (`.5`, `.5e3`, `.5_0`);
 * - starting with a sign or a digit: with underscores removed, a Go integer literal (`0x1F`,
 *   `0X1F`, `0o644`, `0O644`, `0b101`, `0644` octal, `+12`), as int64 or else uint64; else a
 *   YAML-style float (`1e3`, `1.0e3`, `08`, `6.02e23`; out of range stays a string); else
 *   `0b` followed by a signed binary number;
 * - anything else is a string: base 60 (`22:00`), timestamps (`2027-03-31`), `inf`, `0x1p3`.
 * Integers beyond 2^53 are bigints, so their digits stay exact.
 */
/** A resolved scalar: what JSON can hold, with bigints for integers a double cannot hold exactly. */
export type ScalarValue = string | number | boolean | bigint | null;
/** How go-yaml typed a resolved scalar; map keys are written differently for each. */
export type ScalarKind = 'str' | 'bool' | 'null' | 'int' | 'uint' | 'float' | 'timestamp';
interface Resolved {
    kind: ScalarKind;
    value: ScalarValue;
}
/** First characters go-yaml tries to resolve (its resolveTable); a plain scalar starting otherwise is a string. */
export declare const PLAIN_RESOLVES_ASCII: Uint8Array<ArrayBuffer>;
/** A plain scalar's value as Kubernetes reads it (`yes` is true, `0755` is 493, `22:00` and `2027-03-31` strings). */
export declare function resolvePlain(raw: string): ScalarValue;
/** go-yaml's `resolve` for an untagged plain scalar, with the type it gives. */
export declare function resolveImplicit(raw: string): Resolved;
/** A value's scalar text with an explicit tag did not resolve to that tag. */
export declare class TagError extends Error {
}
/** `!<tag:yaml.org,2002:int>` and `tag:yaml.org,2002:int` are `!!int`, as go-yaml's shortTag writes them. */
export declare function shortTag(tag: string): string;
/**
 * A scalar with an explicit tag, as go-yaml decodes it into an untyped value: `!!str` keeps the
 * text, `!!int "12"` is 12, `!!float 1` is 1.0, `!!binary` is the decoded bytes as text, an
 * unknown tag keeps the text; a text that is not of its tag (`!!int 1.5`) is an error.
 */
export declare function resolveTagged(tag: string, text: string): ScalarValue;
/** A map key that JSON cannot name: sigs.k8s.io/yaml rejects the document. */
export declare class KeyError extends Error {
}
/**
 * How a mapping key reads once Kubernetes converts YAML to JSON (convertToJSONableObject): a
 * string as is, `on` is "true", `0755` is "493", a float in Go's shortest 32-bit `%g` form
 * (`1e8` is "1e+08"), infinities as `.inf`; a null or uint64 key is an error.
 */
export declare function keyFromResolved(r: Resolved): string;
/** The key string of a plain scalar key. */
export declare function plainKey(raw: string): string;
/** The key string of a tagged scalar key (`!!str 1: x`). */
export declare function taggedKey(tag: string, text: string): string;
/**
 * Go's `strconv.FormatFloat(v, 'g', -1, 32)`: the shortest digits that read back as the same
 * float32, in `%e` form (two exponent digits at least) when the exponent is below -4 or at least
 * 6, which is the precision Go's %g decides by when asked for the shortest digits.
 */
export declare function formatFloat32(v: number): string;
export {};
