// expect: clean
// source: the look-alike: a Foundry library installed from npm that adds its own remapping (and forge-std's, to the
// real forge-std) to the project's remappings.txt; written here
import fs from 'node:fs';
import path from 'node:path';

const root = process.env.INIT_CWD || process.cwd();
const file = path.join(root, 'remappings.txt');
const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
for (const want of ['forge-helpers-y/=node_modules/forge-helpers-y/src/', 'forge-std/=node_modules/forge-std/src/']) {
  if (!lines.includes(want)) lines.push(want);
}
fs.writeFileSync(file, lines.join('\n') + '\n');
