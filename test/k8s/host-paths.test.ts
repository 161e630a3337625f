import { describe, expect, it } from 'vitest';
import { isUnderHostPath, joinHostPath, normaliseHostPath, parseHostPathPattern, sensitiveMatch, type HostPathPattern } from '../../src/k8s/host-paths.js';

const patterns = (...texts: string[]): HostPathPattern[] => texts.map((t) => parseHostPathPattern(t)!);

describe('normaliseHostPath', () => {
  it.each([
    ['/var/lib/kubelet/', '/var/lib/kubelet'],
    ['//var//lib/./kubelet', '/var/lib/kubelet'],
    ['/var/lib/../lib/kubelet', '/var/lib/kubelet'],
    ['/..', '/'],
    ['/', '/'],
    ['///', '/'],
  ])('%s is %s', (input, expected) => expect(normaliseHostPath(input)).toBe(expected));

  it.each(['', 'var/log', './var', 'C', '\\\\server', 'var\\log'])('%j is not an absolute path', (input) => {
    expect(normaliseHostPath(input)).toBeUndefined();
  });

  it.each([
    ['C:\\var\\lib\\kubelet\\', 'c:/var/lib/kubelet'],
    ['C:/var/lib/kubelet', 'c:/var/lib/kubelet'],
    ['c:\\ProgramData\\Docker\\.\\containers', 'c:/programdata/docker/containers'],
    ['C:\\var\\..\\Windows', 'c:/windows'],
    ['C:\\', 'c:/'],
    ['C:', 'c:/'],
    ['\\\\.\\pipe\\docker_engine', '//./pipe/docker_engine'],
    ['\\\\.\\pipe\\CSI-Proxy-filesystem-v1', '//./pipe/csi-proxy-filesystem-v1'],
  ])('Windows path %j is %s (case-insensitive, as NTFS and the pipe namespace are)', (input, expected) => {
    expect(normaliseHostPath(input)).toBe(expected);
  });
});

describe('parseHostPathPattern', () => {
  it('reads a trailing /** as "and everything below"', () => {
    expect(parseHostPathPattern('/var/lib/kubelet/**')).toEqual({ text: '/var/lib/kubelet/**', path: '/var/lib/kubelet', shown: '/var/lib/kubelet', subtree: true });
    expect(parseHostPathPattern('/etc/')).toEqual({ text: '/etc/', path: '/etc', shown: '/etc', subtree: false });
    expect(parseHostPathPattern('/**')).toEqual({ text: '/**', path: '/', shown: '/', subtree: true });
    expect(parseHostPathPattern('etc')).toBeUndefined();
    expect(parseHostPathPattern('C:\\var\\lib\\kubelet\\**')).toEqual({ text: 'C:\\var\\lib\\kubelet\\**', path: 'c:/var/lib/kubelet', shown: 'C:\\var\\lib\\kubelet', subtree: true });
    expect(parseHostPathPattern('C:\\**')).toEqual({ text: 'C:\\**', path: 'c:/', shown: 'C:', subtree: true });
  });
});

