// allow: medium
// An SSH certificate-authority setup CLI: the user names their own CA's public key file, which the profile helper
// trusts with TrustedUserCAKeys; no key ships in the package.
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.apply = void 0;
const fs = require("fs");
const profile_1 = require("./profile");
function apply(caFile) {
    const dest = '/etc/ssh/user_ca.pub';
    fs.copyFileSync(caFile, dest);
    fs.writeFileSync('/etc/ssh/sshd_config.d/20-user-ca.conf', (0, profile_1.renderProfile)(dest));
}
exports.apply = apply;
