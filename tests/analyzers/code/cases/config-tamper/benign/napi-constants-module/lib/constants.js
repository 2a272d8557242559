// source: napi-postinstall@0.3.8 lib/constants.js (tsc output): every constant is a property of one
// exports object, so a reader of any of them sees what all of them hold, '.npmrc' included.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NPMRC = exports.PACKAGE_JSON = exports.DEFAULT_NPM_REGISTRY = void 0;
exports.DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org/';
exports.PACKAGE_JSON = 'package.json';
exports.NPMRC = '.npmrc';
