/** The minor of a Kubernetes version such as "1.36" (36); the libraries of a CEL environment depend on it. */
export function kubeMinor(kubeVersion: string): number {
  const m = /^v?1\.(\d+)/.exec(kubeVersion);
  return m ? Number(m[1]) : 36;
}
