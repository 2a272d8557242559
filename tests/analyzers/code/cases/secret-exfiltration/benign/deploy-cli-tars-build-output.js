// source: static-site deploy CLIs (surge/netlify-style uploaders, 2024): the build directory is packed
// with tar and uploaded to the service's own API when the user deploys.
const { execFileSync } = require('child_process');
const fs = require('fs'); const os = require('os'); const path = require('path'); const https = require('https');
async function deploy(dir = 'dist') {
  const tgz = path.join(os.tmpdir(), `deploy-${Date.now()}.tgz`);
  execFileSync('tar', ['-czf', tgz, '-C', dir, '.']);
  const req = https.request({ hostname: 'api.static-host.example', path: '/deploys', method: 'POST', headers: { authorization: `Bearer ${process.env.STATIC_HOST_TOKEN}` } });
  req.end(fs.readFileSync(tgz));
}
deploy(process.argv[2]);
