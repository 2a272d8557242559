// expect: clean
// source: helmet's shape: it names every security header to set it, removes only X-Powered-By, and a dev server beside
// it has a live-reload WebSocket
function secure(options = {}) {
  const set = {
    'Content-Security-Policy': options.csp || "default-src 'self'",
    'X-Frame-Options': 'SAMEORIGIN',
    'Strict-Transport-Security': 'max-age=15552000; includeSubDomains',
    'Cross-Origin-Opener-Policy': 'same-origin'
  };
  return (req, res, next) => {
    for (const [k, v] of Object.entries(set)) res.setHeader(k, v);
    res.removeHeader('X-Powered-By');
    next();
  };
}

function liveReload(port) {
  const ws = new WebSocket(`ws://localhost:${port}/reload`);
  ws.onmessage = () => location.reload();
}

module.exports = { secure, liveReload };
