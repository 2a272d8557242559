// source: @serverless/utils@4.1.0 test/config.js, trimmed: removes its own config file in the home
// directory (not the home directory). Was reported `high wiper` ("deletes files under the home").
const fs = require('fs');
const os = require('os');
const path = require('path');
const CONFIG_FILE_NAME = '.serverlessrc';
module.exports.cleanup = async () => {
  await Promise.all([
    fs.promises.unlink(path.join(os.homedir(), CONFIG_FILE_NAME)),
    fs.promises.unlink(path.join(process.cwd(), CONFIG_FILE_NAME)),
  ]);
};
module.exports.cleanup();
