// A tool that runs git with an argument list: a command line, judged, and nothing in it.
const { spawnSync } = require('child_process');
exports.status = () => spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout;
