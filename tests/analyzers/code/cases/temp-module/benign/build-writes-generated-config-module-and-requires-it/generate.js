// expect: benign
// A code generator that writes the module it builds from the package's own data into its own directory and requires it
// to check that it loads: nothing downloaded is written (compare the malicious addon case).
'use strict';
const fs = require('fs');
const path = require('path');
const routes = require('./routes.json');

const out = path.join(__dirname, 'generated', 'routes.js');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, 'module.exports = ' + JSON.stringify(routes, null, 2) + ';\n');
const loaded = require(out);
console.log('routes-codegen: generated ' + Object.keys(loaded).length + ' routes');
