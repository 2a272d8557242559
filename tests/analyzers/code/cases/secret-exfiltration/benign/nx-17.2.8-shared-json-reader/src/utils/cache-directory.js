"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cacheDir = void 0;
const path_1 = require("path");
const fileutils_1 = require("./fileutils");
function readCacheDirectoryProperty(root) {
    const nxJson = (0, fileutils_1.readJsonFile)((0, path_1.join)(root, 'nx.json'));
    return nxJson.cacheDirectory || (0, path_1.join)(root, '.nx', 'cache');
}
exports.cacheDir = readCacheDirectoryProperty(process.cwd());
