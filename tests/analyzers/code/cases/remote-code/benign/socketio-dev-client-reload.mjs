// source: webpack-dev-server@4 client / vite's HMR client shape: a socket.io client that listens for
// the dev server's 'reload' and 'hash' messages and reloads the page; nothing it receives is run.
import { io } from 'socket.io-client';

const socket = io(`http://localhost:${globalThis.__DEV_PORT__ || 8080}`);
let currentHash = '';
socket.on('hash', (hash) => {
  currentHash = String(hash);
});
socket.on('reload', () => {
  console.log(`[dev] reloading for ${currentHash}`);
  if (typeof location !== 'undefined') location.reload();
});
export default socket;
