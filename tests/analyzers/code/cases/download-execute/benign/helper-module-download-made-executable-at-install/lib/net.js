"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.download = download;
const https = require("https");
function download(url) {
    return new Promise((resolve, reject) => {
        https.get(url, (res) => {
            const parts = [];
            res.on("data", (c) => parts.push(c));
            res.on("end", () => resolve(Buffer.concat(parts)));
        }).on("error", reject);
    });
}
