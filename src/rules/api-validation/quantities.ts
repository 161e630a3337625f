import type { Quantity } from '../../k8s/quantity.js';

/**
 * A quantity's canonical text, as `resource.Quantity.String()` writes it: DecimalSI amounts with
 * the largest SI suffix that keeps the number whole (`1000` is `1k`, `0.001` is `1m`), BinarySI
 * amounts of 1024 or more that are whole with the largest binary suffix (`1024Mi` is `1Gi`), and
 * exponent forms in powers of 1000 (`1e3` stays `1e3`). The format is that of the text written
 * (a YAML number is DecimalSI).
 */
export function canonicalQuantity(q: Quantity, written?: unknown): string {
  const format = formatOf(written);
  const sign = q.sign < 0 ? '-' : '';
  if (q.sign === 0) return '0';
  if (format === 'binary' && q.exponent >= 0) {
    const value = q.coefficient * 10n ** BigInt(q.exponent);
    if (value >= 1024n) {
      let mantissa = value;
      let power = 0;
      while (power < BINARY_SUFFIXES.length - 1 && mantissa % 1024n === 0n) {
        mantissa /= 1024n;
        power++;
      }
      return `${sign}${mantissa}${BINARY_SUFFIXES[power]}`;
    }
  }
  // Decimal: the exponent in steps of three, as large as keeps the mantissa whole.
  let mantissa = q.coefficient;
  let exponent = q.exponent;
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === 'exponent') return exponent === 0 ? `${sign}${mantissa}` : `${sign}${mantissa}e${exponent}`;
  while (exponent < 18 && mantissa % 1000n === 0n) {
    mantissa /= 1000n;
    exponent += 3;
  }
  while (exponent > 18) {
    mantissa *= 1000n;
    exponent -= 3;
  }
  return `${sign}${mantissa}${DECIMAL_SUFFIXES[exponent]}`;
}

const BINARY_SUFFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL_SUFFIXES: Readonly<Record<number, string>> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };

function formatOf(written: unknown): 'binary' | 'decimal' | 'exponent' {
  if (typeof written !== 'string') return 'decimal';
  const text = written.trim();
  if (/[KMGTPE]i$/.test(text)) return 'binary';
  if (/[0-9.][eE][+-]?[0-9]+$/.test(text)) return 'exponent';
  return 'decimal';
}
