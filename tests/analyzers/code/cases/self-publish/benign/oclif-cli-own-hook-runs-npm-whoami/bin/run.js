#!/usr/bin/env node
// expect: clean
// source: heroku 11's shape: an oclif CLI's own `init` hook checks the user's npm login (`npm whoami`) for its plugin
// installer; a CLI's hooks run when its user runs it, as its bin does (not a plugin's hook run under another CLI)
require('../dist/index.js');
