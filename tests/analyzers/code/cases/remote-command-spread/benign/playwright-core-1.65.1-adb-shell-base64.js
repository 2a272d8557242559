// source: playwright-core 1.65.1 (lib/coreBundle.js, Android support): it writes Chrome's command line on a device
// through `adb shell echo … | base64 -d`, beside a DevTools session's sendCommand; it downloads nothing
'use strict';
class AndroidDevice {
  constructor(backend, session) { this._backend = backend; this._session = session; }
  async _setCommandLine(args) {
    const line = Buffer.from(['_', ...args].join(' ')).toString('base64');
    await this._backend.runCommand(`shell:echo "${line}" | base64 -d > /data/local/tmp/chrome-command-line`);
  }
  async launch(args) {
    await this._setCommandLine(args);
    return this._session.sendCommand('Browser.getVersion');
  }
}
module.exports = { AndroidDevice };
