// An XMPP echo bot: it answers each chat message with its text, upper-cased. What arrives is data it formats, never a
// command it runs; the only process it starts is `git rev-parse` for its own version, at start-up.
import { client, xml } from '@xmpp/client';
import { execFileSync } from 'node:child_process';

const version = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();

export function startEchoBot({ service, username, password }) {
  const x = client({ service, username, password });
  x.on('stanza', (st) => {
    if (!st.is('message')) return;
    const body = st.getChildText('body');
    if (body) x.send(xml('message', { to: st.attrs.from, type: 'chat' }, xml('body', {}, `${body.toUpperCase()} (echo ${version})`)));
  });
  return x.start();
}
