/**
 * A DaemonSet with this pod spec, for rule tests that vary only the pod spec: it is written from
 * line 6 at six spaces' indentation, so a finding about a missing pod spec field lands on `spec`
 * of the template, line 5 column 5.
 */
export function daemonSetWith(podSpec: string, name = 'agent'): string {
  const body = podSpec
    .trim()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
  return `kind: DaemonSet\nmetadata: {name: ${name}}\nspec:\n  template:\n    spec:\n${body}\n`;
}
