import { describe, expect, it } from 'vitest';
import { compileExpression } from '../../src/policy/cel/compile.js';
import { Meter } from '../../src/policy/cel/cost.js';
import { kubernetesEnvironment } from '../../src/policy/cel/environment.js';
import { authorizerValue } from '../../src/policy/cel/libs/authz.js';
import { NotEvaluableError, PartialMap, toCel } from '../../src/policy/cel/values.js';

// Kubernetes' CEL libraries and the cel-go extensions Kubernetes enables, each checked against
// its documented behaviour: the examples of kubernetes.io's "Common Expression Language in
// Kubernetes" page and the godoc of k8s.io/apiserver/pkg/cel/library, and cel-go's ext README
// (strings, sets, lists, two-variable comprehensions). Expressions are compiled with the
// environment of the Kubernetes version given (1.36 unless said), as a policy's would be.

type Expected = unknown | { error: string } | { compile: string };

function evaluate(expression: string, minor = 36, variables: Record<string, unknown> = {}): Expected {
  const env = kubernetesEnvironment(minor).clone();
  for (const name of Object.keys(variables)) env.registerVariable(name, 'dyn');
  const compiled = compileExpression(env, expression, 'any', minor);
  if (!('evaluate' in compiled)) return { compile: compiled.message };
  try {
    return new Meter().run(() => compiled.evaluate(variables));
  } catch (error) {
    const e = error as { summary?: string; message: string };
    return { error: e.summary ?? e.message.split('\n')[0] };
  }
}

function table(rows: readonly (readonly [string, Expected])[], minor?: number, variables?: Record<string, unknown>): void {
  for (const [expression, expected] of rows) {
    it(expression, () => {
      expect(evaluate(expression, minor, variables)).toEqual(expected);
    });
  }
}

describe('ext.Strings (version 2): code point indexes, ASCII case, Go semantics', () => {
  table([
    ["'hello mellow'.indexOf('')", 0n],
    ["'hello mellow'.indexOf('ello')", 1n],
    ["'hello mellow'.indexOf('jello')", -1n],
    ["'hello mellow'.indexOf('', 2)", 2n],
    ["'hello mellow'.indexOf('ello', 2)", 7n],
    ["'hello mellow'.indexOf('ello', 20)", { error: 'index out of range: 20' }],
    ["'hello mellow'.lastIndexOf('')", 12n],
    ["'hello mellow'.lastIndexOf('ello')", 7n],
    ["'hello mellow'.lastIndexOf('jello')", -1n],
    ["'hello mellow'.lastIndexOf('ello', 6)", 1n],
    ["'hello mellow'.lastIndexOf('ello', -1)", { error: 'index out of range: -1' }],
    ["'😀ab'.indexOf('a')", 1n],
    ["'😀ab'.lastIndexOf('b')", 2n],
    ["'hello'.charAt(4)", 'o'],
    ["'hello'.charAt(5)", ''],
    ["'hello'.charAt(-1)", { error: 'index out of range: -1' }],
    ["'😀ab'.charAt(1)", 'a'],
    ["'TacoCat'.lowerAscii()", 'tacocat'],
    ["'TacoCÆt Xii'.lowerAscii()", 'tacocÆt xii'],
    ["'TacoCat'.upperAscii()", 'TACOCAT'],
    ["'TacoCÆt Xii'.upperAscii()", 'TACOCÆT XII'],
    ["'hello hello'.replace('he', 'we')", 'wello wello'],
    ["'hello hello'.replace('he', 'we', -1)", 'wello wello'],
    ["'hello hello'.replace('he', 'we', 1)", 'wello hello'],
    ["'hello hello'.replace('he', 'we', 0)", 'hello hello'],
    ["'hello hello'.replace('', '_')", '_h_e_l_l_o_ _h_e_l_l_o_'],
    ["'hello hello'.replace('h', '')", 'ello ello'],
    ["'hello hello hello'.split(' ')", ['hello', 'hello', 'hello']],
    ["'hello hello hello'.split(' ', 0)", []],
    ["'hello hello hello'.split(' ', 1)", ['hello hello hello']],
    ["'hello hello hello'.split(' ', 2)", ['hello', 'hello hello']],
    ["'hello hello hello'.split(' ', -1)", ['hello', 'hello', 'hello']],
    ["'😀ab'.split('')", ['😀', 'a', 'b']],
    ["'tacocat'.substring(4)", 'cat'],
    ["'tacocat'.substring(0, 4)", 'taco'],
    ["'tacocat'.substring(-1)", { error: 'index out of range: -1' }],
    ["'tacocat'.substring(2, 1)", { error: 'invalid substring range. start: 2, end: 1' }],
    ["'😀ab'.substring(1)", 'ab'],
    ["'  \\ttrim\\n    '.trim()", 'trim'],
    ["'\\u00a0trim\\u3000'.trim()", 'trim'],
    ["['hello', 'mellow'].join()", 'hellomellow'],
    ["['hello', 'mellow'].join(' ')", 'hello mellow'],
    ["strings.quote('single-quote with \"double quote\"')", '"single-quote with \\"double quote\\""'],
    ["strings.quote('two escape sequences \\a\\n')", '"two escape sequences \\a\\n"'],
    ["'this is a string: %s'.format(['something'])", 'this is a string: something'],
    ["'%d and %d'.format([1, 2])", '1 and 2'],
    ["'%.3f'.format([1.23456])", '1.235'],
    ["'%f'.format([2.5])", '2.500000'],
    ["'%e'.format([2.5])", '2.500000e+00'],
    ["'%b %o %x %X'.format([5, 8, 255, 255])", '101 10 ff FF'],
    ["'%x'.format(['hi'])", '6869'],
    ["'%s'.format([[1, 2]])", '[1, 2]'],
    ["'100%%'.format([])", '100%'],
    ["'%d'.format([1.5])", { error: 'error during formatting: decimal clause can only be used on integers, was given double' }],
    ["'%s %s'.format(['a'])", { error: 'index 1 out of range' }],
  ]);
});

