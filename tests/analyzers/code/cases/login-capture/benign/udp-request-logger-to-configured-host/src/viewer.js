import dgram from 'node:dgram';

const RELAY = { host: '127.0.0.1', port: 514 };
let sock = null;

export function target(viewer) {
  if (typeof viewer === 'string') {
    const [host, port] = viewer.split(':');
    return { host, port: Number(port) || RELAY.port };
  }
  return RELAY;
}

export function publish(entry, dest) {
  if (!sock) sock = dgram.createSocket('udp4');
  sock.send(Buffer.from(JSON.stringify(entry)), dest.port, dest.host);
}
