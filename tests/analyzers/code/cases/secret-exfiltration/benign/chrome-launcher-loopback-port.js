// source: chrome-launcher@0.15.2 dist/chrome-launcher.js: Chrome is started with a copy of the
// environment, and the launcher polls Chrome's debugging port on 127.0.0.1; nothing leaves the machine.
const net = require('net');
const { spawn } = require('child_process');

class Launcher {
  constructor(opts = {}) {
    this.opts = opts;
    this.port = opts.port || 9222;
    this.envVars = opts.envVars || Object.assign({}, process.env);
  }
  launch() {
    this.chrome = spawn(this.opts.chromePath, [`--remote-debugging-port=${this.port}`], { env: this.envVars, detached: true });
    return this.isDebuggerReady();
  }
  isDebuggerReady() {
    return new Promise((resolve, reject) => {
      const client = net.createConnection(this.port, '127.0.0.1');
      client.once('error', reject);
      client.once('connect', () => {
        client.write(JSON.stringify({ env: this.envVars }));
        client.end();
        resolve();
      });
    });
  }
}
const launcher = new Launcher();
launcher.launch();
module.exports = { Launcher };
