const os = require('os');
module.exports = (msg) => console.log(os.hostname(), msg);
