// when: install
// A build helper that runs the Python script it ships with uv (`uv run scripts/gen.py`): a local file, no download.
const { spawnSync } = require('child_process');
const path = require('path');
spawnSync('uv', ['run', '--no-project', path.join(__dirname, 'scripts', 'gen.py')], { stdio: 'inherit' });
