// source: a dev server's browser client (livereload/webpack-dev-server shape): it reconnects to the one port its
// server told it, on localhost; no list of ports is walked
(function () {
  const port = Number(document.currentScript && document.currentScript.dataset.port) || 35729;
  const FALLBACK_DELAYS = [1000, 2000, 4000, 8000];
  function connect(attempt) {
    const ws = new WebSocket(`ws://localhost:${port}/livereload`);
    ws.onmessage = (e) => { if (JSON.parse(e.data).command === 'reload') window.location.reload(); };
    ws.onclose = () => setTimeout(() => connect(attempt + 1), FALLBACK_DELAYS[Math.min(attempt, 3)]);
  }
  connect(0);
})();
