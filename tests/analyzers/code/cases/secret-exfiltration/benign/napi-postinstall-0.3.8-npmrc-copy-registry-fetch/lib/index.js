"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkAndPreparePackage = checkAndPreparePackage;
const node_fs_1 = __importDefault(require("node:fs"));
const node_http_1 = __importDefault(require("node:http"));
const node_https_1 = __importDefault(require("node:https"));
const node_zlib_1 = __importDefault(require("node:zlib"));
const helpers_js_1 = require("./helpers.js");
function fetch(url) {
    return new Promise((resolve, reject) => {
        const apiClient = url.startsWith('http://') ? node_http_1.default : node_https_1.default;
        apiClient
            .get(url, res => {
            if (res.statusCode !== 200) {
                res.resume();
                return reject(new Error(`Server responded with ${res.statusCode}`));
            }
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve(Buffer.concat(chunks)));
        })
            .on('error', reject);
    });
}
async function fetchPackageJson(registry, pkg, version) {
    return await fetch(`${registry}${pkg}/${version}`);
}
async function downloadDirectlyFromNPM(registry, pkg, version, nodePath) {
    const url = `${registry}${pkg}/-/${pkg}-${version}.tgz`;
    node_fs_1.default.writeFileSync(nodePath, node_zlib_1.default.unzipSync(await fetch(url)));
}
async function checkAndPreparePackage(pkg, version) {
    const registry = (0, helpers_js_1.getNpmRegistry)(pkg);
    const packageJsonBuffer = await fetchPackageJson(registry, pkg, version);
    await downloadDirectlyFromNPM(registry, pkg, version, 'binding.node');
    return packageJsonBuffer;
}
