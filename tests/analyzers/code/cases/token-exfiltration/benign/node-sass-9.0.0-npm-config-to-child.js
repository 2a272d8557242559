// when: install
// source: node-sass@9.0.0 scripts/build.js (its postinstall), trimmed: libsass settings read from
// environment variables named in a constant list and passed as arguments to node-gyp through
// cross-spawn. Was reported `critical token-exfiltration` (process.env[...] to a constructed command).
var path = require('path'),
  spawn = require('cross-spawn');

function build(options) {
  var args = [require.resolve(path.join('node-gyp', 'bin', 'node-gyp.js')), 'rebuild', '--verbose'].concat(
    ['libsass_ext', 'libsass_cflags', 'libsass_ldflags', 'libsass_library'].map(function(subject) {
      return ['--', subject, '=', process.env[subject.toUpperCase()] || ''].join('');
    })).concat(options.args);
  console.log('Building:', [process.execPath].concat(args).join(' '));
  var proc = spawn(process.execPath, args, {
    stdio: [0, 1, 2]
  });
  proc.on('exit', function(errorCode) {
    if (errorCode) process.exit(1);
  });
}

function parseArgs(args) {
  var options = {
    arch: process.arch,
    platform: process.platform,
    force: process.env.npm_config_force === 'true',
  };
  options.args = args.filter(function(arg) { return arg !== '-f'; });
  return options;
}

build(parseArgs(process.argv.slice(2)));
