// expect: clean
// source: spawn-wrap 2.0.0's index.js (nyc's coverage of child processes; process-on-spawn does the same): it takes the
// spawn_sync binding to put a wrapper over its `spawn`, so that every child process is instrumented
'use strict';
const ChildProcess = require('child_process').ChildProcess;
function wrappedSpawnFunction(fn, workingDir) {
  return function (options) { options.envPairs = (options.envPairs || []).concat('SPAWN_WRAP_SHIM_ROOT=' + workingDir); return fn.call(this, options); };
}
module.exports = function wrap(workingDir) {
  const spawnSyncBinding = process.binding('spawn_sync');
  const spawn = ChildProcess.prototype.spawn;
  const spawnSync = spawnSyncBinding.spawn;
  spawnSyncBinding.spawn = wrappedSpawnFunction(spawnSync, workingDir);
  ChildProcess.prototype.spawn = wrappedSpawnFunction(spawn, workingDir);
  return function unwrap() { ChildProcess.prototype.spawn = spawn; spawnSyncBinding.spawn = spawnSync; };
};
