// expect: clean
// source: CI helper CLIs read a runner's config.toml to report its executor and concurrency; nothing is written
'use strict';
const fs = require('fs');
let text = '';
try { text = fs.readFileSync('/etc/gitlab-runner/config.toml', 'utf8'); } catch (e) {}
const concurrent = /concurrent\s*=\s*(\d+)/.exec(text);
console.log('concurrent jobs:', concurrent ? concurrent[1] : 'unknown');
