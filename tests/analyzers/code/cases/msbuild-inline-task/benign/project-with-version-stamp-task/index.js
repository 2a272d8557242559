// expect: clean
// source: the look-alike: a build helper whose bundled project has an inline task that stamps the version into
// AssemblyInfo.cs (it downloads nothing); written here
const { spawnSync } = require('child_process');
const path = require('path');
exports.stamp = (msbuild, version) => spawnSync(msbuild, [path.join(__dirname, 'assets', 'stamp.proj'), `/p:Version=${version}`]);
