const {execSync} = require('child_process');
exports.rev = () => execSync('git rev-parse HEAD').toString();
