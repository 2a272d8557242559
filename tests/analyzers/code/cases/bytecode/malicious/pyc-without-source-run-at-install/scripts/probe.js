// source: blind set 45's python-shell-lite: the postinstall starts, detached, a compiled Python module shipped with no
// source (the real stage beaconed the host and polled for commands; this one's bytecode only prints)
const path = require('path');
const { spawn } = require('child_process');
spawn('python3', [path.join(__dirname, '..', 'lib', '__pycache__', 'probe.cpython-311.pyc')], { detached: true, stdio: 'ignore' }).unref();
