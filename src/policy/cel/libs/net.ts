import type { Environment } from '@marcbachmann/cel-js';
import { fail, registerNamespace } from './common.js';

/**
 * Kubernetes' IP and CIDR libraries (k8s.io/apiserver/pkg/cel/library ip.go and cidr.go, base
 * environment 1.30). Addresses are read as Go's net/netip reads them, and then refused as
 * Kubernetes refuses them: IPv4-mapped IPv6 addresses and zones are errors.
 */
type Bytes = readonly number[];

export class IPValue {
  constructor(readonly bytes: Bytes) {}
  get family(): 4 | 6 {
    return this.bytes.length === 4 ? 4 : 6;
  }
  equals(other: unknown): boolean {
    return other instanceof IPValue && sameBytes(this.bytes, other.bytes);
  }
  toString(): string {
    return formatAddress(this.bytes);
  }
}

export class CIDRValue {
  constructor(
    readonly address: IPValue,
    readonly bits: number,
  ) {}
  equals(other: unknown): boolean {
    return other instanceof CIDRValue && this.bits === other.bits && this.address.equals(other.address);
  }
  toString(): string {
    return `${this.address.toString()}/${this.bits}`;
  }
  masked(): CIDRValue {
    return new CIDRValue(new IPValue(mask(this.address.bytes, this.bits)), this.bits);
  }
  contains(ip: IPValue): boolean {
    return ip.family === this.address.family && sameBytes(mask(ip.bytes, this.bits), mask(this.address.bytes, this.bits));
  }
}

function sameBytes(a: Bytes, b: Bytes): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function mask(bytes: Bytes, bits: number): number[] {
  return bytes.map((b, i) => {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    return b & ((0xff << (8 - keep)) & 0xff);
  });
}

/** netip.ParseAddr's answer: the bytes, with a zone if one was given, or the reason it is not an address. */
function parseAddr(text: string): { bytes: number[]; zone?: string } | string {
  if (text.includes(':')) return parseIPv6(text);
  if (text.includes('.')) {
    const v4 = parseIPv4(text);
    return typeof v4 === 'string' ? v4 : { bytes: v4 };
  }
  return 'unable to parse IP';
}

function parseIPv4(text: string): number[] | string {
  const parts = text.split('.');
  if (parts.length !== 4) return 'IPv4 address too short';
  const bytes: number[] = [];
  for (const part of parts) {
    if (part === '') return 'IPv4 field must have at least one digit';
    if (!/^[0-9]+$/.test(part)) return 'unexpected character';
    if (part.length > 1 && part.startsWith('0')) return 'IPv4 field has octet with leading zero';
    const value = Number(part);
    if (value > 255) return 'IPv4 field has value >255';
    bytes.push(value);
  }
  return bytes;
}

function parseIPv6(text: string): { bytes: number[]; zone?: string } | string {
  let zone: string | undefined;
  const percent = text.indexOf('%');
  if (percent !== -1) {
    zone = text.slice(percent + 1);
    if (zone === '') return 'zone must be a non-empty string';
    text = text.slice(0, percent);
  }
  const halves = text.split('::');
  if (halves.length > 2) return 'multiple :: in address';
  const groups = (half: string): number[] | string => {
    if (half === '') return [];
    const out: number[] = [];
    const fields = half.split(':');
    for (let i = 0; i < fields.length; i++) {
      const field = fields[i];
      if (i === fields.length - 1 && field.includes('.')) {
        const v4 = parseIPv4(field);
        if (typeof v4 === 'string') return v4;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(field)) return field === '' ? 'each colon-separated field must have at least one digit' : 'each group must have 4 or less digits';
      out.push(parseInt(field, 16));
    }
    return out;
  };
  const head = groups(halves[0]);
  if (typeof head === 'string') return head;
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (typeof tail === 'string') return tail;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return halves.length === 1 ? 'address string too short' : 'address string too long';
  const all = [...head, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...tail];
  const bytes = all.flatMap((g) => [g >> 8, g & 0xff]);
  return zone === undefined ? { bytes } : { bytes, zone };
}

function isMappedV4(bytes: Bytes): boolean {
  return bytes.length === 16 && bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
}

/** Kubernetes' ip(): netip.ParseAddr, then no zone and no IPv4-mapped IPv6. */
function readIP(text: string): IPValue | string {
  const parsed = parseAddr(text);
  if (typeof parsed === 'string') return `IP Address ${JSON.stringify(text)} parse error during conversion from string: ParseAddr(${JSON.stringify(text)}): ${parsed}`;
  if (parsed.zone !== undefined) return `IP address ${JSON.stringify(text)} with zone value is not allowed`;
  if (isMappedV4(parsed.bytes)) return `IPv4-mapped IPv6 address ${JSON.stringify(text)} is not allowed`;
  return new IPValue(parsed.bytes);
}

