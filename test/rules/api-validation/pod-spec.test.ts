import rule from '../../../src/rules/api-validation.js';
import { RuleTester, yaml } from '../../../src/testing/rule-tester.js';

// The pod spec's own fields (ValidatePodSpec): dnsConfig, nodeSelector, hostAliases, readiness and
// scheduling gates, os, hostProcess, hostUsers, overhead, activeDeadlineSeconds.


new RuleTester().run(rule, {
  valid: [
    { name: 'dnsConfig within its limits; relaxed search paths from 1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsPolicy: None
            dnsConfig:
              nameservers: [10.96.0.10, "2001:db8::10"]
              searches: [svc.cluster.local., _tcp.example.com, .]
              options: [{name: ndots, value: "2"}]
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'nodeSelector, hostAliases, readiness and scheduling gates, os linux', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            nodeSelector: {kubernetes.io/os: linux, node-role.kubernetes.io/worker: ""}
            hostAliases: [{ip: 10.0.0.1, hostnames: [registry.local]}]
            readinessGates: [{conditionType: example.com/ready}]
            schedulingGates: [{name: example.com/wait}]
            os: {name: linux}
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'hostUsers: false with host namespaces is dropped before 1.33', kubeVersion: '1.32', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostUsers: false
            hostNetwork: true
            containers: [{name: agent, image: agent}]
    ` },
    { name: 'a Windows HostProcess pod: every container, with hostNetwork', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            os: {name: windows}
            hostNetwork: true
            securityContext: {windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\SYSTEM"}}
            containers: [{name: agent, image: agent}, {name: b, image: b, securityContext: {windowsOptions: {hostProcess: true}}}]
    ` },
    { name: 'overhead with standard names', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            overhead: {cpu: 250m, memory: 120Mi}
            containers: [{name: agent, image: agent}]
    ` },
  ],
  invalid: [
    { name: 'dnsConfig: four nameservers, one not an IP, a search path, an option without a name', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsConfig:
              nameservers: [1.1.1.1, 8.8.8.8, 9.9.9.9, dns.example.com]
              searches: [Bad_Domain.com]
              options: [{value: "1"}]
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'dnsConfig.nameservers: Invalid value: must not have more than 3 nameservers', line: 7, column: 22 },
        { message: 'dnsConfig.nameservers[3]: Invalid value: "dns.example.com": must be a valid IP address', line: 7, column: 50 },
        { message: 'dnsConfig.searches[0]: Invalid value: "Bad_Domain.com": must be a valid DNS search path', line: 8, column: 20 },
        { message: 'dnsConfig.options[0].name: Required value: must not be empty', line: 9, column: 19 },
      ] },
    { name: 'dnsConfig search paths before 1.33 are DNS subdomains', kubeVersion: '1.32', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsConfig: {searches: [_tcp.example.com, .]}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'dnsConfig.searches[0]: Invalid value: "_tcp.example.com": must be a lowercase RFC 1123 subdomain', line: 6, column: 30 },
        { message: 'dnsConfig.searches[1]: Invalid value: "": must be a lowercase RFC 1123 subdomain', line: 6, column: 48 },
      ] },
    { name: 'more than 32 search paths, more than 2048 characters', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            dnsConfig:
              searches: [${Array.from({ length: 33 }, (_, i) => `s${i}.${'a'.repeat(60)}.example.com`).join(', ')}]
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'dnsConfig.searches: Invalid value: must not have more than 2048 characters', line: 7, column: 19 },
        { message: 'dnsConfig.searches: Invalid value: must not have more than 32 search paths', line: 7, column: 19 },
      ] },
    { name: 'nodeSelector keys and values are labels', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            nodeSelector: {"kubernetes.io/os ": linux, role: "control plane"}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'nodeSelector: Invalid value: "kubernetes.io/os ": name part must be alphanumerics, \'-\', \'_\' or \'.\'', line: 6, column: 22 },
        { message: 'nodeSelector: Invalid value: "control plane": must be a valid label value', line: 6, column: 56 },
      ] },
    { name: 'hostAliases: an IP and host names', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostAliases: [{ip: 10.0.0.256, hostnames: [Registry_Local]}, {hostnames: [a]}]
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'hostAliases[0].ip: Invalid value: "10.0.0.256": must be a valid IP address', line: 6, column: 26 },
        { message: 'hostAliases[0].hostnames[0]: Invalid value: "Registry_Local": must be a lowercase RFC 1123 subdomain', line: 6, column: 50 },
        { message: 'hostAliases[1].ip: Invalid value: "": must be a valid IP address', line: 6, column: 68 },
      ] },
    { name: 'readiness gates and scheduling gates are qualified names; scheduling gates unique', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            readinessGates: [{conditionType: "example.com/ready now"}]
            schedulingGates: [{name: example.com/wait}, {name: example.com/wait}, {name: "-x"}]
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'readinessGates[0].conditionType: Invalid value: name part must be alphanumerics, \'-\', \'_\' or \'.\'', line: 6, column: 40 },
        { message: 'schedulingGates[1]: Duplicate value: "example.com/wait"', line: 7, column: 58 },
        { message: 'schedulingGates[2]: Invalid value: "-x": name part must be alphanumerics, \'-\', \'_\' or \'.\'', line: 7, column: 84 },
      ] },
    { name: 'os: an empty name, an unknown one', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            os: {name: ""}
            containers: [{name: agent, image: agent}]
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            os: {name: darwin}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'os.name: Required value: cannot be empty', line: 6, column: 12 },
        { message: 'os: Unsupported value: "darwin": supported values: "linux", "windows"', line: 14, column: 18 },
      ] },
    { name: 'a Windows pod cannot set Linux-only fields; a Linux pod no Windows options', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            os: {name: windows}
            hostPID: true
            securityContext: {runAsUser: 0, sysctls: [{name: kernel.shm_rmid_forced, value: "1"}]}
            containers:
              - name: agent
                image: agent
                securityContext: {privileged: true, capabilities: {add: [NET_ADMIN]}}
      ---
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            os: {name: linux}
            securityContext: {windowsOptions: {runAsUserName: admin}}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'hostPID: Forbidden: cannot be set for a windows pod', line: 7, column: 7 },
        { message: 'securityContext.runAsUser: Forbidden: cannot be set for a windows pod', line: 8, column: 25 },
        { message: 'securityContext.sysctls: Forbidden: cannot be set for a windows pod', line: 8, column: 39 },
        { message: 'containers[0].securityContext.privileged: Forbidden: cannot be set for a windows pod', line: 12, column: 29 },
        { message: 'containers[0].securityContext.capabilities: Forbidden: cannot be set for a windows pod', line: 12, column: 47 },
        { message: 'securityContext.windowsOptions: Forbidden: windows options cannot be set for a linux pod', line: 20, column: 25 },
      ] },
    { name: 'hostProcess: some containers only, without hostNetwork, and disagreeing with the pod', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            securityContext: {windowsOptions: {hostProcess: true}}
            containers:
              - {name: agent, image: agent}
              - {name: b, image: b, securityContext: {windowsOptions: {hostProcess: false}}}
    `, errors: [
        { message: 'hostNetwork: Invalid value: hostNetwork must be true if pod contains any hostProcess containers', line: 6, column: 7 },
        { message: 'spec.template.spec: Invalid value: "": all containers must be HostProcess containers', line: 6, column: 7 },
        { message: 'containers[1].securityContext.windowsOptions.hostProcess: Invalid value: false', line: 9, column: 79 },
      ] },
    { name: 'hostUsers: false with host namespaces (1.33 on)', kubeVersion: '1.33', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            hostUsers: false
            hostNetwork: true
            hostPID: true
            hostIPC: true
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'hostNetwork: Forbidden: when `pod.Spec.HostUsers` is false', line: 7, column: 7 },
        { message: 'HostPID: Forbidden: when `pod.Spec.HostUsers` is false', line: 8, column: 7 },
        { message: 'HostIPC: Forbidden: when `pod.Spec.HostUsers` is false', line: 9, column: 7 },
      ] },
    { name: 'overhead: a name containers may not use is still a resource name; negative quantities', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            overhead: {gpu: "1", cpu: -250m}
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'overhead[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified', line: 6, column: 18 },
        { message: 'overhead[cpu]: Invalid value: "-250m": must be greater than or equal to 0', line: 6, column: 33 },
      ] },
    { name: 'activeDeadlineSeconds: forbidden in a DaemonSet, and out of range', code: yaml`
      kind: DaemonSet
      metadata: {name: agent}
      spec:
        template:
          spec:
            activeDeadlineSeconds: 0
            containers: [{name: agent, image: agent}]
    `, errors: [
        { message: 'activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported', line: 6, column: 7 },
        { message: 'activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive', line: 6, column: 30 },
      ] },
  ],
});
