import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareQuantities, parseQuantity, type Quantity } from '../../src/k8s/quantity.js';

function q(value: unknown): Quantity {
  const parsed = parseQuantity(value);
  if (!parsed) throw new Error(`expected ${JSON.stringify(value)} to parse`);
  return parsed;
}

function cmp(a: unknown, b: unknown): number {
  return compareQuantities(q(a), q(b));
}

describe('parseQuantity', () => {
  it.each([
    ['100m', '0.1'],
    ['1', '1000m'],
    ['1k', '1000'],
    ['1M', '1000k'],
    ['1G', '1000M'],
    ['1T', '1000G'],
    ['1P', '1000T'],
    ['1E', '1000P'],
    ['1u', '1000n'],
    ['1m', '1000u'],
    ['1Ki', '1024'],
    ['1Mi', '1024Ki'],
    ['1Gi', '1024Mi'],
    ['1Ti', '1024Gi'],
    ['1Pi', '1024Ti'],
    ['1Ei', '1024Pi'],
    ['1.5Gi', '1536Mi'],
    ['0.5Ki', '512'],
    ['1e3', '1k'],
    ['1E3', '1k'],
    ['1e+3', '1k'],
    ['1e-3', '1m'],
    ['1.5e2', '150'],
    ['.5', '500m'],
    ['5.', '5'],
    ['+2', '2'],
    ['007', '7'],
    ['-0', '0'],
    ['0Mi', '0'],
    ['1.', '1'],
    ['1.G', '1G'],
  ])('%s equals %s', (a, b) => {
    expect(cmp(a, b)).toBe(0);
  });

  it('reads YAML numbers as the API does', () => {
    expect(cmp(0.5, '500m')).toBe(0);
    expect(cmp(1, '1000m')).toBe(0);
    expect(cmp(0.15, '150m')).toBe(0);
    expect(cmp(1e21, '1000E')).toBe(0);
    expect(cmp(1.5e-7, '150n')).toBe(0);
    expect(cmp(-2, '-2000m')).toBe(0);
    expect(cmp(-0, '0')).toBe(0);
  });

  it('trims surrounding white space as UnmarshalJSON does', () => {
    expect(cmp(' 500m\t', '500m')).toBe(0);
    expect(cmp('\u00a01Gi\u3000', '1Gi')).toBe(0);
    expect(parseQuantity('\ufeff1')).toBeUndefined();
  });

  it('rounds anything finer than a nano up, away from zero', () => {
    expect(cmp('0.1n', '1n')).toBe(0);
    expect(cmp('1.1n', '2n')).toBe(0);
    expect(cmp('15e-10', '2n')).toBe(0);
    expect(cmp('-0.1n', '-1n')).toBe(0);
    expect(cmp('1e-2147483648', '1n')).toBe(0);
    expect(cmp('0.0000000001Ki', '103n')).toBe(0); // 102.4n
  });

  it('caps binary quantities at the int64 maximum, and decimal ones not', () => {
    expect(cmp('8Ei', '9223372036854775807')).toBe(0);
    expect(cmp('100Ei', '8Ei')).toBe(0);
    expect(cmp('-100Ei', '-9223372036854775807')).toBe(0);
    expect(cmp('10E', '8Ei')).toBe(1);
  });

  it('compares huge exponents without expanding them', () => {
    expect(cmp('1e2147483647', '2e2147483646')).toBe(1);
    expect(cmp('10e2147483646', '1e2147483647')).toBe(0);
    expect(cmp('-1e2147483647', '1')).toBe(-1);
  });

  it('wraps the exponent to int32 as the API does', () => {
    expect(cmp('1e4294967296', '1')).toBe(0);
    expect(cmp('1e2147483648', '1e-2147483648')).toBe(0);
    expect(parseQuantity('1e9223372036854775808')).toBeUndefined();
  });

  it.each([
    [''],
    [' '],
    ['-'],
    ['+'],
    ['.'],
    ['Mi'],
    ['m'],
    ['abc'],
    ['1.5.5'],
    ['1e'],
    ['1e+'],
    ['1K'],
    ['1KB'],
    ['1kb'],
    ['1mi'],
    ['1 Mi'],
    ['1Mi '.repeat(2)],
    ['0x10'],
    ['1e1.5'],
    ['1Ki5'],
    ['1m5'],
    ['--1'],
    ['1_000'],
  ])('rejects %j', (text) => {
    expect(parseQuantity(text)).toBeUndefined();
  });

  it.each([[true], [null], [undefined], [{}], [[1]], [Number.NaN], [Number.POSITIVE_INFINITY]])('rejects the value %j', (value) => {
    expect(parseQuantity(value)).toBeUndefined();
  });
});

