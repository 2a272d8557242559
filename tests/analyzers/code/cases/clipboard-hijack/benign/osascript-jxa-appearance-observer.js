// source: the shape of macOS helpers (dark-mode, appearance watchers) that run a JXA script through osascript: a long
// script that reads system settings, with an address-like hex check for a colour value and no pasteboard at all
const { spawn } = require('child_process');
const SCRIPT = [
  "ObjC.import('AppKit');",
  "var d = $.NSUserDefaults.standardUserDefaults;",
  "var style = ObjC.unwrap(d.stringForKey('AppleInterfaceStyle')) || 'Light';",
  "var accent = ObjC.unwrap(d.stringForKey('AppleHighlightColor')) || '';",
  "JSON.stringify({ style: style, accent: accent })",
].join('\n');
const HEX = /^0x[a-fA-F0-9]{40}$/; // (a key id format the settings use)
module.exports = function appearance(cb) {
  const p = spawn('osascript', ['-l', 'JavaScript', '-e', SCRIPT]);
  let out = '';
  p.stdout.on('data', (d) => (out += d));
  p.on('close', () => { const v = JSON.parse(out || '{}'); cb(v, HEX.test(v.accent)); });
};
