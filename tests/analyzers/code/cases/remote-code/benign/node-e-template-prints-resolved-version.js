// expect: clean
// A version checker that starts `node -e` with a template script printing where a module resolves from the
// project's directory (values spliced in: the module name and the directory).
const { execFileSync } = require('child_process');
exports.resolvedVersion = function resolvedVersion(name, cwd) {
  const src = `const p=require.resolve(${JSON.stringify(name + '/package.json')},{paths:[${JSON.stringify(cwd)}]});console.log(require(p).version)`;
  return execFileSync(process.execPath, ['-e', src], { encoding: 'utf8' }).trim();
};
