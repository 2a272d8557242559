// allow: medium (a command-shaped string in a file that runs commands is judged as one; inside a function it stays a note)
// source: build tools' "doctor" commands (e.g. Gradle/Rush-style advice on Windows) that tell the user
// how to exclude the build cache from Defender for speed; they print the command, never run it.
const { execSync } = require('child_process');
function doctor() {
  const version = execSync('node --version').toString().trim();
  console.log(`node ${version}`);
  if (process.platform === 'win32') {
    console.log('Builds are slow? Exclude the cache from real-time scanning:');
    console.log("  Add-MpPreference -ExclusionPath \"$env:LOCALAPPDATA\\build-cache\"");
  }
}
module.exports = { doctor };