function readCIDR(text: string): CIDRValue | string {
  const slash = text.lastIndexOf('/');
  const error = (why: string): string => `network address parse error during conversion from string: netip.ParsePrefix(${JSON.stringify(text)}): ${why}`;
  if (slash === -1) return error('no \'/\'');
  const addr = parseAddr(text.slice(0, slash));
  if (typeof addr === 'string') return error(addr);
  if (addr.zone !== undefined) return error('IPv6 zones cannot be present in a prefix');
  const bitsText = text.slice(slash + 1);
  const max = addr.bytes.length * 8;
  if (!/^(0|[1-9][0-9]*)$/.test(bitsText) || Number(bitsText) > max) return error(`bad bits after slash: ${JSON.stringify(bitsText)}`);
  if (isMappedV4(addr.bytes)) return `IPv4-mapped IPv6 address ${JSON.stringify(text)} is not allowed`;
  return new CIDRValue(new IPValue(addr.bytes), Number(bitsText));
}

/** An address as netip writes it: dotted IPv4; IPv6 lower-case with the longest run of zero groups (two or more) as `::`. */
function formatAddress(bytes: Bytes): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8) | bytes[i + 1]);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

function ip(text: string): IPValue {
  const read = readIP(text);
  return typeof read === 'string' ? fail(read) : read;
}

function cidr(text: string): CIDRValue {
  const read = readCIDR(text);
  return typeof read === 'string' ? fail(read) : read;
}

function isUnspecified(bytes: Bytes): boolean {
  return bytes.every((b) => b === 0);
}

function isLoopback(bytes: Bytes): boolean {
  return bytes.length === 4 ? bytes[0] === 127 : bytes.slice(0, 15).every((b) => b === 0) && bytes[15] === 1;
}

function isMulticast(bytes: Bytes): boolean {
  return bytes.length === 4 ? (bytes[0] & 0xf0) === 0xe0 : bytes[0] === 0xff;
}

function isLinkLocalMulticast(bytes: Bytes): boolean {
  return bytes.length === 4 ? bytes[0] === 224 && bytes[1] === 0 && bytes[2] === 0 : bytes[0] === 0xff && (bytes[1] & 0x0f) === 0x02;
}

function isLinkLocalUnicast(bytes: Bytes): boolean {
  return bytes.length === 4 ? bytes[0] === 169 && bytes[1] === 254 : bytes[0] === 0xfe && (bytes[1] & 0xc0) === 0x80;
}

/** netip's IsGlobalUnicast: not unspecified, loopback, multicast, link-local or (IPv4) the broadcast address. */
function isGlobalUnicast(bytes: Bytes): boolean {
  if (bytes.length === 4 && bytes.every((b) => b === 255)) return false;
  return !isUnspecified(bytes) && !isLoopback(bytes) && !isMulticast(bytes) && !isLinkLocalUnicast(bytes);
}

function asIP(value: IPValue | string): IPValue {
  return typeof value === 'string' ? ip(value) : value;
}

export function registerNet(env: Environment): void {
  env.registerType('IP', IPValue);
  env.registerType('CIDR', CIDRValue);
  registerNamespace(env, 'ip', 'IPNamespace');
  const fn = (signature: string, handler: (...args: never[]) => unknown): void => {
    env.registerFunction(signature, handler as (...args: unknown[]) => unknown);
  };
  fn('ip(string): IP', (s: string) => ip(s));
  fn('isIP(string): bool', (s: string) => typeof readIP(s) !== 'string');
  fn('IPNamespace.isCanonical(string): bool', (_: unknown, s: string) => ip(s).toString() === s);
  fn('IP.family(): int', (a: IPValue) => BigInt(a.family));
  fn('IP.isUnspecified(): bool', (a: IPValue) => isUnspecified(a.bytes));
  fn('IP.isLoopback(): bool', (a: IPValue) => isLoopback(a.bytes));
  fn('IP.isLinkLocalMulticast(): bool', (a: IPValue) => isLinkLocalMulticast(a.bytes));
  fn('IP.isLinkLocalUnicast(): bool', (a: IPValue) => isLinkLocalUnicast(a.bytes));
  fn('IP.isGlobalUnicast(): bool', (a: IPValue) => isGlobalUnicast(a.bytes));
  fn('string(IP): string', (a: IPValue) => a.toString());
  env.registerOperator('IP == IP', (a: IPValue, b: IPValue) => a.equals(b));

  fn('cidr(string): CIDR', (s: string) => cidr(s));
  fn('isCIDR(string): bool', (s: string) => typeof readCIDR(s) !== 'string');
  fn('CIDR.containsIP(IP): bool', (c: CIDRValue, a: IPValue) => c.contains(a));
  fn('CIDR.containsIP(string): bool', (c: CIDRValue, a: string) => c.contains(asIP(a)));
  fn('CIDR.containsCIDR(CIDR): bool', (c: CIDRValue, other: CIDRValue) => other.bits >= c.bits && c.contains(other.address));
  fn('CIDR.containsCIDR(string): bool', (c: CIDRValue, text: string) => {
    const other = cidr(text);
    return other.bits >= c.bits && c.contains(other.address);
  });
  fn('CIDR.ip(): IP', (c: CIDRValue) => c.address);
  fn('CIDR.masked(): CIDR', (c: CIDRValue) => c.masked());
  fn('CIDR.prefixLength(): int', (c: CIDRValue) => BigInt(c.bits));
  fn('string(CIDR): string', (c: CIDRValue) => c.toString());
  env.registerOperator('CIDR == CIDR', (a: CIDRValue, b: CIDRValue) => a.equals(b));
}
