// source: Node's documentation of the `keylog` event: a debugging agent appends each line to the file SSLKEYLOGFILE
// names, for Wireshark on the same machine. Nothing leaves it.
const fs = require('fs');
const https = require('https');
exports.debugAgent = function debugAgent() {
  const agent = new https.Agent({ keepAlive: true });
  const file = process.env.SSLKEYLOGFILE;
  if (file) {
    const log = fs.createWriteStream(file, { flags: 'a' });
    agent.on('keylog', (line) => log.write(line));
  }
  return agent;
};
