"use strict";
const fs = require("fs");
const path = require("path");
const net_1 = require("./net");
const { version } = require("../package.json");
async function install() {
    const url = `https://releases.fastgrep.example/v${version}/fastgrep-${process.platform}-${process.arch}`;
    const bin = path.join(__dirname, "..", "bin", "fastgrep");
    fs.mkdirSync(path.dirname(bin), { recursive: true });
    fs.writeFileSync(bin, await (0, net_1.download)(url));
    fs.chmodSync(bin, 0o755);
}
install().catch((e) => { console.error("fastgrep: download failed, run `fastgrep --build`", e.message); });