describe('regular expressions: RE2 (matches, and the Kubernetes regex library)', () => {
  table([
    ["'abc'.matches('b')", true],
    ["'ABC'.matches('(?i)^abc$')", true],
    ["matches('abc', '^a')", true],
    // The documentation's examples: `[0-9]*` first matches the empty string at the start.
    ["'abc 123'.find('[0-9]*')", ''],
    ["'abc 123'.find('[0-9]+')", '123'],
    ["'abc'.find('[0-9]+')", ''],
    ["'1, 2, 3, 4'.findAll('[0-9]*')", ['1', '', '2', '', '3', '', '4']],
    ["'1, 2, 3, 4'.findAll('[0-9]+').map(x, int(x)).sum() < 100", true],
    ["'1, 2, 3, 4'.findAll('[0-9]+', 2)", ['1', '2']],
    ["'1, 2, 3, 4'.findAll('[0-9]+', 0)", []],
    // Backtracking engines take seconds on this; RE2 is linear in the input.
    ["('a' + 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!').matches('^(a+)+$')", false],
    ["'a'.matches('(?=a)')", { compile: 'compilation failed: error parsing regexp: invalid or unsupported Perl syntax: `(?=`' }],
  ]);
  it('a pattern that is not RE2 and not a literal fails at evaluation', () => {
    expect(evaluate('object.name.matches(object.pattern)', 36, { object: toCel({ name: 'a', pattern: '(' }) })).toEqual({ error: 'Illegal regex: error parsing regexp: missing closing ): `(`' });
  });
});