describe('compareQuantities', () => {
  it('orders by value', () => {
    expect(cmp('2', '500m')).toBe(1);
    expect(cmp('500m', '2')).toBe(-1);
    expect(cmp('1G', '1Gi')).toBe(-1);
    expect(cmp('1Gi', '1G')).toBe(1);
    expect(cmp('-1', '0')).toBe(-1);
    expect(cmp('0', '-1')).toBe(1);
    expect(cmp('-2', '-1')).toBe(-1);
    expect(cmp('999m', '1')).toBe(-1);
    expect(cmp('1001m', '1')).toBe(1);
  });
});

const wholeNumber = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
const fractionDigits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 12 });

describe('properties', () => {
  it('n equals n000m', () => {
    fc.assert(fc.property(wholeNumber, (n) => cmp(`${n}`, `${n * 1000n}m`) === 0));
  });

  it('a binary suffix is 1024 of the next smaller one', () => {
    const suffixes = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi'];
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.integer({ min: 1, max: suffixes.length - 1 }), (n, i) =>
        cmp(`${n}${suffixes[i]}`, `${n * 1024n}${suffixes[i - 1]}`) === 0,
      ),
    );
  });

  it('a fraction equals its digits with a negative exponent', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fractionDigits, (whole, fraction) =>
        cmp(`${whole}.${fraction}`, `${whole}${fraction}e-${fraction.length}`) === 0,
      ),
    );
  });

  it('a YAML number of millis equals the same millis written with m', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 14), max: 10 ** 14 }), (millis) => cmp(millis / 1000, `${millis}m`) === 0),
    );
  });

  it('compares as the integers it stands for, whatever the suffix', () => {
    const scaled = fc.tuple(wholeNumber, fc.constantFrom(['', 1n], ['k', 1000n], ['Ki', 1024n], ['M', 10n ** 6n], ['Mi', 2n ** 20n]));
    fc.assert(
      fc.property(scaled, scaled, ([a, [sa, fa]], [b, [sb, fb]]) => {
        const expected = Math.sign(Number(a * fa - b * fb));
        // Binary quantities are capped at the int64 maximum; keep to values below it.
        fc.pre((a * fa < 0n ? -a * fa : a * fa) < 2n ** 63n && (b * fb < 0n ? -b * fb : b * fb) < 2n ** 63n);
        return cmp(`${a}${sa}`, `${b}${sb}`) === expected;
      }),
    );
  });

  it('is antisymmetric and reflexive', () => {
    const text = fc.tuple(
      fc.constantFrom('', '-', '+'),
      fc.bigInt({ min: 0n, max: 10n ** 20n }),
      fc.option(fractionDigits, { nil: undefined }),
      fc.constantFrom('', 'n', 'u', 'm', 'k', 'M', 'G', 'Ki', 'Mi', 'Gi', 'e3', 'e-12', 'E+7'),
    ).map(([sign, whole, fraction, suffix]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${suffix}`);
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(cmp(a, a)).toBe(0);
        expect(cmp(a, b)).toBe(-cmp(b, a) || 0);
      }),
    );
  });

  it('rounding up to nanos never lowers a value', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n }), fc.integer({ min: 10, max: 30 }), (n, places) => {
        const text = `${n}e-${places}`;
        const nanos = (n * 10n ** 9n + 10n ** BigInt(places) - 1n) / 10n ** BigInt(places);
        return cmp(text, `${nanos}n`) === 0;
      }),
    );
  });
});
