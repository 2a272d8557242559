// source: the shape of git-over-ssh transports (isomorphic-git plugins, simple-git helpers): `ssh host git-upload-pack`
// and a local `git` process, each one's output piped into the other's input; a build step runs `sh -c` nearby
const { spawn } = require('child_process');

function fetchPack(host, repo, dir) {
  const remote = spawn('ssh', ['-T', host, `git-upload-pack '${repo}'`], { stdio: ['pipe', 'pipe', 'inherit'] });
  const local = spawn('git', ['fetch-pack', '--stateless-rpc', repo], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  remote.stdout.pipe(local.stdin);
  local.stdout.pipe(remote.stdin);
  const hook = spawn('sh', ['-c', 'git gc --auto'], { cwd: dir, stdio: 'inherit' });
  return Promise.all([local, hook].map((p) => new Promise((resolve) => p.on('exit', resolve))));
}

module.exports = { fetchPack };
