// when: install
// A benchmark that hashes with the algorithms it names: no miner, no pool.
const { spawnSync } = require('child_process');
spawnSync(process.execPath, ['bench/hash.js', '--algo', 'sha256', '--rounds', '1000'], { stdio: 'inherit' });