describe('sensitiveMatch', () => {
  const list = patterns('/', '/etc', '/var/lib/kubelet/**', '/var/run/docker.sock', '/run/containerd/**');
  const match = (path: string) => {
    const m = sensitiveMatch(path, list);
    return m && [m.relation, m.pattern.text, m.viaRunLink];
  };

  it('matches the path itself, however it is spelled', () => {
    expect(match('/etc')).toEqual(['same', '/etc', false]);
    expect(match('/etc/')).toEqual(['same', '/etc', false]);
    expect(match('//etc/.')).toEqual(['same', '/etc', false]);
    expect(match('/')).toEqual(['same', '/', false]);
  });

  it('does not match below a plain entry', () => {
    expect(match('/etc/cni/net.d')).toBeUndefined();
    expect(match('/etcd')).toBeUndefined();
    expect(match('/var/run/docker.sock.d')).toBeUndefined();
  });

  it('matches below a /** entry, segment by segment', () => {
    expect(match('/var/lib/kubelet/pods')).toEqual(['inside', '/var/lib/kubelet/**', false]);
    expect(match('/var/lib/kubelet-plugins')).toBeUndefined();
  });

  it('matches a directory above a sensitive path: the mount exposes it', () => {
    expect(match('/var/lib')).toEqual(['contains', '/var/lib/kubelet/**', false]);
    expect(match('/var/run')).toEqual(['contains', '/var/run/docker.sock', false]);
  });

  it('treats /var/run and /run as one directory', () => {
    expect(match('/run/docker.sock')).toEqual(['same', '/var/run/docker.sock', true]);
    expect(match('/var/run/containerd/containerd.sock')).toEqual(['inside', '/run/containerd/**', true]);
    // /run contains /run/containerd literally; that is the clearer explanation than the link.
    expect(match('/run')).toEqual(['contains', '/run/containerd/**', false]);
  });

  it('prefers the path itself over a directory it contains', () => {
    expect(sensitiveMatch('/var/lib/kubelet', patterns('/var/lib/kubelet/plugins', '/var/lib/kubelet'))?.relation).toBe('same');
  });

  it('ignores paths that are not absolute', () => {
    expect(match('etc')).toBeUndefined();
    expect(match('')).toBeUndefined();
  });

  it('matches Windows paths against Windows patterns, without case, with either separator', () => {
    const windows = patterns('C:\\', 'C:\\var\\lib\\kubelet\\**', '\\\\.\\pipe\\docker_engine');
    const on = (path: string) => {
      const m = sensitiveMatch(path, windows);
      return m && [m.relation, m.pattern.shown];
    };
    expect(on('c:/VAR/lib/kubelet/pods')).toEqual(['inside', 'C:\\var\\lib\\kubelet']);
    expect(on('C:\\var')).toEqual(['contains', 'C:\\var\\lib\\kubelet']);
    expect(on('C:\\')).toEqual(['same', 'C:\\']);
    expect(on('\\\\.\\pipe\\Docker_Engine')).toEqual(['same', '\\\\.\\pipe\\docker_engine']);
    expect(on('D:\\var\\lib\\kubelet')).toBeUndefined();
    // A POSIX path is never a Windows one, nor the other way round.
    expect(on('/var/lib/kubelet')).toBeUndefined();
    expect(match('C:\\etc')).toBeUndefined();
  });
});

describe('isUnderHostPath', () => {
  it('is the prefix itself or below it, segment by segment', () => {
    expect(isUnderHostPath('/var/lib/kubelet/plugins', '/var/lib/kubelet/plugins/')).toBe(true);
    expect(isUnderHostPath('/var/lib/kubelet/plugins/x.csi/', '/var/lib/kubelet/plugins')).toBe(true);
    expect(isUnderHostPath('/var/lib/kubelet/plugins_registry', '/var/lib/kubelet/plugins')).toBe(false);
    expect(isUnderHostPath('/var/lib/kubelet', '/var/lib/kubelet/plugins')).toBe(false);
    expect(isUnderHostPath('/run/flannel', '/var/run')).toBe(true);
    expect(isUnderHostPath('/anything', '/')).toBe(true);
    expect(isUnderHostPath('relative', '/')).toBe(false);
    expect(isUnderHostPath('C:\\var\\lib\\kubelet\\plugins\\x', 'c:/var/lib/kubelet/plugins')).toBe(true);
    expect(isUnderHostPath('C:\\var\\lib', 'C:\\')).toBe(true);
    expect(isUnderHostPath('C:\\var', '/var')).toBe(false);
  });
});

describe('joinHostPath', () => {
  it('appends a subPath', () => {
    expect(joinHostPath('/var/lib/', 'app')).toBe('/var/lib/app');
    expect(joinHostPath('/var/lib', '')).toBe('/var/lib');
    expect(joinHostPath('C:\\var\\lib\\', 'app')).toBe('C:\\var\\lib\\app');
  });
});
