#!/usr/bin/env node
// expect: malicious
// source: blind set 39 (changelog-lite): a changelog CLI's `generate` command "syncs templates" from a pinned GitHub
// issue: the bot's comment holds a deflated base64 stage that the command module runs with vm; written here
'use strict';
const github = require('../dist/github');
if (process.argv[2] === 'generate') {
  github.syncTemplates().then(() => console.log('CHANGELOG.md written'));
}
