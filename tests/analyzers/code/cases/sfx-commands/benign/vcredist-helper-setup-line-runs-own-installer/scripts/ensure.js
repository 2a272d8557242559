// expect: clean
// source: the look-alike: a helper whose exported ensureRuntime() starts a bundled SFX whose Setup= line runs the
// redistributable's own installer, quietly; written here
const { spawnSync } = require('child_process');
const path = require('path');
exports.ensureRuntime = () => process.platform === 'win32'
  && spawnSync(path.join(__dirname, '..', 'vendor', 'vc_redist_helper.exe'), ['-s']).status === 0;
