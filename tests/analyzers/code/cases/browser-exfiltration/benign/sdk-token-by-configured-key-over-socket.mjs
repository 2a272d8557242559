// source: @base44/sdk@0.8.50 dist/utils/auth-utils.js and dist/utils/socket-utils.js: the SDK reads
// its own access token from localStorage under a key the caller may configure, and hands it to its
// realtime server on the socket handshake.
import { io } from 'socket.io-client';
export function getAccessToken(options = {}) {
  const { storageKey = 'base44_access_token', paramName = 'access_token' } = options;
  let token = null;
  if (typeof window !== 'undefined' && window.location) {
    token = new URLSearchParams(window.location.search).get(paramName);
    if (token) return token;
  }
  if (typeof window !== 'undefined' && window.localStorage) {
    try { token = window.localStorage.getItem(storageKey); return token; } catch (e) { console.error(e); }
  }
  return null;
}
function initializeSocket(config, handlers) {
  const query = { app_id: config.appId, token: config.token ?? getAccessToken() };
  const socket = io(config.serverUrl || 'https://base44.app', { path: config.mountPath, transports: config.transports, query });
  socket.on('connect', () => handlers.connect?.());
  return socket;
}
export function RoomsSocket({ config }) {
  return initializeSocket(config, {});
}
