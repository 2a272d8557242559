// source: the shape of container-aware libraries (cgroup CPU and memory limits): they read the cgroup's
// files and mountinfo, write nothing there, and a doc string names nsenter for the user to run
'use strict';
const fs = require('fs');

function cpuQuota() {
  try {
    const [quota, period] = fs.readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(' ');
    return quota === 'max' ? null : Number(quota) / Number(period);
  } catch (e) {
    return null;
  }
}

const HELP = 'To debug the host, run: nsenter -t 1 -m -u -i -n sh (as root on the node)';
module.exports = { cpuQuota, HELP, releaseAgentDoc: 'see /sys/fs/cgroup/release_agent' };
