// expect: clean
// source: the look-alike: a Hardhat source preprocessor (hardhat-preprocessor's shape) that strips console.log imports
// from the file it was given for deployments; written here
const { subtask } = require('hardhat/config');
const { TASK_COMPILE_SOLIDITY_READ_FILE } = require('hardhat/builtin-tasks/task-names');

subtask(TASK_COMPILE_SOLIDITY_READ_FILE).setAction(async (args, hre, runSuper) => {
  const original = await runSuper(args);
  if (hre.network.name === 'hardhat' || hre.network.name === 'localhost') return original;
  return original.split('\n').filter((line) => !line.includes('hardhat/console.sol')).join('\n');
});
