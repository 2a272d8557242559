// when: install
// An install hook that fetches its release manifest, then starts node on a script file it ships, passing the
// manifest's version as an argument: the code node runs is the package's own, not what the request gave back.
const https = require('https');
const path = require('path');
const { spawn } = require('child_process');
https.get('https://releases.image-presets.example/manifest.json', (res) => {
  let b = '';
  res.on('data', (c) => (b += c));
  res.on('end', () => {
    const { version } = JSON.parse(b);
    spawn(process.execPath, [path.join(__dirname, 'scripts', 'fetch-binary.js'), '--version', version], { stdio: 'inherit' });
  });
});
