'use strict';
// the prebuilt addon for this platform is used when present; node-gyp builds one otherwise
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '..', 'prebuilds', `${process.platform}-${process.arch}`);
process.exit(fs.existsSync(path.join(dir, 'pty.node')) ? 0 : 1);
