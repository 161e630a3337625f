import type { JsonPath } from '../../types/finding.js';
import type { ContainerRef } from '../../k8s/containers.js';
import { POD_SPEC_PATH } from '../../k8s/containers.js';
import { asArray, asRecord } from '../../k8s/values.js';
import { isDNS1123Subdomain, isValidID } from '../../k8s/names.js';
import { safeSysctls } from '../pod-security/baseline.js';
import { type FieldErrors, int64Of, isSet, stringOf } from './field-errors.js';

const PROFILE_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'];
const FS_GROUP_CHANGE_POLICIES = ['Always', 'OnRootMismatch'];
const SUPPLEMENTAL_GROUPS_POLICIES = ['Merge', 'Strict'];
const PROC_MOUNT_TYPES = ['Default', 'Unmasked'];
const SYSCTL_FMT = '^([a-z0-9]([-_a-z0-9]*[a-z0-9])?[\\./])*[a-z0-9]([-_a-z0-9]*[a-z0-9])?$';
const sysctlName = new RegExp(SYSCTL_FMT);
const APP_ARMOR_LOCALHOST_MAX = 4095;

const PS: JsonPath = [...POD_SPEC_PATH, 'securityContext'];

/** IPC-namespaced sysctls (kernel.shm*, kernel.msg*, kernel.sem, fs.mqueue.*), which hostIPC shares with the host. */
function isIpcSysctl(name: string): boolean {
  return name.startsWith('kernel.shm') || name.startsWith('kernel.msg') || name === 'kernel.sem' || name.startsWith('fs.mqueue.');
}

/**
 * validatePodSpecSecurityContext: user and group IDs in range, shareProcessNamespace without
 * hostPID, sysctls (names, duplicates, host namespaces), fsGroupChangePolicy, seccomp and
 * AppArmor profiles, Windows options, supplementalGroupsPolicy and seLinuxChangePolicy (kept from
 * 1.33). A sysctl outside the kubelet's safe set is a warning: the API accepts it, every node's
 * kubelet refuses the pod unless it allows that sysctl.
 */
