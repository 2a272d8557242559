// A kubectl node-shell plugin: a privileged pod with the node's / at /host gives the operator an interactive shell in
// the node's root; it downloads nothing.
const { spawn } = require('child_process');
function nodeShell(node) {
  const overrides = { spec: { nodeName: node, hostPID: true, containers: [{ name: 'shell', image: 'alpine', stdin: true, tty: true,
    securityContext: { privileged: true }, command: ['chroot', '/host', '/bin/bash', '-l'],
    volumeMounts: [{ name: 'host', mountPath: '/host' }] }], volumes: [{ name: 'host', hostPath: { path: '/' } }] } };
  return spawn('kubectl', ['run', `node-shell-${Date.now()}`, '--rm', '-it', '--image=alpine', `--overrides=${JSON.stringify(overrides)}`],
    { stdio: 'inherit' });
}
module.exports = { nodeShell };
