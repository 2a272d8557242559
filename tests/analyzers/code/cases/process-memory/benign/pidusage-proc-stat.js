// source: pidusage@3 lib/procfile.js shape: CPU and memory of a process from /proc/<pid>/stat, never its memory
const fs = require('fs');
const os = require('os');

const clockTick = 100;
const pageSize = 4096;

function readStat(pid, done) {
  fs.readFile('/proc/' + pid + '/stat', 'utf8', function (err, infos) {
    if (err) return done(err);
    const index = infos.lastIndexOf(')');
    const parts = infos.substr(index + 2).split(' ');
    const stat = {
      utime: parseFloat(parts[11]) * 1000 / clockTick,
      stime: parseFloat(parts[12]) * 1000 / clockTick,
      rss: parseFloat(parts[21]) * pageSize,
    };
    done(null, { cpu: stat.utime + stat.stime, memory: stat.rss, total: os.totalmem() });
  });
}

function selfMaps() {
  return fs.readFileSync('/proc/self/maps', 'utf8').split('\n').length;
}

module.exports = { readStat, selfMaps };
