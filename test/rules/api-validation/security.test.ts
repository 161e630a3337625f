import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// Pod and container security contexts (validatePodSpecSecurityContext, ValidateSecurityContext,
// validateSysctls, the seccomp, AppArmor and Windows options), version by version.


new RuleTester().run(rule, {
  valid: [
    { name: 'IDs in range, safe sysctls, profiles and policies the API accepts', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostUsers: false
            securityContext:
              runAsUser: 2147483647
              runAsGroup: 0
              fsGroup: 2000
              supplementalGroups: [1, 2]
              fsGroupChangePolicy: OnRootMismatch
              supplementalGroupsPolicy: Strict
              seLinuxChangePolicy: Recursive
              sysctls: [{name: net.ipv4.ip_local_port_range, value: "1024 65535"}, {name: kernel/shm_rmid_forced, value: "1"}]
              seccompProfile: {type: Localhost, localhostProfile: profiles/agent.json}
              appArmorProfile: {type: RuntimeDefault}
            containers:
              - name: agent
                image: agent
                securityContext:
                  runAsUser: 1000
                  procMount: Unmasked
                  appArmorProfile: {type: Localhost, localhostProfile: agent}
    ` },
    { name: 'before 1.33 procMount becomes Default, and supplementalGroupsPolicy is dropped', kubeVersion: '1.32', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {supplementalGroupsPolicy: Loose}
            containers: [{name: agent, image: agent, securityContext: {procMount: Unmasked}}]
    ` },
    { name: 'appArmorProfile does not exist in 1.29 (the schema rule reports it)', kubeVersion: '1.29', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {appArmorProfile: {type: Enforce}}
            containers: [{name: agent, image: agent}]
    ` },
  ],
  invalid: [
    { name: 'user and group IDs out of range, in the pod and the container; integers past 2^53 keep their digits', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {runAsUser: -1, fsGroup: 4294967296, supplementalGroups: [1, 9007199254740993]}
            containers: [{name: agent, image: agent, securityContext: {runAsGroup: -5}}]
    `, errors: [
        { message: 'securityContext.runAsUser: Invalid value: -1: must be between 0 and 2147483647, inclusive', line: 6, column: 36 },
        { message: 'securityContext.fsGroup: Invalid value: 4294967296: must be between 0 and 2147483647, inclusive', line: 6, column: 49 },
        {
          message: 'securityContext.supplementalGroups[1]: Invalid value: must be between 0 and 2147483647, inclusive',
          help: 'kubectl apply fails with: spec.template.spec.securityContext.supplementalGroups[1]: Invalid value: 9007199254740993: must be between 0 and 2147483647, inclusive',
          line: 6,
          column: 85,
        },
        { message: 'containers[0].securityContext.runAsGroup: Invalid value: must be between 0 and 2147483647, inclusive', line: 7, column: 78 },
      ] },
    { name: 'IDs are int32 in 1.29 to 1.36 (math.MaxInt32): one past it is refused in the pod and the container', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {runAsGroup: 2147483648}
            containers: [{name: agent, image: agent, securityContext: {runAsUser: 3000000000}}]
    `, errors: [
        { message: 'securityContext.runAsGroup: Invalid value: 2147483648: must be between 0 and 2147483647, inclusive', line: 6, column: 37 },
        { message: 'containers[0].securityContext.runAsUser: Invalid value: must be between 0 and 2147483647, inclusive', line: 7, column: 77 },
      ] },
    { name: 'shareProcessNamespace with hostPID', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostPID: true
            shareProcessNamespace: true
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'securityContext.shareProcessNamespace: Invalid value: true', line: 7, column: 30 },
      ] },
    { name: 'sysctls: empty and bad names, a duplicate, net.* with hostNetwork, IPC with hostIPC, and unsafe ones (a warning)', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostNetwork: true
            hostIPC: true
            securityContext:
              sysctls:
                - {name: "", value: "1"}
                - {name: Net.Core, value: "1"}
                - {name: net.ipv4.tcp_syncookies, value: "1"}
                - {name: net.ipv4.tcp_syncookies, value: "0"}
                - {name: kernel.shmmax, value: "1"}
                - {name: vm.max_map_count, value: "262144"}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'securityContext.sysctls[0].name: Required value', line: 10, column: 14 },
        { message: 'securityContext.sysctls[1].name: Invalid value: "Net.Core": must be a valid sysctl name', line: 11, column: 20 },
        { message: 'securityContext.sysctls[2].name: Invalid value: may not be specified when \'hostNetwork\' is true', line: 12, column: 20 },
        { message: 'securityContext.sysctls[3].name: Duplicate value: "net.ipv4.tcp_syncookies"', line: 13, column: 20 },
        { message: 'securityContext.sysctls[3].name: Invalid value: may not be specified when \'hostNetwork\' is true', line: 13, column: 20 },
        { message: 'securityContext.sysctls[4].name: "kernel.shmmax" is not a safe sysctl: the kubelet refuses the pod', line: 14, column: 20, severity: 'warning' },
        { message: 'securityContext.sysctls[4].name: Invalid value: may not be specified when \'hostIPC\' is true', line: 14, column: 20 },
        { message: 'securityContext.sysctls[5].name: "vm.max_map_count" is not a safe sysctl: the kubelet refuses the pod', line: 15, column: 20, severity: 'warning' },
      ] },
    { name: 'fsGroupChangePolicy, supplementalGroupsPolicy, seLinuxChangePolicy (kept from 1.33)', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {fsGroupChangePolicy: Sometimes, supplementalGroupsPolicy: Loose, seLinuxChangePolicy: MountOption}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'securityContext.fsGroupChangePolicy: Unsupported value: "Sometimes"', line: 6, column: 46 },
        { message: 'securityContext.supplementalGroupsPolicy: Unsupported value: "Loose"', line: 6, column: 83 },
        { message: 'securityContext.seLinuxChangePolicy: Unsupported value: "MountOption": supported values: "Recursive"', line: 6, column: 111 },
      ] },
    { name: 'seccompProfile: no type, an unknown type, Localhost without or with a bad profile, a profile with another type', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {seccompProfile: {localhostProfile: a}}
            containers:
              - {name: a, image: a, securityContext: {seccompProfile: {type: Default}}}
              - {name: b, image: b, securityContext: {seccompProfile: {type: Localhost}}}
              - {name: c, image: c, securityContext: {seccompProfile: {type: Localhost, localhostProfile: /etc/p.json}}}
              - {name: d, image: d, securityContext: {seccompProfile: {type: RuntimeDefault, localhostProfile: p}}}
    `, errors: [
        { message: 'securityContext.seccompProfile.type: Required value: type is required when seccompProfile is set', line: 6, column: 25 },
        { message: 'containers[0].securityContext.seccompProfile.type: Unsupported value: "Default"', line: 8, column: 72 },
        { message: 'containers[1].securityContext.seccompProfile.localhostProfile: Required value', line: 9, column: 66 },
        { message: 'containers[2].securityContext.seccompProfile.localhostProfile: Invalid value: "/etc/p.json"', line: 10, column: 101 },
        { message: 'containers[3].securityContext.seccompProfile.localhostProfile: Invalid value: {"type":"RuntimeDefault","localhostProfi...', line: 11, column: 106 },
      ] },
    { name: 'appArmorProfile (1.30 on): type, padded, missing and misplaced profiles', kubeVersion: '1.30', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {appArmorProfile: {type: Complain}}
            containers:
              - {name: a, image: a, securityContext: {appArmorProfile: {type: Localhost, localhostProfile: " p "}}}
              - {name: b, image: b, securityContext: {appArmorProfile: {type: Localhost}}}
              - {name: c, image: c, securityContext: {appArmorProfile: {type: Unconfined, localhostProfile: p}}}
    `, errors: [
        { message: 'securityContext.appArmorProfile.type: Unsupported value: "Complain"', line: 6, column: 49 },
        { message: 'containers[0].securityContext.appArmorProfile.localhostProfile: Invalid value: " p "', line: 8, column: 102 },
        { message: 'containers[1].securityContext.appArmorProfile.localhostProfile: Required value', line: 9, column: 67 },
        { message: 'containers[2].securityContext.appArmorProfile.localhostProfile: Invalid value: "p"', line: 10, column: 103 },
      ] },
    { name: 'Windows options: gMSA spec name and content, runAsUserName', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {windowsOptions: {gmsaCredentialSpecName: Bad_Name, gmsaCredentialSpec: "", runAsUserName: "a\\\\b\\\\c"}}
            containers:
              - {name: a, image: a, securityContext: {windowsOptions: {runAsUserName: "user@host"}}}
    `, errors: [
        { message: 'securityContext.windowsOptions.gmsaCredentialSpecName: Invalid value: "Bad_Name"', line: 6, column: 66 },
        { message: 'securityContext.windowsOptions.gmsaCredentialSpec: Invalid value: ""', line: 6, column: 96 },
        { message: 'securityContext.windowsOptions.runAsUserName: Invalid value: "a\\\\\\\\b\\\\\\\\c"', line: 6, column: 115 },
        { message: 'containers[0].securityContext.windowsOptions.runAsUserName: Invalid value: "user@host"', line: 8, column: 81 },
      ] },
    { name: 'procMount (1.33 on): unknown, and Unmasked without hostUsers: false', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            containers:
              - {name: a, image: a, securityContext: {procMount: Masked}}
              - {name: b, image: b, securityContext: {procMount: Unmasked}}
    `, errors: [
        { message: 'containers[0].securityContext.procMount: Unsupported value: "Masked"', line: 7, column: 60 },
        { message: 'containers[1].securityContext.procMount: Invalid value: `hostUsers` must be false to use `Unmasked`', line: 8, column: 60 },
      ] },
  ],
});
