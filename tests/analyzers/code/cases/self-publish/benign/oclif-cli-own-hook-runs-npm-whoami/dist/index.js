"use strict";
exports.run = function run() { return require("./hooks/init").default; };
