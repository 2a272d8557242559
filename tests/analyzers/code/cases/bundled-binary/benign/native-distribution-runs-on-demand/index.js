const cp = require('child_process'), path = require('path');
module.exports = (args) => cp.spawnSync(path.join(__dirname, 'bin', 'tool'), args);
