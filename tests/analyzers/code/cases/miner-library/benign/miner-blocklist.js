// source: anti-cryptojacking blockers (nocoin-style lists in browser extensions and proxies): the
// miners' hosts and script names are data to block, never written into a page.
const BLOCKED_HOSTS = ['coinhive.com', 'coin-hive.com', 'crypto-loot.com', 'coinimp.com', 'webminepool.com'];
const BLOCKED_SCRIPTS = [/coinhive\.min\.js/i, /cryptonight\.wasm/i, 'deepMiner.js', 'coinimp.min.js'];
module.exports = function isMinerRequest(url) {
  const { hostname, pathname } = new URL(url);
  return BLOCKED_HOSTS.some((h) => hostname === h || hostname.endsWith('.' + h))
    || BLOCKED_SCRIPTS.some((p) => (typeof p === 'string' ? pathname.endsWith(p) : p.test(pathname)));
};
