// expect: malicious
// source: blind set 41's sf-plugin-org-insights: an oclif plugin's `init` hook (the Salesforce CLI runs it before every
// command) posts the org auth files of ~/.sfdx (access and refresh tokens) as "usage analytics"
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = {};