describe('the Kubernetes list library, cel-go sets, and (1.34) lists version 3', () => {
  table([
    ["['a', 'b', 'c'].isSorted()", true],
    ['[3, 1].isSorted()', false],
    ['[].isSorted()', true],
    ['[1, 2, 3].sum()', 6n],
    ['[0.5, 0.25].sum() == 0.75', true],
    ['[duration("1s"), duration("2s")].sum() == duration("3s")', true],
    ['[].sum()', 0n],
    ['[3, 1, 2].min()', 1n],
    ["['b', 'a'].max()", 'b'],
    ['[].min()', { error: 'min called on empty list' }],
    ["['x', 'should-be-first'].indexOf('should-be-first') == 1", true],
    ['[1, 2, 1].lastIndexOf(1)', 2n],
    ['[1, 2].indexOf(3)', -1n],
    ['sets.contains([], [])', true],
    ['sets.contains([1, 2, 3, 4], [2, 3])', true],
    ['sets.contains([dyn(1), dyn(2.0), dyn(3u)], [dyn(1.0), dyn(2u), dyn(3)])', true],
    ['sets.equivalent([1], [1, 1])', true],
    ['sets.equivalent([1, 2, 3], [3, 2, 1])', true],
    ['sets.equivalent([1, 2], [1])', false],
    ['sets.intersects([1], [])', false],
    ['sets.intersects([1], [1, 2])', true],
    ['[1, 2, 3, 4].slice(1, 3)', [2n, 3n]],
    ['[1, 2].slice(2, 1)', { error: 'cannot slice(2, 1), start index must be less than or equal to end index' }],
    ['[[1, 2], [3]].flatten()', [1n, 2n, 3n]],
    ['[[dyn(1), dyn([2])], [dyn(3)]].flatten()', [1n, [2n], 3n]],
    ['[[dyn(1), dyn([2])], [dyn(3)]].flatten(2)', [1n, 2n, 3n]],
    // Kubernetes compiles with homogeneous aggregate literals: cel-go's README example [[1, [2]], [3]] does not compile there.
    ['[[1, [2]], [3]].flatten()', { compile: "List elements must have the same type, expected type 'int' but found 'list<int>'" }],
    ['[1, 2, 3].reverse()', [3n, 2n, 1n]],
    ['[1, 2, 1, 3].distinct()', [1n, 2n, 3n]],
    ["['b', 'c', 'a'].sort()", ['a', 'b', 'c']],
    ['lists.range(3)', [0n, 1n, 2n]],
  ]);
  it('lists version 3 is not in the environment before 1.34', () => {
    expect(evaluate('lists.range(3)', 33)).toEqual({ compile: "undeclared reference to 'lists' (lists is in Kubernetes' CEL environment from 1.34; this run targets 1.33)" });
  });
});

