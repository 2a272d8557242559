// expect: malicious
module.exports = require("./build/Release/hash.node");
