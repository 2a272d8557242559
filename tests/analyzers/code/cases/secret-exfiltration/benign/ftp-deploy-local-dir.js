// source: ftp-deploy@2 / basic-ftp users' deploy shape: the project's build dir uploaded to the server the user configured, from an exported function
const ftp = require('basic-ftp');
const path = require('path');

async function deploy(config) {
  const client = new ftp.Client();
  client.ftp.verbose = Boolean(config.verbose);
  try {
    await client.access({ host: config.host, user: config.user, password: config.password, secure: true });
    await client.ensureDir(config.remoteRoot);
    await client.uploadFromDir(path.resolve(config.localRoot));
  } finally {
    client.close();
  }
}

module.exports = { deploy };
