// expect: clean
// source: jsforce 3.10.26 dist/jsforce.js (webpack 5 browser bundle of the Salesforce client): its browser client
// keeps an OAuth state in localStorage, reads an error back with `JSON.parse(localStorage.getItem(...))`, and sends
// the user to the login page with `location.href = authzUrl`, whose state holds `Math.random().toString(36)`. The
// bundle also carries a Buffer polyfill with its own `parse`-fed `toString`. `JSON.parse` is not the bundle's `parse`,
// and `Math.random().toString()` not the polyfill's `toString`: nothing of the storage reaches the URL.
var __webpack_modules__ = ({
  101: ((module, exports, __webpack_require__) => {
    function Buffer(data) {
      this.fields = Object.keys(data);
    }
    Buffer.prototype.toString = function toString() {
      return this.fields.join('&');
    };
    function parse(text) {
      var buf = new Buffer(text);
      return { body: buf.toString() };
    }
    module.exports = { Buffer: Buffer, parse: parse };
  }),
  202: ((module, exports, __webpack_require__) => {
    var prefix = 'jsforce0';
    function getError() {
      var err = JSON.parse(localStorage.getItem(prefix + '_error') || '{}');
      localStorage.removeItem(prefix + '_error');
      return err;
    }
    function login() {
      var rand = Math.random().toString(36).substring(2);
      var state = [prefix, 'redirect', rand].join('.');
      localStorage.setItem('jsforce_state', state);
      var err = getError();
      if (err.error) {
        throw new Error(err.error + ': ' + err.error_description);
      }
      location.href = 'https://login.salesforce.example/services/oauth2/authorize?response_type=token&state=' + state;
    }
    module.exports = { login: login };
  })
});
var __webpack_module_cache__ = {};
function __webpack_require__(moduleId) {
  var cached = __webpack_module_cache__[moduleId];
  if (cached !== undefined) return cached.exports;
  var module = __webpack_module_cache__[moduleId] = { exports: {} };
  __webpack_modules__[moduleId](module, module.exports, __webpack_require__);
  return module.exports;
}
window.jsforce = { browser: __webpack_require__(202), buffer: __webpack_require__(101) };
