// allow: medium (a login item made in a method nothing in the package calls is noted at medium/low, as a LaunchAgent is: a capability, the verdict stays clean)
// source: auto-launch's AppleScript mode (lib/AutoLaunchMac.js): an Electron app's "open at login" setting makes a
// login item for the app's own bundle when the user turns it on.
'use strict';
const { execFile } = require('child_process');
module.exports = class AutoLaunchMac {
  constructor(appName, appPath) { this.appName = appName; this.appPath = appPath; }
  enable() {
    const props = `{path:"${this.appPath}", hidden:false, name:"${this.appName}"}`;
    return new Promise((resolve, reject) => execFile('osascript', ['-e',
      `tell application "System Events" to make login item at end with properties ${props}`], (e) => (e ? reject(e) : resolve())));
  }
};