export function checkPodSecurityContext(podSpec: Record<string, unknown>, errors: FieldErrors, reportUnsafeSysctl: (path: JsonPath, name: string) => void): void {
  const context = asRecord(podSpec.securityContext);
  if (podSpec.shareProcessNamespace === true && podSpec.hostPID === true) {
    errors.invalid([...PS, 'shareProcessNamespace'], true, 'ShareProcessNamespace and HostPID cannot both be enabled', {
      node: [...POD_SPEC_PATH, 'shareProcessNamespace'],
      why: 'A pod that shares the host PID namespace cannot also share a PID namespace of its own among its containers. Choose one.',
    });
  }
  if (!context) return;
  for (const key of ['fsGroup', 'runAsUser', 'runAsGroup']) checkID(context[key], [...PS, key], errors);
  asArray(context.supplementalGroups).forEach((group, index) => checkID(group, [...PS, 'supplementalGroups', index], errors));

  const seen = new Set<string>();
  asArray(context.sysctls).forEach((raw, index) => {
    const sysctl = asRecord(raw);
    if (!sysctl) return;
    const path = [...PS, 'sysctls', index, 'name'];
    const name = stringOf(sysctl.name) ?? '';
    const node = 'name' in sysctl ? path : [...PS, 'sysctls', index];
    if (name === '') {
      errors.required(path, '', { node });
      return;
    }
    if (name.length > 253 || !sysctlName.test(name)) {
      errors.invalid(path, name, `must have at most 253 characters and match regex ${SYSCTL_FMT}`);
      return;
    }
    if (seen.has(name)) errors.duplicate(path, name);
    seen.add(name);
    if (podSpec.hostNetwork === true && name.startsWith('net.')) {
      errors.invalid(path, name, "may not be specified when 'hostNetwork' is true", {
        why: 'With hostNetwork the pod shares the host network namespace, so a net.* sysctl would change the node itself.',
      });
    }
    if (podSpec.hostIPC === true && isIpcSysctl(name)) {
      errors.invalid(path, name, "may not be specified when 'hostIPC' is true", { why: 'With hostIPC the pod shares the host IPC namespace, so this sysctl would change the node itself.' });
    }
    if (!safeSysctls(errors.features.minor).has(name.replace(/\//g, '.'))) reportUnsafeSysctl(path, name);
  });

  const fsGroupChangePolicy = stringOf(context.fsGroupChangePolicy);
  if (fsGroupChangePolicy !== undefined && !FS_GROUP_CHANGE_POLICIES.includes(fsGroupChangePolicy)) {
    errors.notSupported([...PS, 'fsGroupChangePolicy'], fsGroupChangePolicy, FS_GROUP_CHANGE_POLICIES);
  }
  checkSeccompProfile(context.seccompProfile, [...PS, 'seccompProfile'], errors);
  if (errors.features.appArmorFields) checkAppArmorProfile(context.appArmorProfile, [...PS, 'appArmorProfile'], errors);
  checkWindowsOptions(context.windowsOptions, [...PS, 'windowsOptions'], errors);
  if (errors.features.supplementalGroupsPolicy) {
    const policy = stringOf(context.supplementalGroupsPolicy);
    if (policy !== undefined && !SUPPLEMENTAL_GROUPS_POLICIES.includes(policy)) errors.notSupported([...PS, 'supplementalGroupsPolicy'], policy, SUPPLEMENTAL_GROUPS_POLICIES);
  }
  if (errors.features.seLinuxChangePolicy) {
    const policy = stringOf(context.seLinuxChangePolicy);
    // SELinuxMount is off by default, so MountOption is refused too.
    if (policy !== undefined && policy !== 'Recursive') errors.notSupported([...PS, 'seLinuxChangePolicy'], policy, ['Recursive']);
  }
}

function checkID(value: unknown, path: JsonPath, errors: FieldErrors): void {
  const id = int64Of(value);
  if (id === undefined) return;
  for (const message of isValidID(id)) errors.invalid(path, id, message);
}

/** validateSeccompProfileField: a known type; a relative localhostProfile exactly with Localhost. */
export function checkSeccompProfile(raw: unknown, path: JsonPath, errors: FieldErrors): void {
  const profile = asRecord(raw);
  if (!profile) return;
  const type = stringOf(profile.type) ?? '';
  if (type === '') {
    errors.required([...path, 'type'], 'type is required when seccompProfile is set', { node: 'type' in profile ? [...path, 'type'] : path });
    return;
  }
  if (!PROFILE_TYPES.includes(type)) {
    errors.notSupported([...path, 'type'], type, PROFILE_TYPES);
    return;
  }
  const localhost = stringOf(profile.localhostProfile);
  if (type === 'Localhost') {
    if (localhost === undefined) errors.required([...path, 'localhostProfile'], 'must be set when seccomp type is Localhost', { node: [...path, 'type'] });
    else checkLocalPath(localhost, [...path, 'localhostProfile'], errors);
  } else if (localhost !== undefined) {
    errors.invalid([...path, 'localhostProfile'], profile, 'can only be set when seccomp type is Localhost', { node: [...path, 'localhostProfile'] });
  }
}

/** ValidateAppArmorProfileField (1.30 on). */
export function checkAppArmorProfile(raw: unknown, path: JsonPath, errors: FieldErrors): void {
  const profile = asRecord(raw);
  if (!profile) return;
  const type = stringOf(profile.type) ?? '';
  if (type === '') {
    errors.required([...path, 'type'], 'type is required when appArmorProfile is set', { node: 'type' in profile ? [...path, 'type'] : path });
    return;
  }
  if (!PROFILE_TYPES.includes(type)) {
    errors.notSupported([...path, 'type'], type, PROFILE_TYPES);
    return;
  }
  const localhost = stringOf(profile.localhostProfile);
  const field = [...path, 'localhostProfile'];
  if (type === 'Localhost') {
    if (localhost === undefined || localhost.trim() === '') {
      errors.required(field, 'must be set when AppArmor type is Localhost', { node: localhost === undefined ? [...path, 'type'] : field });
    } else {
      if (localhost !== localhost.trim()) errors.invalid(field, localhost, 'must not be padded with whitespace');
      if (Buffer.byteLength(localhost, 'utf8') > APP_ARMOR_LOCALHOST_MAX) errors.tooLong(field, APP_ARMOR_LOCALHOST_MAX);
    }
  } else if (localhost !== undefined) {
    errors.invalid(field, localhost, 'can only be set when AppArmor type is Localhost');
  }
}

/** validateLocalDescendingPath: relative, with no `..` element. */
export function checkLocalPath(target: string, path: JsonPath, errors: FieldErrors, node?: JsonPath): void {
  if (target.startsWith('/')) errors.invalid(path, target, 'must be a relative path', { node });
  if (target.split('/').includes('..')) errors.invalid(path, target, "must not contain '..'", { node });
}

/** validateWindowsSecurityContextOptions: the gMSA credential spec name and content, runAsUserName. */
function checkWindowsOptions(raw: unknown, path: JsonPath, errors: FieldErrors): void {
  const options = asRecord(raw);
  if (!options) return;
  const specName = stringOf(options.gmsaCredentialSpecName);
  if (specName) for (const message of isDNS1123Subdomain(specName)) errors.invalid([...path, 'gmsaCredentialSpecName'], specName, message);
  const spec = stringOf(options.gmsaCredentialSpec);
  if (spec !== undefined) {
    if (spec === '') errors.invalid([...path, 'gmsaCredentialSpec'], spec, 'gmsaCredentialSpec cannot be an empty string');
    else if (Buffer.byteLength(spec, 'utf8') > 64 * 1024) errors.invalid([...path, 'gmsaCredentialSpec'], spec, 'gmsaCredentialSpec size must be under 64 KiB');
  }
  const userName = stringOf(options.runAsUserName);
  if (userName !== undefined) for (const message of runAsUserNameErrors(userName)) errors.invalid([...path, 'runAsUserName'], userName, message);
}

const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)*[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

function runAsUserNameErrors(name: string): string[] {
  if (name === '') return ['runAsUserName cannot be an empty string'];
  if (/[\x00-\x1f\x7f]/.test(name)) return ['runAsUserName cannot contain control characters'];
  const parts = name.split('\\');
  if (parts.length > 2) return ['runAsUserName cannot contain more than one backslash'];
  const [domain, user] = parts.length === 2 ? parts : ['', parts[0]];
  const out: string[] = [];
  if (domain !== '') {
    if (domain.length >= 256) out.push("runAsUserName's Domain length must be under 256 characters");
    else if (!NETBIOS.test(domain) && !DNS_DOMAIN.test(domain)) out.push("runAsUserName's Domain doesn't match the NetBios nor the DNS format");
  }
  if (user === '') out.push("runAsUserName's User cannot be empty");
  else if (user.length > 104) out.push("runAsUserName's User length must not be longer than 104 characters");
  else if (/^[. ]+$/.test(user)) out.push("runAsUserName's User cannot contain only periods or spaces");
  else if (/["/\\:;|=,+*?<>@[\]]/.test(user)) out.push('runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]');
  return out;
}

/**
 * ValidateSecurityContext for a container: what cannot go with `allowPrivilegeEscalation: false`,
 * user and group IDs, procMount (kept from 1.33; before, any value becomes Default), seccomp,
 * AppArmor and Windows options.
 */
export function checkContainerSecurityContext(ref: ContainerRef, podSpec: Record<string, unknown>, errors: FieldErrors): void {
  const context = asRecord(ref.container.securityContext);
  if (!context) return;
  const path = [...ref.path, 'securityContext'];
  if (context.allowPrivilegeEscalation === false) {
    const why = '`allowPrivilegeEscalation: false` sets no_new_privs, which a privileged container or CAP_SYS_ADMIN would defeat. Drop one of them.';
    if (context.privileged === true) {
      errors.invalid(path, context, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true', { node: [...path, 'allowPrivilegeEscalation'], why });
    }
    // The API compares the literal string: `SYS_ADMIN`, the usual spelling, is not caught.
    for (const capability of asArray(asRecord(context.capabilities)?.add)) {
      if (capability === 'CAP_SYS_ADMIN') {
        errors.invalid(path, context, 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN', { node: [...path, 'allowPrivilegeEscalation'], why });
      }
    }
  }
  checkID(context.runAsUser, [...path, 'runAsUser'], errors);
  checkID(context.runAsGroup, [...path, 'runAsGroup'], errors);
  if (errors.features.procMount) {
    const procMount = stringOf(context.procMount);
    if (procMount !== undefined) {
      if (!PROC_MOUNT_TYPES.includes(procMount)) errors.notSupported([...path, 'procMount'], procMount, PROC_MOUNT_TYPES);
      else if (procMount === 'Unmasked' && podSpec.hostUsers !== false) {
        errors.invalid([...path, 'procMount'], procMount, '`hostUsers` must be false to use `Unmasked`', {
          why: 'An unmasked /proc is only safe in a user namespace of the pod\'s own: set `hostUsers: false` in the pod spec, or drop procMount.',
        });
      }
    }
  }
  checkSeccompProfile(context.seccompProfile, [...path, 'seccompProfile'], errors);
  if (errors.features.appArmorFields) checkAppArmorProfile(context.appArmorProfile, [...path, 'appArmorProfile'], errors);
  checkWindowsOptions(context.windowsOptions, [...path, 'windowsOptions'], errors);
}

/** Fields a Windows pod may not set (validateWindows), at pod level, in the API's order. */
const WINDOWS_POD_FIELDS: readonly (readonly [field: string, when: (v: unknown) => boolean])[] = [
  ['appArmorProfile', isPresent],
  ['seLinuxOptions', isPresent],
  ['seccompProfile', isPresent],
  ['fsGroup', isPresent],
  ['fsGroupChangePolicy', isPresent],
  ['sysctls', (v) => Array.isArray(v) && v.length > 0],
  ['runAsUser', isPresent],
  ['runAsGroup', isPresent],
  ['supplementalGroups', isPresent],
  ['supplementalGroupsPolicy', isPresent],
  ['seLinuxChangePolicy', isPresent],
];
const WINDOWS_CONTAINER_FIELDS = ['appArmorProfile', 'seLinuxOptions', 'seccompProfile', 'capabilities', 'readOnlyRootFilesystem', 'privileged', 'allowPrivilegeEscalation', 'procMount', 'runAsUser', 'runAsGroup'];

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * validateOS: with `os.name: windows`, the Linux-only fields are forbidden; with `os.name: linux`,
 * windowsOptions are.
 */
export function checkOSFields(podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  const os = stringOf(asRecord(podSpec.os)?.name);
  const context = asRecord(podSpec.securityContext);
  if (os === 'linux') {
    const why = 'A pod with `os.name: linux` runs on Linux nodes only: Windows options mean nothing there. Remove them, or set os.name to windows.';
    if (context && isPresent(context.windowsOptions)) errors.forbidden([...PS, 'windowsOptions'], 'windows options cannot be set for a linux pod', { why });
    for (const ref of containers) {
      if (isPresent(asRecord(ref.container.securityContext)?.windowsOptions)) {
        errors.forbidden([...ref.path, 'securityContext', 'windowsOptions'], 'windows options cannot be set for a linux pod', { why });
      }
    }
    return;
  }
  if (os !== 'windows') return;
  const detail = 'cannot be set for a windows pod';
  const why = 'A pod with `os.name: windows` runs on Windows nodes, which have none of these Linux features. Remove the field, or set os.name to linux.';
  const enabled = errors.features;
  for (const [field, when] of WINDOWS_POD_FIELDS) {
    if (!context || !when(context[field])) continue;
    if (field === 'appArmorProfile' && !enabled.appArmorFields) continue;
    if (field === 'supplementalGroupsPolicy' && !enabled.supplementalGroupsPolicy) continue;
    if (field === 'seLinuxChangePolicy' && !enabled.seLinuxChangePolicy) continue;
    errors.forbidden([...PS, field], detail, { why });
  }
  if (enabled.hostUsers && isPresent(podSpec.hostUsers)) errors.forbidden([...POD_SPEC_PATH, 'hostUsers'], detail, { why });
  for (const field of ['hostPID', 'hostIPC'] as const) if (podSpec[field] === true) errors.forbidden([...POD_SPEC_PATH, field], detail, { why });
  if (isPresent(podSpec.shareProcessNamespace)) errors.forbidden([...POD_SPEC_PATH, 'shareProcessNamespace'], detail, { why });
  for (const ref of containers) {
    const sc = asRecord(ref.container.securityContext);
    if (!sc) continue;
    for (const field of WINDOWS_CONTAINER_FIELDS) {
      if (!isPresent(sc[field])) continue;
      if (field === 'appArmorProfile' && !enabled.appArmorFields) continue;
      if (field === 'procMount' && !enabled.procMount) continue;
      errors.forbidden([...ref.path, 'securityContext', field], detail, { why });
    }
  }
}

/**
 * validateWindowsHostProcessPod: hostProcess set alike where both pod and container set it, on
 * every container or none, and only with hostNetwork. (Whether the cluster allows privileged
 * containers at all is the cluster's.)
 */
export function checkHostProcess(podSpec: Record<string, unknown>, containers: readonly ContainerRef[], errors: FieldErrors): void {
  const podValue = asRecord(asRecord(asRecord(podSpec.securityContext)?.windowsOptions))?.hostProcess;
  const podHostProcess = typeof podValue === 'boolean' ? podValue : undefined;
  let any = false;
  let all = true;
  for (const ref of containers) {
    const value = asRecord(asRecord(ref.container.securityContext)?.windowsOptions)?.hostProcess;
    const own = typeof value === 'boolean' ? value : undefined;
    if (own !== undefined && podHostProcess !== undefined && own !== podHostProcess) {
      errors.invalid([...ref.path, 'securityContext', 'windowsOptions', 'hostProcess'], own, `pod hostProcess value must be identical if both are specified, was ${podHostProcess}`);
    }
    const effective = own ?? podHostProcess ?? false;
    any ||= effective;
    all &&= effective;
  }
  if (!any) return;
  if (!all) {
    errors.invalid([...POD_SPEC_PATH], '', 'If pod contains any hostProcess containers then all containers must be HostProcess containers', {
      why: 'A Windows HostProcess pod runs on the host: its containers must all be HostProcess containers.',
    });
  }
  if (podSpec.hostNetwork !== true) {
    errors.invalid([...POD_SPEC_PATH, 'hostNetwork'], false, 'hostNetwork must be true if pod contains any hostProcess containers', {
      node: isSet(podSpec, 'hostNetwork') ? [...POD_SPEC_PATH, 'hostNetwork'] : [...POD_SPEC_PATH],
    });
  }
}
