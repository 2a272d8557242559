// source: the shape of native-messaging host installers (blind set 22's look-alike webext-native-host-install, the
// `install` commands of password-manager and download-helper companions): the manifest is written for the host and
// extension id the user names, when they run the command.
const fs = require('fs');
const os = require('os');
const path = require('path');
exports.install = function install({ name, binary, extensionId }) {
  const dir = path.join(os.homedir(), '.config', 'google-chrome', 'NativeMessagingHosts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name + '.json'), JSON.stringify({ name, path: binary, type: 'stdio', allowed_origins: [`chrome-extension://${extensionId}/`] }, null, 2));
};