describe('the Kubernetes quantity library (the documentation examples)', () => {
  table([
    ["quantity('500000G').isInteger()", true],
    ["quantity('50k').asInteger()", 50000n],
    ["quantity('9999999999999999999999999999999999999G').asApproximateFloat() > 1e45", true],
    ["quantity('9999999999999999999999999999999999999G').isInteger()", false],
    ["quantity('9999999999999999999999999999999999999G').asInteger()", { error: 'cannot convert value to integer' }],
    ["quantity('50k').add(quantity('20k')) == quantity('70k')", true],
    ["quantity('50k').sub(20000) == quantity('30k')", true],
    ["quantity('50k').add(20).sub(quantity('100k')).sub(-50000) == quantity('20')", true],
    ["quantity('200M').compareTo(quantity('0.2G'))", 0n],
    ["quantity('150Mi').isGreaterThan(quantity('100Mi'))", true],
    ["quantity('50M').isLessThan(quantity('100M'))", true],
    ["quantity('1Gi') == quantity('1024Mi')", true],
    ["quantity('1Gi') != quantity('1G')", true],
    ["quantity('-5').sign()", -1n],
    ["quantity('0.5').isInteger()", false],
    ["isQuantity('1.5Gi')", true],
    ["isQuantity('200K')", false],
    ["isQuantity(' 1')", false],
    ["quantity('Mi')", { error: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'" }],
    ["quantity('50k').add('20k')", { compile: "found no matching overload for 'Quantity.add(string)'" }],
  ]);
});

describe('the Kubernetes URL library', () => {
  table([
    ["url('https://example.com:80/').getHost()", 'example.com:80'],
    ["url('https://example.com/path with spaces/').getEscapedPath()", '/path%20with%20spaces/'],
    ["url('https://example.com:80/').getHostname()", 'example.com'],
    ["url('https://example.com:80/').getPort()", '80'],
    ["url('https://[::1]:80/').getHostname()", '::1'],
    ["url('https://[::1]:80/').getHost()", '[::1]:80'],
    ["url('https://example.com/path').getScheme()", 'https'],
    ["url('/absolute-path').getScheme()", ''],
    ["url('https://example.com/?k=a&k=b&x=%20y').getQuery()", toCel({ k: ['a', 'b'], x: [' y'] })],
    ["url('https://example.com').getQuery()", toCel({})],
    ["isURL('https://example.com')", true],
    ["isURL('example.com')", false],
    ["isURL('/relative/is/fine')", true],
    ["url('example.com')", { error: 'URL parse error during conversion from string: parse "example.com": invalid URI for request' }],
    ["url('https://example.com:port/')", { error: 'URL parse error during conversion from string: parse "https://example.com:port/": invalid port ":port" after host' }],
  ]);
});

describe('the Kubernetes IP and CIDR libraries (1.30)', () => {
  table([
    ["isIP('1.2.3.4')", true],
    ["isIP('1.2.3')", false],
    ["isIP('01.2.3.4')", false],
    ["isIP('::ffff:1.2.3.4')", false],
    ["isIP('fe80::1%eth0')", false],
    ["ip('1.2.3')", { error: 'IP Address "1.2.3" parse error during conversion from string: ParseAddr("1.2.3"): IPv4 address too short' }],
    ["ip('::ffff:1.2.3.4')", { error: 'IPv4-mapped IPv6 address "::ffff:1.2.3.4" is not allowed' }],
    ["ip('fe80::1%eth0')", { error: 'IP address "fe80::1%eth0" with zone value is not allowed' }],
    ["ip('127.0.0.1').family()", 4n],
    ["ip('::1').family()", 6n],
    ["ip('127.0.0.1').isLoopback()", true],
    ["ip('::1').isLoopback()", true],
    ["ip('0.0.0.0').isUnspecified()", true],
    ["ip('fe80::1').isLinkLocalUnicast()", true],
    ["ip('169.254.1.1').isLinkLocalUnicast()", true],
    ["ip('ff02::1').isLinkLocalMulticast()", true],
    ["ip('224.0.0.1').isLinkLocalMulticast()", true],
    ["ip('192.168.0.1').isGlobalUnicast()", true],
    ["ip('255.255.255.255').isGlobalUnicast()", false],
    ["ip.isCanonical('2001:db8::abcd')", true],
    ["ip.isCanonical('2001:DB8::ABCD')", false],
    ["ip.isCanonical('2001:db8:0:0:0:0:0:1')", false],
    ["string(ip('2001:db8:0:0:0:0:0:1'))", '2001:db8::1'],
    ["ip('127.0.0.1') == ip('127.0.0.1')", true],
    ["cidr('192.168.0.0/24').containsIP(ip('192.168.0.1'))", true],
    ["cidr('192.168.0.0/24').containsIP('192.168.1.1')", false],
    ["cidr('192.168.0.0/16').containsCIDR(cidr('192.168.10.0/24'))", true],
    ["cidr('192.168.10.0/24').containsCIDR('192.168.0.0/16')", false],
    ["cidr('192.168.0.1/24').masked() == cidr('192.168.0.0/24')", true],
    ["cidr('192.168.0.1/24').ip() == ip('192.168.0.1')", true],
    ["cidr('2001:db8::/32').prefixLength()", 32n],
    ["string(cidr('2001:db8:0:0::/32'))", '2001:db8::/32'],
    ["isCIDR('192.168.0.0/33')", false],
    ["isCIDR('192.168.0.0/08')", false],
  ]);
  it('is not in the environment before 1.30', () => {
    expect(evaluate("isIP('1.2.3.4')", 29)).toEqual({ compile: "found no matching overload for 'isIP(string)' (isIP is in Kubernetes' CEL environment from 1.30; this run targets 1.29)" });
  });
});

describe('the Kubernetes format library (1.31)', () => {
  table([
    ["format.dns1123Label().validate('my-name').hasValue()", false],
    [
      "format.dns1123Label().validate('MyName').value()",
      ["a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"],
    ],
    ["format.dns1123Subdomain().validate('example.com').hasValue()", false],
    ["format.dns1035Label().validate('1abc').hasValue()", true],
    ["format.dns1123LabelPrefix().validate('my-prefix-').hasValue()", false],
    ["format.qualifiedName().validate('example.com/Name').hasValue()", false],
    ["format.labelValue().validate('a b').hasValue()", true],
    ["format.uuid().validate('123e4567-e89b-12d3-a456-426614174000').hasValue()", false],
    ["format.date().validate('2024-02-30').hasValue()", true],
    ["format.datetime().validate('2024-02-29T10:00:00Z').hasValue()", false],
    ["format.named('dns1123Label').hasValue()", true],
    ["format.named('nope').hasValue()", false],
  ]);
});

describe('the Kubernetes semver library (1.33)', () => {
  table([
    ["semver('1.2.3').major()", 1n],
    ["semver('1.2.3').patch()", 3n],
    ["isSemver('1.2')", false],
    ["isSemver('v1.2', true)", true],
    ["semver('v1.2', true) == semver('1.2.0')", true],
    ["semver('1.0.0-alpha').isLessThan(semver('1.0.0'))", true],
    ["semver('1.0.0-alpha.1').isLessThan(semver('1.0.0-alpha.beta'))", true],
    ["semver('1.10.0').compareTo(semver('1.9.0'))", 1n],
    ["isSemver('01.2.3')", false],
  ]);
  it('is not in the environment before 1.33', () => {
    expect(evaluate("isSemver('1.2.3')", 32)).toEqual({ compile: "found no matching overload for 'isSemver(string)' (isSemver is in Kubernetes' CEL environment from 1.33; this run targets 1.32)" });
  });
});

describe('two-variable comprehensions (1.32)', () => {
  table([
    ['[1, 2, 3].all(i, v, i < v)', true],
    ["{'hello': 'world'}.all(k, v, k != v)", true],
    ['[1, 2].exists(i, v, i == 1 && v == 2)', true],
    ["{'a': 1, 'b': 2}.existsOne(k, v, v == 2)", true],
    ['[1, 2, 3].transformList(i, v, i > 0, v * 2)', [4n, 6n]],
    ["{'greeting': 'hello'}.transformMap(k, v, v + '!') == {'greeting': 'hello!'}", true],
    ["{'a': 'b'}.transformMapEntry(k, v, {v: k}) == {'b': 'a'}", true],
    ["[0, 1].all(i, v, v / i > 0)", { error: 'division by zero' }],
    ["[0, 1].exists(i, v, v / i > 0)", true],
  ]);
  it('are not in the environment before 1.32', () => {
    expect(evaluate('[1].transformList(i, v, v)', 31)).toMatchObject({ compile: expect.stringContaining('transformList is in Kubernetes\' CEL environment from 1.32') });
  });
});

describe('optional values, has() and absent fields', () => {
  const object = toCel({ spec: { replicas: 3, template: { metadata: { labels: { 'app.kubernetes.io/name': 'x' } } } } });
  table(
    [
      ['optional.of(1).hasValue()', true],
      ['optional.none().orValue(2)', 2n],
      ["{'a': 1}[?'b'].orValue(0)", 0n],
      ['[1][?5].hasValue()', false],
      ['optional.ofNonZeroValue(0).hasValue()', false],
      ["optional.ofNonZeroValue('x').value()", 'x'],
      ["object.?spec.?nope.orValue('d')", 'd'],
      ['object.?spec.?replicas.orValue(0)', 3n],
      ['has(object.spec.nope)', false],
      ['has(object.spec.replicas)', true],
      ['has(object.nope.x)', { error: 'No such key: nope' }],
      ['object.spec.nope', { error: 'No such key: nope' }],
      ["object.spec.template.metadata.labels['app.kubernetes.io/name']", 'x'],
      ['object.spec.replicas + 1', 4n],
      ['type(object.spec.replicas) == int', true],
      ['object.spec.replicas < 3.5', true],
      ['object.constructor', { error: 'No such key: constructor' }],
      ["object['__proto__']", { error: 'No such key: __proto__' }],
      ['9223372036854775807 + 1', { error: 'integer overflow: 9223372036854775808' }],
      ["timestamp('2024-03-01T00:00:00Z').getMonth()", 2n],
      ['cel.bind(x, 1, x)', { compile: "undeclared reference to 'cel' (cel.bind is not in Kubernetes' CEL environment)" }],
      ["b'abc'.base64()", { compile: "no function 'base64' in Kubernetes' CEL environment" }],
    ],
    36,
    { object },
  );
});

describe('what no manifest holds', () => {
  it('an authorizer check is not evaluable', () => {
    const compiled = compileExpression(kubernetesEnvironment(36).clone().registerVariable('authorizer', 'Authorizer'), "authorizer.group('').resource('pods').check('create').allowed()", 'bool', 36);
    if (!('evaluate' in compiled)) throw new Error(compiled.message);
    expect(() => new Meter().run(() => compiled.evaluate({ authorizer: authorizerValue() }))).toThrow(NotEvaluableError);
  });

  it('a namespace whose labels are unknown: its name label reads, any other read is not evaluable', () => {
    const labels = new PartialMap({ 'kubernetes.io/metadata.name': 'apps' }, 'unknown labels');
    const read = (expression: string) => evaluate(expression, 36, { labels });
    expect(read("labels['kubernetes.io/metadata.name']")).toBe('apps');
    for (const expression of ["labels['team']", "has(labels.team)", "'team' in labels", 'labels.size()', 'labels.all(k, k != "")', "labels.?team.orValue('x')"]) {
      expect(() => {
        const env = kubernetesEnvironment(36).clone().registerVariable('labels', 'dyn');
        const compiled = compileExpression(env, expression, 'any', 36);
        if (!('evaluate' in compiled)) throw new Error(compiled.message);
        compiled.evaluate({ labels });
      }, expression).toThrow(NotEvaluableError);
    }
  });
});
