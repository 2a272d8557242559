// Naming a shell profile without writing anything.
const path = require('path'), os = require('os');
exports.profile = () => path.join(os.homedir(), '.bashrc');
