// expect: suspicious
// source: corpus browser-localhost-port-scan (ThreatMetrix-style fingerprint script, eBay 2020): WebSockets to
// 127.0.0.1 on RDP/VNC/TeamViewer ports, timed to tell open from closed
(function (root) {
  const PORTS = [3389, 5900, 5901, 5938, 5939, 6039, 7070, 63333];
  function probe(p) {
    return new Promise((done) => {
      const t0 = performance.now();
      let ws;
      try { ws = new WebSocket('ws://127.0.0.1:' + p); } catch (e) { return done({ p, s: 'x' }); }
      setTimeout(() => { try { ws.close(); } catch (e) {} done({ p, ms: performance.now() - t0 }); }, 300);
    });
  }
  root.deviceSignal = { get: () => Promise.all(PORTS.map(probe)).then((r) => ({ ua: navigator.userAgent, ports: r })) };
})(window);
