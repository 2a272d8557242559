// when: install
// source: turbo@1.7.0 install.js (copied from esbuild's node-install.ts): when the optional platform
// package is missing it downloads that package's tarball from the npm registry, writes the binary,
// makes it executable and runs `--version` to check it. The only other URL is in an error message.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const https = require('https');
const child_process = require('child_process');
const VERSION = require('./package.json').version;

const toPath = path.join(__dirname, 'bin', 'turbo');

function fetch(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      if ((res.statusCode === 301 || res.statusCode === 302) && res.headers.location)
        return fetch(res.headers.location).then(resolve, reject);
      if (res.statusCode !== 200) return reject(new Error(`Server responded with ${res.statusCode}`));
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

function extractFileFromTarGzip(buffer, subpath) {
  buffer = zlib.unzipSync(buffer);
  let offset = 0;
  while (offset < buffer.length) {
    const name = buffer.toString('utf8', offset, offset + 100).replace(/\0.*/g, '');
    const size = parseInt(buffer.toString('utf8', offset + 124, offset + 136), 8);
    offset += 512;
    if (name === subpath) return buffer.subarray(offset, offset + size);
    offset += (size + 511) & ~511;
  }
  throw new Error(`Could not find ${JSON.stringify(subpath)} in archive`);
}

function validateBinaryVersion(binary) {
  const stdout = child_process.execFileSync(binary, ['--version'], { stdio: 'pipe' }).toString().trim();
  if (stdout !== VERSION) throw new Error(`Expected ${VERSION} but got ${stdout}`);
}

async function installDirectlyFromNPM(pkg, subpath) {
  const url = `https://registry.npmjs.org/${pkg}/-/${pkg}-${VERSION}.tgz`;
  try {
    fs.writeFileSync(toPath, extractFileFromTarGzip(await fetch(url), subpath));
    fs.chmodSync(toPath, 0o755);
    validateBinaryVersion(toPath);
  } catch (e) {
    console.error(`Failed to download ${JSON.stringify(url)}: ${e && e.message || e}`);
    console.error('Error: Failed to run turbo binary, you may need to install glibc compat\nSee https://turbo.build/repo/docs/getting-started for help');
    throw e;
  }
}

installDirectlyFromNPM(`turbo-${process.platform}-64`, 'package/bin/turbo');
