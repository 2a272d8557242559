// source: the Nx executor shape (an `executors.json` implementation whose default export the CLI calls on `nx run`):
// it posts the message its options give to the webhook its options name, and reads the project's version
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const fs = require("fs");
const path = require("path");
async function notifyExecutor(options, context) {
    const pkg = JSON.parse(fs.readFileSync(path.join(context.root, "package.json"), "utf8"));
    const res = await fetch(options.webhookUrl, { method: "POST", body: JSON.stringify({ text: `${options.message} (${pkg.version})` }) });
    return { success: res.ok };
}
exports.default = notifyExecutor;
