// source: napi-postinstall@0.3.8 lib/constants.js (tsc output), trimmed. The constant '.npmrc' is a
// file name: the project's .npmrc is copied to a temporary prefix (not sent anywhere) so that
// `npm config ls` reports the project's registry, and the package is fetched from that registry.
// Was reported `critical secret-exfiltration` ("reads the secret file '.npmrc' and sends data out").
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NPMRC = exports.PACKAGE_JSON = exports.DEFAULT_NPM_REGISTRY = void 0;
exports.DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org/';
exports.PACKAGE_JSON = 'package.json';
exports.NPMRC = '.npmrc';
