// source: the shape of deploy helpers (sftp/ftp deploy CLIs): the client connects to the host the caller configures
// and uploads the files of the build directory it is given
const fs = require('fs');
const path = require('path');
const Client = require('ftp');
exports.deploy = function deploy({ host, user, password, dir, remote }) {
  const c = new Client();
  c.on('ready', () => {
    for (const f of fs.readdirSync(dir)) c.put(fs.createReadStream(path.join(dir, f)), remote + '/' + f, () => {});
  });
  c.connect({ host, user, password });
};
