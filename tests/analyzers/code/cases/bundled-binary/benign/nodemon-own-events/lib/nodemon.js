// allow: medium (the executable is shipped outside a native-binary package: a note, not an alarm)
// source: nodemon@3.1.14 lib/nodemon.js and lib/monitor/run.js: handlers of the package's own events
// ('restart', 'reset') run when nodemon emits them from its functions, not when it is loaded; and
// `child.kill()` on a child process is not the module's own `run.kill`.
const bus = require('./bus');
const run = require('./run');

function nodemon(settings) {
  bus.emit('boot');
  return nodemon;
}
nodemon.restart = function () {
  bus.emit('restart');
  return nodemon;
};
nodemon.reset = function (done) {
  bus.emit('reset', done);
};
bus.on('reset', function (done) {
  run.kill(true, done);
});
module.exports = nodemon;
