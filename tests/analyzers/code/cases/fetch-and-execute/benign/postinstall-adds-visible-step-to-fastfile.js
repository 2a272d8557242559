// when: install
// expect: clean
// source: the shape of React Native version tools that hook fastlane: the install hook adds a visible `sh(...)` step
// (and a base64 require the lane uses for its own build number) to the app's Fastfiles
const fs = require('fs');
const path = require('path');

const root = process.env.INIT_CWD || process.cwd();
const STEP = "  require 'base64'\n  sh('npx rn-version-sync') # rn-version-sync\n  ENV['BUILD_TAG'] = Base64.strict_encode64(`git rev-parse HEAD`.strip)\n";

for (const dir of ['fastlane', 'ios/fastlane', 'android/fastlane']) {
  const f = path.join(root, dir, 'Fastfile');
  if (!fs.existsSync(f)) continue;
  const s = fs.readFileSync(f, 'utf8');
  if (!s.includes('# rn-version-sync')) fs.writeFileSync(f, `before_all do\n${STEP}end\n\n` + s);
}
