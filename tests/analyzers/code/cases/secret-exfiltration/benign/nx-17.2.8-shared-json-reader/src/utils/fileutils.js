"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readJsonFile = exports.readFile = void 0;
const fs_1 = require("fs");
function readFile(path) {
    return (0, fs_1.readFileSync)(path, 'utf-8');
}
exports.readFile = readFile;
function readJsonFile(path) {
    return JSON.parse(readFile(path));
}
exports.readJsonFile = readJsonFile;
