const path = require('path');
const { spawn, exec } = require('child_process');
const bus = require('./bus');
let child = null;

function run(options) {
  child = spawn(options.execOptions.script, options.args, { stdio: 'inherit' });
}

function kill(target, signal, callback) {
  if (process.platform === 'win32') {
    const windowsKill = path.normalize(`${__dirname}/../bin/windows-kill.exe`);
    exec(`start "windows-kill" /min /wait "${windowsKill}" -SIGINT ${target.pid}`, callback);
  } else {
    target.kill(signal);
    callback();
  }
}

run.kill = function (noRestart, callback) {
  if (child) {
    kill(child, 'SIGINT', callback);
  } else {
    callback();
  }
};

bus.on('restart', function () {
  run.kill();
});

process.on('exit', function () {
  if (child) {
    child.kill();
  }
});

module.exports = run;
