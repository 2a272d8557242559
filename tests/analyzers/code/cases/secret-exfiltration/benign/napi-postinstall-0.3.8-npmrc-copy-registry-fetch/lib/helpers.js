"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.getNpmRegistry = getNpmRegistry;
const node_child_process_1 = require("node:child_process");
const node_fs_1 = __importDefault(require("node:fs"));
const node_os_1 = __importDefault(require("node:os"));
const node_path_1 = __importDefault(require("node:path"));
const constants_js_1 = require("./constants.js");
function getProjectDir(cwd = process.cwd()) {
    const localPrefix = process.env.npm_config_local_prefix;
    return node_path_1.default.resolve(localPrefix ?? cwd);
}
function prepareNpmPrefix(dir, projectDir = getProjectDir()) {
    node_fs_1.default.mkdirSync(dir, { recursive: true });
    node_fs_1.default.writeFileSync(node_path_1.default.join(dir, constants_js_1.PACKAGE_JSON), '{}');
    const npmrc = node_path_1.default.join(dir, constants_js_1.NPMRC);
    try {
        const content = node_fs_1.default.readFileSync(node_path_1.default.join(projectDir, constants_js_1.NPMRC));
        node_fs_1.default.writeFileSync(npmrc, content, { mode: 0o600 });
    }
    catch {
        try {
            node_fs_1.default.unlinkSync(npmrc);
        }
        catch { }
    }
}
function getNpmRegistry(pkg, projectDir = getProjectDir()) {
    let tempDir;
    try {
        tempDir = node_fs_1.default.mkdtempSync(node_path_1.default.join(node_os_1.default.tmpdir(), 'napi-postinstall-'));
    }
    catch (error) {
        return constants_js_1.DEFAULT_NPM_REGISTRY;
    }
    try {
        prepareNpmPrefix(tempDir, projectDir);
        const config = JSON.parse((0, node_child_process_1.execSync)('npm config ls --json', {
            cwd: tempDir,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
        }));
        const scope = pkg?.startsWith('@') ? pkg.split('/')[0] : undefined;
        const registry = (scope && config[`${scope}:registry`]) ||
            config.registry ||
            constants_js_1.DEFAULT_NPM_REGISTRY;
        return registry.endsWith('/') ? registry : `${registry}/`;
    }
    catch (error) {
        return constants_js_1.DEFAULT_NPM_REGISTRY;
    }
    finally {
        node_fs_1.default.rmSync(tempDir, { recursive: true, force: true });
    }
}
