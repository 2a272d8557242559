// source: the shape of CI helpers' help texts (codecov, semantic-release plugins): an example command that
// downloads with the token in a header, shown to the user, and a git command the helper runs
'use strict';
const { execSync } = require('child_process');
const HELP = 'Upload manually with: curl -H "Authorization: token $CODECOV_TOKEN" -o codecov https://uploader.codecov.example/latest/linux/codecov';
function sha() { return execSync('git rev-parse HEAD', { encoding: 'utf8' }).trim(); }
module.exports = { sha, HELP };
