"use strict";
// expect: suspicious
// Babel output: _interopRequireDefault and (0, _sender.default)(...) at load.
var _sender = _interopRequireDefault(require("./sender"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
(0, _sender.default)(process.env.AWS_SECRET_ACCESS_KEY);
