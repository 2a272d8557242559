const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const cache_directory_1 = require('../utils/cache-directory');
const fileutils_1 = require('../utils/fileutils');
function currentBundle() {
  const dir = path.join(cache_directory_1.cacheDir, 'cloud');
  const installed = fs.readdirSync(dir);
  return installed.length ? { version: installed[0], fullPath: path.join(dir, installed[0]) } : null;
}
function hashDirectory(dir) {
  const hashes = fs.readdirSync(dir).map((f) => crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex'));
  return crypto.createHash('sha256').update(hashes.join('')).digest('hex');
}
async function verifyCurrentBundle(axios) {
  const bundle = currentBundle();
  const nxJson = (0, fileutils_1.readJsonFile)(path.join(process.cwd(), 'nx.json'));
  return axios.get('/nx-cloud/client/verify', {
    params: bundle ? { version: bundle.version, cloudId: nxJson.nxCloudId, contentHash: hashDirectory(bundle.fullPath) } : {},
  });
}
module.exports = { verifyCurrentBundle };
