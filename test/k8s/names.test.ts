import { describe, expect, it } from 'vitest';
import {
  inclusiveRangeError,
  isDNS1123Label,
  isDNS1123Subdomain,
  isValidPortName,
  isValidPortNum,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  regexError,
} from '../../src/k8s/names.js';

const LABEL_FORMAT =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_FORMAT =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

describe('regexError', () => {
  it('words examples like the API, two spaces before each "or"', () => {
    expect(regexError('bad', 'x+')).toBe("bad (regex used for validation is 'x+')");
    expect(regexError('bad', 'x+', 'x')).toBe("bad (e.g. 'x', regex used for validation is 'x+')");
    expect(regexError('bad', 'x+', 'x', 'xx')).toBe("bad (e.g. 'x',  or 'xx', regex used for validation is 'x+')");
  });
});

describe('isDNS1123Label', () => {
  it.each(['a', 'agent', 'node-exporter', '0', '123-abc', 'a'.repeat(63)])('accepts %j', (value) => {
    expect(isDNS1123Label(value)).toEqual([]);
  });

  it.each(['', 'Agent', 'agent_1', '-agent', 'agent-', 'ag ent', 'agënt'])('rejects %j with the format message', (value) => {
    expect(isDNS1123Label(value)).toEqual([LABEL_FORMAT]);
  });

  it('says a valid subdomain has dots instead of repeating the format', () => {
    expect(isDNS1123Label('agent.v2')).toEqual(['must not contain dots']);
  });

  it('counts the length in bytes and reports it alongside the format', () => {
    expect(isDNS1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
    expect(isDNS1123Label('A'.repeat(64))).toEqual(['must be no more than 63 characters', LABEL_FORMAT]);
    expect(isDNS1123Label(`${'a'.repeat(62)}é`)).toEqual(['must be no more than 63 characters', LABEL_FORMAT]);
  });
});

describe('isDNS1123Subdomain', () => {
  it.each(['a', 'kube-proxy', 'example.com', 'a.b-c.d', 'a'.repeat(253)])('accepts %j', (value) => {
    expect(isDNS1123Subdomain(value)).toEqual([]);
  });

  it.each(['', 'Agent_1', '.a', 'a.', 'a..b', 'a.-b', 'system:node'])('rejects %j', (value) => {
    expect(isDNS1123Subdomain(value)).toEqual([SUBDOMAIN_FORMAT]);
  });

  it('limits the length to 253', () => {
    expect(isDNS1123Subdomain('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
  });
});

describe('object name checks', () => {
  it('a generateName prefix may end in a dash', () => {
    expect(nameIsDNSSubdomain('agent-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('agent-')).toEqual([SUBDOMAIN_FORMAT]);
    expect(nameIsDNSLabel('agent-', true)).toEqual([]);
  });

  it('masks the dash the way the API does, which drops the character before it too', () => {
    // "a.-" becomes "a" + "a": valid, as in the API.
    expect(nameIsDNSSubdomain('a.-', true)).toEqual([]);
    // A lone dash is too short to mask.
    expect(nameIsDNSSubdomain('-', true)).toEqual([SUBDOMAIN_FORMAT]);
  });

  it('a namespace is a label', () => {
    expect(nameIsDNSLabel('kube-system')).toEqual([]);
    expect(nameIsDNSLabel('kube.system')).toEqual(['must not contain dots']);
  });
});

describe('isValidPortName', () => {
  it.each(['http', 'metrics', 'reloader-web', 'h2c', 'a'.repeat(15)])('accepts %j', (value) => {
    expect(isValidPortName(value)).toEqual([]);
  });

  it('gives every message that applies, in the API order', () => {
    expect(isValidPortName('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(isValidPortName('Metrics_Port_9102')).toEqual([
      'must be no more than 15 characters',
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
    expect(isValidPortName('a--b')).toEqual(['must not contain consecutive hyphens']);
    expect(isValidPortName('-a-')).toEqual(['must not begin or end with a hyphen']);
    expect(isValidPortName('')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
  });
});

describe('isValidPortNum', () => {
  it('accepts 1 to 65535', () => {
    expect(isValidPortNum(1)).toEqual([]);
    expect(isValidPortNum(65535)).toEqual([]);
  });

  it.each([0, -1, 65536, 70000])('rejects %d', (value) => {
    expect(isValidPortNum(value)).toEqual([inclusiveRangeError(1, 65535)]);
    expect(inclusiveRangeError(1, 65535)).toBe('must be between 1 and 65535, inclusive');
  });
});
