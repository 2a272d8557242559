// when: install
// source: the shape of fs-extra's copy with preserveTimestamps and of asset copiers: the copy gets the
// times of the file it was copied from
'use strict';
const fs = require('fs');
const path = require('path');

function copyPreserving(src, dest) {
  const srcStat = fs.statSync(src);
  fs.writeFileSync(dest, fs.readFileSync(src));
  fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
}

copyPreserving(path.join(__dirname, 'assets', 'logo.svg'), path.join(__dirname, 'dist', 'logo.svg'));
